package dev.deltascope.view.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.export.Exporter;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.step.StepperModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Export: the export form, a progress bar and what happened. Export runs off the JavaFX
 * thread; Cancel stops it (leaving no partial file) and closes the dialog when nothing runs.
 * Files that exist are replaced only after asking; failures are shown in plain words.
 */
public final class ExportDialog extends Dialog<Void> {

    static final ButtonType EXPORT = new ButtonType("Export", ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType("Close", ButtonData.CANCEL_CLOSE);
    static final ButtonType REPLACE = new ButtonType("Replace", ButtonData.OK_DONE);
    /** Where the last export went, per window, so the next one starts there. */
    private static final String LAST_FOLDER = ExportDialog.class.getName() + ".folder";

    private final ExportModel model;

    ExportDialog(Window owner, ExportModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Export");
        setHeaderText(FormParts.header(model.settings().derivation().trace().network().title(), ""));
        setResizable(true);
        createView();
        model.failureProperty().addListener((observable, old, failure) -> {
            if (!failure.isEmpty()) {
                FormParts.showFailure(this, "The export could not be written.", failure, "export");
            }
        });
        setOnCloseRequest(event -> model.cancel());
    }

    private void createView() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("export-progress");
        progress.setMinHeight(Region.USE_PREF_SIZE);
        Label status = FormParts.text(model.statusProperty(), "export-status");
        ExportForm form = new ExportForm(model.settings());
        form.disableProperty().bind(model.runningProperty());

        getDialogPane().setContent(new VBox(14, form, progress, status));
        getDialogPane().getButtonTypes().setAll(EXPORT, CLOSE);
        getDialogPane().getStylesheets().add(Theme.stylesheet());
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("export-start");
        export.disableProperty().bind(model.runningProperty().or(model.settings().problemProperty().isNotEmpty()));
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            start();
        });
        FormParts.growWithText(this, model.statusProperty(), model.settings().summaryProperty(),
                model.settings().problemProperty());
        Button close = (Button) getDialogPane().lookupButton(CLOSE);
        close.setId("export-cancel");
        close.textProperty().bind(Bindings.when(model.runningProperty()).then("Cancel").otherwise("Close"));
        close.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.runningProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
    }

    ExportModel model() {
        return model;
    }

    /** Starts the export, asking first when it would replace files. */
    void start() {
        List<Path> existing = model.settings().existingFiles();
        if (!existing.isEmpty() && !mayReplace(getDialogPane().getScene().getWindow(), existing)) {
            return;
        }
        model.start(!existing.isEmpty());
    }

    /**
     * Asks whether to replace files that exist, naming them; true when the answer is Replace. Cancel is the
     * default and has the focus, so an Enter pressed out of habit keeps the files.
     */
    static boolean mayReplace(Window owner, List<Path> existing) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Replace files?");
        String names = existing.stream().limit(5).map(path -> path.getFileName().toString())
                .collect(Collectors.joining(", "));
        if (existing.size() == 1) {
            ask.setHeaderText("Replace “" + names + "”?");
        } else {
            ask.setHeaderText("Replace " + existing.size() + " files that already exist?");
            names += existing.size() > 5 ? " and " + (existing.size() - 5) + " more" : "";
        }
        Label text = new Label(names + "\nin " + existing.get(0).getParent() + "\n\nReplacing "
                + (existing.size() == 1 ? "it overwrites what it holds" : "them overwrites what they hold") + " now.");
        text.setWrapText(true);
        text.setMaxWidth(480);
        ask.getDialogPane().setContent(text);
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Button replace = (Button) ask.getDialogPane().lookupButton(REPLACE);
        Button keep = (Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL);
        replace.setDefaultButton(false);
        keep.setDefaultButton(true);
        ask.setOnShown(event -> keep.requestFocus());
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isPresent() && answer.get() == REPLACE;
    }

    // The menu items that open it

    /** File → Export current step… (Ctrl+E): the step the window shows, as a PNG by default. */
    public static MenuItem currentStepItem(ExportOwner window) {
        return item(window, "Export current step…", "Shortcut+E", Exporter.PNG, ExportSettings.Range.CURRENT_STEP);
    }

    /** File → Export derivation… (Ctrl+Shift+E): every step, as a PDF handout by default. */
    public static MenuItem derivationItem(ExportOwner window) {
        return item(window, "Export derivation…", "Shortcut+Shift+E", Exporter.PDF, ExportSettings.Range.ALL_STEPS);
    }

    private static MenuItem item(ExportOwner window, String text, String keys, Exporter format,
            ExportSettings.Range range) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.disableProperty().bind(window.stepper().derivationProperty().isNull());
        item.setOnAction(event -> open(window, format, range));
        return item;
    }

    /** Opens the dialog on the window's derivation and step, in the window's colours and view. */
    static ExportDialog open(ExportOwner window, Exporter format, ExportSettings.Range range) {
        StepperModel stepper = window.stepper();
        Derivation derivation = stepper.derivationProperty().get();
        ExportSettings settings = new ExportSettings(derivation, stepper.stepIndex(), startFolder(window));
        settings.formatProperty().set(format);
        settings.rangeProperty().set(range);
        settings.viewProperty().set(stepper.viewProperty().get());
        settings.darkProperty().set(window.theme() == Theme.DARK);
        ExportDialog dialog = new ExportDialog(window.stage(), new ExportModel(settings));
        dialog.setOnHidden(event -> settings.existingFolder().ifPresent(folder -> rememberFolder(window, folder)));
        dialog.show();
        return dialog;
    }

    /** Remembers where an export went, so the window's next export starts there. */
    static void rememberFolder(ExportOwner window, Path folder) {
        window.stage().getProperties().put(LAST_FOLDER, folder);
    }

    /** The folder the last export of this window went to, else the network file's folder, else the home folder. */
    static Path startFolder(ExportOwner window) {
        if (window.stage().getProperties().get(LAST_FOLDER) instanceof Path last && Files.isDirectory(last)) {
            return last;
        }
        Path document = window.document().path();
        if (document != null && document.toAbsolutePath().getParent() != null) {
            return document.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }
}
