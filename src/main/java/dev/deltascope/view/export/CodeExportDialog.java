package dev.deltascope.view.export;

import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.view.dialog.Dialogs;
import dev.deltascope.view.help.ShortcutList;
import dev.deltascope.view.paint.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * File → Export code…: the derivation as a NumPy script, a PyTorch script and a Jupyter notebook that reproduce
 * every number and check themselves against Deltascope's. Files that exist are replaced only after asking.
 */
public final class CodeExportDialog extends Dialog<Void> {

    static final ButtonType EXPORT = new ButtonType("Export", ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType("Close", ButtonData.CANCEL_CLOSE);

    private final CodeExportModel model;

    CodeExportDialog(Window owner, CodeExportModel model, String networkTitle) {
        this.model = model;
        initOwner(owner);
        setTitle("Export code");
        setHeaderText(networkTitle.isBlank() ? "Export the derivation as code" : "Export “" + networkTitle + "” as code");
        setResizable(true);
        createView();
        model.failureProperty().addListener((observable, old, failure) -> {
            if (!failure.isEmpty()) {
                Dialogs.error(getDialogPane().getScene().getWindow(), "The code could not be written.", failure);
            }
        });
    }

    private void createView() {
        Label about = wrapped(new Label("Python that reproduces every number of the derivation, step by step, and"
                + " asserts that each equals the value shown here. Run a script with python3 (NumPy, or PyTorch for"
                + " the PyTorch script); open the notebook in Jupyter."));
        VBox choices = new VBox(6);
        for (CodeFormat format : CodeFormat.values()) {
            CheckBox box = new CheckBox(format.displayName() + "  (" + format.fileName() + ")");
            box.selectedProperty().bindBidirectional(model.chosenProperty(format));
            box.setMnemonicParsing(false);
            box.setId("code-" + format.formatName());
            choices.getChildren().add(box);
        }
        Label summary = wrapped(new Label());
        summary.textProperty().bind(model.summaryProperty());
        summary.setId("code-summary");
        Label problem = wrapped(new Label());
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("field-error");
        problem.setId("code-problem");
        Label status = wrapped(new Label());
        status.textProperty().bind(model.statusProperty());
        status.setId("code-status");
        VBox form = new VBox(10, about, choices, folderChooser(), summary, problem);
        form.disableProperty().bind(model.runningProperty());

        getDialogPane().setContent(new VBox(14, form, status));
        getDialogPane().getButtonTypes().setAll(EXPORT, CLOSE);
        getDialogPane().getStylesheets().add(Theme.stylesheet());
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("code-export-start");
        export.disableProperty().bind(model.runningProperty().or(model.problemProperty().isNotEmpty()));
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            start();
        });
        ((Button) getDialogPane().lookupButton(CLOSE)).setId("code-export-close");
    }

    private Region folderChooser() {
        TextField folder = new TextField();
        folder.textProperty().bindBidirectional(model.folderProperty());
        folder.setPrefColumnCount(32);
        folder.setId("code-folder");
        Button choose = new Button("Choose folder…");
        choose.setId("code-choose-folder");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the code");
            model.existingFolder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.folderProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label label = new Label("Folder");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(folder);
        HBox row = new HBox(8, label, folder, choose);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(560);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
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
