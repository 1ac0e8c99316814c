package dev.deltascope.view.practice;

import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.export.ExerciseExporter;
import dev.deltascope.export.ExportException;
import dev.deltascope.model.Network;
import dev.deltascope.practice.WidthLimits;
import dev.deltascope.view.dialog.Dialogs;
import dev.deltascope.view.help.ShortcutList;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;

/** The Practice menu: practice mode, a new exercise, and an exercise sheet for teachers. */
public final class PracticeMenu {

    /** How many exercises a sheet from the window holds. */
    static final int SHEET_COUNT = 3;

    private PracticeMenu() {
    }

    public static Menu create(PracticeOwner window) {
        PracticeModel practice = window.practice();
        CheckMenuItem mode = new CheckMenuItem("Practice mode");
        mode.getProperties().put(ShortcutList.DESCRIPTION, "Practice mode: answer each step before it is shown");
        mode.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        mode.selectedProperty().bindBidirectional(practice.activeProperty());
        MenuItem fresh = new MenuItem("New exercise");
        fresh.getProperties().put(ShortcutList.DESCRIPTION, "New exercise: a network of the same shape from a new seed");
        fresh.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        fresh.setOnAction(event -> practice.newExercise());
        Menu widths = new Menu("New exercises' hidden widths");
        ToggleGroup limits = new ToggleGroup();
        for (WidthLimits choice : new WidthLimits[] {null, new WidthLimits(1, 3), new WidthLimits(2, 4),
            new WidthLimits(2, WidthLimits.LARGEST)}) {
            RadioMenuItem radio = new RadioMenuItem(choice == null ? "The same as now"
                    : choice.smallest() + " to " + choice.largest() + " units");
            radio.setToggleGroup(limits);
            radio.setSelected(choice == null);
            radio.setOnAction(event -> practice.widthLimitsProperty().set(choice));
            widths.getItems().add(radio);
        }
        MenuItem sheet = new MenuItem("Export exercise sheet…");
        sheet.getProperties().put(ShortcutList.DESCRIPTION, "Export exercise sheet");
        sheet.setOnAction(event -> exportSheet(window));
        return new Menu("Practice", null, mode, fresh, widths, new SeparatorMenuItem(), sheet);
    }

    /** Writes a sheet of {@value #SHEET_COUNT} exercises from the network's seed into a folder the user picks. */
    private static void exportSheet(PracticeOwner window) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the exercise sheet and its answer key");
        File folder = chooser.showDialog(window.stage());
        if (folder == null) {
            return;
        }
        Network network = window.editor().network();
        int digits = window.stepper().precisionProperty().get();
        NumberStyle style = NumberStyle.DEFAULT.withSignificantDigits(digits);
        try {
            List<Path> written = ExerciseExporter.export(
                    ExerciseExporter.exercises(network, network.seed(), SHEET_COUNT, style), network.title(),
                    folder.toPath(), false);
            Alert done = new Alert(Alert.AlertType.INFORMATION, "Wrote " + written.get(0).getFileName() + ", "
                    + written.get(1).getFileName() + " and " + SHEET_COUNT + " networks into " + folder + ".");
            done.initOwner(window.stage());
            done.setHeaderText("Exercise sheet written");
            done.show();
        } catch (ExportException e) {
            Dialogs.error(window.stage(), "The exercise sheet was not written", e.getMessage());
        }
    }
}
