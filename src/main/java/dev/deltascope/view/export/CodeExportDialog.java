package dev.deltascope.view.export;

import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.view.help.ShortcutList;
import dev.deltascope.view.paint.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Export code…: the derivation as a NumPy script, a PyTorch script and a Jupyter notebook that reproduce
 * every number and check themselves against Deltascope's. Files that exist are replaced only after asking; while
 * the files are written, Close reads Cancel and stops before the next file.
 */
public final class CodeExportDialog extends Dialog<Void> {

    static final ButtonType EXPORT = new ButtonType("Export", ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType("Close", ButtonData.CANCEL_CLOSE);

    private final CodeExportModel model;

    CodeExportDialog(Window owner, CodeExportModel model, String networkTitle) {
        this.model = model;
        initOwner(owner);
        setTitle("Export code");
        setHeaderText(FormParts.header(networkTitle, " as code"));
        setResizable(true);
        createView();
        setOnCloseRequest(event -> model.cancel());
        model.failureProperty().addListener((observable, old, failure) -> {
            if (!failure.isEmpty()) {
                FormParts.showFailure(this, "The code could not be written.", failure, "code");
            }
        });
    }

    private void createView() {
        Label about = FormParts.wrapped(new Label("Python that reproduces every number of the derivation, step by step,"
                + " and asserts that each equals the value shown here. Run a script with python3 (NumPy, or PyTorch"
                + " for the PyTorch script); open the notebook in Jupyter."));
        VBox choices = new VBox(6);
        for (CodeFormat format : CodeFormat.values()) {
            CheckBox box = new CheckBox(format.displayName() + "  (" + format.fileName() + ")");
            box.selectedProperty().bindBidirectional(model.chosenProperty(format));
            box.setMnemonicParsing(false);
            box.setId("code-" + format.formatName());
            choices.getChildren().add(box);
        }
        GridPane folder = FormParts.rows(List.of("Folder"), List.of(
                FormParts.folderField(model.folderProperty(), model::existingFolder, "Folder for the code", "code")));
        VBox form = new VBox(10, about, choices, folder, FormParts.summary(model.summaryProperty(), "code-summary"),
                FormParts.problem(model.problemProperty(), "code-problem"));
        form.disableProperty().bind(model.runningProperty());

        getDialogPane().setContent(new VBox(14, form, FormParts.text(model.statusProperty(), "code-status")));
        getDialogPane().getButtonTypes().setAll(EXPORT, CLOSE);
        getDialogPane().getStylesheets().add(Theme.stylesheet());
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("code-export-start");
        export.disableProperty().bind(model.runningProperty().or(model.problemProperty().isNotEmpty()));
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            start();
        });
        Button close = (Button) getDialogPane().lookupButton(CLOSE);
        close.setId("code-export-close");
        close.textProperty().bind(Bindings.when(model.runningProperty()).then("Cancel").otherwise("Close"));
        close.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.runningProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        FormParts.growWithText(this, model.statusProperty(), model.summaryProperty(), model.problemProperty());
    }

    CodeExportModel model() {
        return model;
    }

    /** Writes the chosen files, asking first when that would replace files. */
    void start() {
        List<Path> existing = model.existingFiles();
        if (!existing.isEmpty() && !ExportDialog.mayReplace(getDialogPane().getScene().getWindow(), existing)) {
            return;
        }
        model.start(!existing.isEmpty());
    }

    /** File → Export code…: the window's derivation, into the folder of the window's last export. */
    public static MenuItem menuItem(ExportOwner window) {
        MenuItem item = new MenuItem("Export code…");
        item.getProperties().put(ShortcutList.DESCRIPTION, "Export code…");
        item.disableProperty().bind(window.stepper().derivationProperty().isNull());
        item.setOnAction(event -> open(window));
        return item;
    }

    static CodeExportDialog open(ExportOwner window) {
        Derivation derivation = window.stepper().derivationProperty().get();
        CodeExportModel model = new CodeExportModel(derivation, ExportDialog.startFolder(window));
        CodeExportDialog dialog = new CodeExportDialog(window.stage(), model,
                derivation.trace().network().title());
        dialog.setOnHidden(event -> model.existingFolder().ifPresent(folder -> ExportDialog.rememberFolder(window, folder)));
        dialog.show();
        return dialog;
    }
}
