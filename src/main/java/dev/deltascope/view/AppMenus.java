package dev.deltascope.view;

import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.view.editor.DocumentModel;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.export.CodeExportDialog;
import dev.deltascope.view.export.ExportDialog;
import dev.deltascope.view.help.AboutDialog;
import dev.deltascope.view.help.ConventionTableDialog;
import dev.deltascope.view.help.ShortcutList;
import dev.deltascope.view.help.WhatAmILookingAt;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.practice.PracticeMenu;
import dev.deltascope.view.step.StepperModel;
import dev.deltascope.view.training.TrainingModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Train, Practice and Help, with their shortcuts. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar create(MainWindow window) {
        MenuBar bar = new MenuBar(file(window), ClipboardActions.addTo(edit(window.editor()), window), view(window),
                train(window), PracticeMenu.create(window), help(window));
        bar.setUseSystemMenuBar(true);
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(MainWindow window) {
        FileActions files = window.files();
        Menu newFrom = new Menu("New from preset");
        for (Preset preset : Presets.all()) {
            newFrom.getItems().add(item(preset.displayName(), null, () -> files.newFromPreset(preset)));
        }
        Menu recent = new Menu("Open recent");
        DocumentModel document = window.document();
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path path : document.recentFiles().files()) {
                recent.getItems().add(item(path.getFileName() + "  —  " + path.getParent(), null, () -> files.open(path)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        document.recentFiles().files().addListener((ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();
        Menu menu = new Menu("File", null,
                newFrom,
                item("Open…", "Shortcut+O", files::chooseAndOpen),
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", files::save),
                item("Save as…", "Shortcut+Shift+S", files::chooseAndSaveAs),
                ExportDialog.currentStepItem(window), ExportDialog.derivationItem(window),
                CodeExportDialog.menuItem(window),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", window::requestClose));
        menu.setId("file-menu");
        return menu;
    }

    private static Menu edit(NetworkEditorModel editor) {
        MenuItem undo = item("Undo", "Shortcut+Z", editor::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> describe("Undo",
                editor.history().undoDescriptionProperty().get()), editor.history().undoDescriptionProperty()));
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", editor::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> describe("Redo",
                editor.history().redoDescriptionProperty().get()), editor.history().redoDescriptionProperty()));
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        return new Menu("Edit", null, undo, redo, alternative(redo, "Shortcut+Y"));
    }

    private static Menu view(MainWindow window) {
        StepperModel stepper = window.stepper();
        MenuItem presentation = item("Presentation mode", "F5", window.presentation()::toggle);
        MenuItem zoomIn = item("Zoom in", "Shortcut+Equals", stepper::zoomIn);
        MenuItem zoomOut = item("Zoom out", "Shortcut+Minus", stepper::zoomOut);
        MenuItem resetZoom = item("Reset zoom", "Shortcut+0", stepper::resetZoom);
        CheckMenuItem hidePanels = check("Hide side panels", "Shortcut+B", window.layout().panelsCollapsedProperty());
        CheckMenuItem sharedScale = check("One colour scale across layers", "Shortcut+L", window.sharedScale());

        Menu theme = new Menu("Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme choice : Theme.values()) {
            RadioMenuItem radio = new RadioMenuItem(choice.displayName());
            radio.setToggleGroup(themes);
            radio.setSelected(choice == window.theme());
            radio.setOnAction(event -> window.setTheme(choice));
            theme.getItems().add(radio);
        }
        theme.setOnShowing(event -> theme.getItems().forEach(item ->
                ((RadioMenuItem) item).setSelected(item.getText().equals(window.theme().displayName()))));

        Menu precision = new Menu("Digits shown");
        ToggleGroup digits = new ToggleGroup();
        for (int n : new int[] {2, 3, 4, 5, 6, 8, 10, 12}) {
            RadioMenuItem radio = new RadioMenuItem(n + " significant digits");
            radio.setToggleGroup(digits);
            radio.setSelected(stepper.precisionProperty().get() == n);
            radio.setOnAction(event -> stepper.setPrecision(n));
            stepper.precisionProperty().addListener((observable, old, value) -> radio.setSelected(value.intValue() == n));
            precision.getItems().add(radio);
        }
        return new Menu("View", null, presentation, hidePanels, sharedScale, new SeparatorMenuItem(), zoomIn, alternative(zoomIn, "Shortcut+Add"),
                alternative(zoomIn, "Shortcut+Plus"), zoomOut, alternative(zoomOut, "Shortcut+Subtract"), resetZoom,
                new SeparatorMenuItem(), theme, precision,
                ConventionMenu.create(stepper.conventionProperty(), window::showTranslation));
    }

    private static Menu train(MainWindow window) {
        TrainingModel training = window.training();
        MenuItem train = item("Train N steps…", "Shortcut+T", window::showTraining);
        train.disableProperty().bind(training.runningProperty());
        MenuItem cancel = item("Cancel training", null, training::cancel);
        cancel.disableProperty().bind(training.runningProperty().not());
        MenuItem reset = item("Reset weights", null, training::resetWeights);
        reset.disableProperty().bind(training.canResetProperty().not());
        return new Menu("Train", null, train, cancel, reset);
    }

    private static Menu help(MainWindow window) {
        return new Menu("Help", null,
                item("Keyboard shortcuts", "F1", window::showShortcuts),
                item(WhatAmILookingAt.TITLE, "Shift+F1", window::showWhatAmILookingAt),
                item(ConventionTableDialog.TITLE, null, () -> ConventionTableDialog.show(window.stage())),
                item("Guided tour", null, () -> window.guidedTour().show()),
                item("About Deltascope", null, () -> AboutDialog.show(window.stage())));
    }

    private static String describe(String verb, String edit) {
        return edit.isEmpty() ? verb : verb + ": " + edit;
    }

    /** A hidden item giving {@code main} one more accelerator; the sheet lists it on main's line. */
    private static MenuItem alternative(MenuItem main, String accelerator) {
        MenuItem hidden = new MenuItem(main.getText());
        hidden.setAccelerator(KeyCombination.keyCombination(accelerator));
        hidden.setOnAction(main.getOnAction());
        hidden.disableProperty().bind(main.disableProperty());
        hidden.setVisible(false);
        hidden.getProperties().put(ShortcutList.ALTERNATIVE_OF, main);
        return hidden;
    }

    /** A check item bound both ways to {@code state}. */
    private static CheckMenuItem check(String text, String accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.getProperties().put(ShortcutList.DESCRIPTION, text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.getProperties().put(ShortcutList.DESCRIPTION, text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
