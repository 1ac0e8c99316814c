package dev.deltascope.view.export;

import atlantafx.base.theme.Styles;
import dev.deltascope.derivation.TitleText;
import dev.deltascope.view.dialog.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The pieces the export dialogs are built from, one way: their header, rows of a muted name beside its field,
 * a folder typed or chosen, text that wraps at the form's width (a muted summary and a problem in red, each
 * hidden when there is none), a window that grows with that text, and a failure shown over the dialog.
 */
final class FormParts {

    /** The width at which a form's text wraps. */
    static final double TEXT_WIDTH = 600;

    private FormParts() {
    }

    /**
     * Rows of a form: each name, muted, in the first column and labelling its field in the second,
     * which takes the width left.
     */
    static GridPane rows(List<String> names, List<Node> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, wide);
        for (int row = 0; row < fields.size(); row++) {
            Label label = new Label(names.get(row));
            label.setLabelFor(fields.get(row));
            label.getStyleClass().add(Styles.TEXT_MUTED);
            grid.addRow(row, label, fields.get(row));
        }
        return grid;
    }

    /**
     * A folder typed or chosen: a text field bound both ways to {@code folder}, and Choose folder…, which
     * opens a folder chooser titled {@code title} at the folder typed when it exists. The field's id is
     * {@code prefix-folder}, the button's {@code prefix-choose-folder}.
     */
    static HBox folderField(StringProperty folder, Supplier<Optional<Path>> existing, String title, String prefix) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(folder);
        field.setPrefColumnCount(32);
        field.setId(prefix + "-folder");
        Button choose = new Button("Choose folder…");
        choose.setId(prefix + "-choose-folder");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            existing.get().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                folder.set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(8, field, choose);
    }

    /**
     * Shows why an export failed over its dialog, once the dialog shows the export as stopped, then puts the
     * caret in the folder field (id {@code prefix-folder}) with its text selected: the usual thing to change.
     */
    static void showFailure(Dialog<?> dialog, String header, String failure, String prefix) {
        Dialogs.error(dialog.getDialogPane().getScene().getWindow(), header, failure);
        if (dialog.getDialogPane().lookup("#" + prefix + "-folder") instanceof TextField field) {
            field.requestFocus();
            field.selectAll();
        }
    }

    /**
     * Makes the dialog's window taller whenever one of {@code texts} changes and needs more lines than there is room
     * for; never shorter, so nothing jumps.
     */
    @SafeVarargs
    static void growWithText(Dialog<?> dialog, ObservableValue<String>... texts) {
        for (ObservableValue<String> text : texts) {
            text.addListener((observable, old, now) -> Platform.runLater(() -> growToFit(dialog.getDialogPane())));
        }
    }

    private static void growToFit(DialogPane pane) {
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null) {
            return;
        }
        pane.applyCss();
        pane.layout();
        if (pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight()) {
            window.sizeToScene();
        }
    }

    /**
     * An export dialog's header: "Export “XOR”" followed by {@code what} (" as code"), the title as headers show it
     * (see {@link TitleText#shown}); "Export the derivation" when the network has no title.
     */
    static String header(String title, String what) {
        String shown = TitleText.shown(title);
        return (shown.isEmpty() ? "Export the derivation" : "Export “" + shown + "”") + what;
    }

    /** The label, wrapping at the form's width and as tall as its text. */
    static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A wrapping label that shows {@code text}. */
    static Label text(ObservableValue<String> text, String id) {
        Label label = wrapped(new Label());
        label.textProperty().bind(text);
        label.setId(id);
        return label;
    }

    /**
     * What the export will write, muted as a note, taking no room when there is nothing. Placed inside the form, it
     * greys out with the form's controls while the export runs.
     */
    static Label summary(ObservableValue<String> text, String id) {
        Label summary = text(text, id);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        return hiddenWhenEmpty(summary);
    }

    /** What stops the form, in red, taking no room when there is nothing. */
    static Label problem(ObservableValue<String> text, String id) {
        Label problem = text(text, id);
        problem.getStyleClass().add(Styles.DANGER);
        return hiddenWhenEmpty(problem);
    }

    private static Label hiddenWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
