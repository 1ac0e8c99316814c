package dev.deltascope.view.editor;

import atlantafx.base.theme.Styles;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.view.field.EditableText;
import dev.deltascope.view.field.FieldKeys;
import dev.deltascope.view.field.InvalidEditException;
import dev.deltascope.view.field.NumberText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The inputs and targets, one example a line ("0.05, 0.10"), applied together with the Apply
 * button or Ctrl+Enter so that the number of examples can change.
 */
final class ExamplesEditor extends VBox {

    private final NetworkEditorModel editor;
    private final TextArea inputs = area("inputs", "Inputs, one example a line");
    private final TextArea targets = area("targets", "Targets, one example a line");
    private final Label inputsLabel = new Label();
    private final Label targetsLabel = new Label();
    private final Button apply = new Button("Apply examples");
    private final Runnable applied;
    private final Button revert = new Button("Revert");
    private final Label message = new Label();
    private final StringProperty shownInputs = new SimpleStringProperty("");
    private final StringProperty shownTargets = new SimpleStringProperty("");

    /** {@code applied} runs after the examples were applied (it gives the keys back to the step). */
    ExamplesEditor(NetworkEditorModel editor, Runnable applied) {
        this.editor = editor;
        this.applied = applied;
        apply.setId("apply-examples");
        apply.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        revert.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        apply.setOnAction(event -> apply());
        revert.setOnAction(event -> refresh());
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setId("examples-error");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        inputsLabel.setLabelFor(inputs);
        targetsLabel.setLabelFor(targets);
        inputsLabel.getStyleClass().add("field-label");
        targetsLabel.getStyleClass().add("field-label");
        for (TextArea area : new TextArea[] {inputs, targets}) {
            area.setOnKeyPressed(event -> {
                if (FieldKeys.APPLY_EXAMPLES.match(event)) {
                    apply();
                    event.consume();
                } else if (FieldKeys.REVERT.match(event)) {
                    refresh();
                    event.consume();
                }
            });
        }
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !pending(),
                inputs.textProperty(), targets.textProperty(), shownInputs, shownTargets));
        revert.disableProperty().bind(apply.disableProperty());
        HBox buttons = new HBox(6, apply, revert);
        getChildren().addAll(inputsLabel, inputs, targetsLabel, targets, buttons, message);
        setSpacing(4);
        editor.networkProperty().addListener((observable, old, network) -> {
            if (old == null || !old.inputs().equals(network.inputs()) || !old.targets().equals(network.targets())) {
                refresh();
            }
        });
        refresh();
    }

    private void apply() {
        Network network = editor.network();
        try {
            double[][] in = NumberText.parseRows(inputs.getText(), "Inputs", network.inputSize());
            double[][] out = NumberText.parseRows(targets.getText(), "Targets", network.size(network.depth()));
            editor.setExamples(Matrix.ofColumns(in), Matrix.ofColumns(out));
            refresh();
            applied.run();
        } catch (InvalidEditException refused) {
            message.setText(refused.getMessage());
            message.setVisible(true);
        }
    }

    private void refresh() {
        Network network = editor.network();
        shownInputs.set(EditableText.columnsAsLines(network.inputs()));
        shownTargets.set(EditableText.columnsAsLines(network.targets()));
        inputs.setText(shownInputs.get());
        targets.setText(shownTargets.get());
        int m = network.batchSize();
        inputsLabel.setText("Inputs x (" + network.inputSize() + (network.inputSize() == 1 ? " number" : " numbers")
                + " a line" + (m > 1 ? ", " + m + " examples" : "") + ")");
        targetsLabel.setText("Targets y (" + network.size(network.depth())
                + (network.size(network.depth()) == 1 ? " number" : " numbers") + " a line)");
        inputs.setPrefRowCount(Math.min(Math.max(m, 1), 6));
        targets.setPrefRowCount(Math.min(Math.max(m, 1), 6));
        message.setVisible(false);
    }

    private boolean pending() {
        return !inputs.getText().equals(shownInputs.get()) || !targets.getText().equals(shownTargets.get());
    }

    private static TextArea area(String id, String name) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setAccessibleText(name);
        area.setWrapText(false);
        area.getStyleClass().add("examples-area");
        return area;
    }
}
