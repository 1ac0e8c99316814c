package dev.deltascope.view.editor;

import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Network;
import dev.deltascope.view.field.EditableText;
import dev.deltascope.view.field.FieldCommit;
import dev.deltascope.view.field.NumberText;
import dev.deltascope.view.step.HoverTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.HPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Every weight and bias of one layer as a grid of fields: row j is unit j of layer l, column i
 * is unit i of layer l−1, the last column is the bias. Type a number and press Enter. Layers
 * wider than {@value #MAX_SHOWN} show their first {@value #MAX_SHOWN} rows and columns.
 */
final class ParameterGridEditor extends VBox {

    static final int MAX_SHOWN = 12;

    private final NetworkEditorModel editor;
    private final ObjectProperty<HoverTarget> hover;
    private final ComboBox<Integer> layerChoice = new ComboBox<>();
    private final GridPane grid = new GridPane();
    private final Label note = new Label();
    private final Label message = new Label();
    private final List<FieldCommit> cells = new ArrayList<>();
    private String shape = "";

    /** @param hover set to the weight or bias under the pointer or in the keyboard focus, so the diagram shows it */
    ParameterGridEditor(NetworkEditorModel editor, ObjectProperty<HoverTarget> hover) {
        this.editor = editor;
        this.hover = hover;
        layerChoice.setId("parameter-layer");
        layerChoice.setAccessibleText("Layer whose weights are shown");
        layerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer l) {
                return l == null ? "" : "W" + LayerIndex.plain(l) + " and b" + LayerIndex.plain(l)
                        + "  (" + Names.layer(editor.network(), l).toLowerCase(Locale.ROOT) + ")";
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the layer choice is not editable");
            }
        });
        layerChoice.valueProperty().addListener((observable, old, l) -> rebuild());
        grid.setHgap(3);
        grid.setVgap(3);
        grid.getStyleClass().add("parameter-grid");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setId("parameter-error");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(layerChoice, grid, message, note);
        setSpacing(6);
        editor.networkProperty().addListener((observable, old, network) -> update(network));
        update(editor.network());
    }

    /** Shows the weights of layer l. */
    void showLayer(int l) {
        layerChoice.setValue(l);
    }

    private void update(Network network) {
        List<Integer> layers = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            layers.add(l);
        }
        Integer selected = layerChoice.getValue();
        if (!layerChoice.getItems().equals(layers)) {
            layerChoice.getItems().setAll(layers);
        }
        layerChoice.setValue(selected == null ? 1 : Math.min(selected, network.depth()));
        String newShape = shapeOf(network);
        if (!newShape.equals(shape)) {
            rebuild();
        } else {
            cells.forEach(FieldCommit::revert);
        }
    }

    private void rebuild() {
        Integer selected = layerChoice.getValue();
        grid.getChildren().clear();
        cells.clear();
        showError("");
        if (selected == null || selected > editor.network().depth()) {
            return;
        }
        int l = selected;
        shape = shapeOf(editor.network());
        DenseLayer layer = editor.network().layer(l);
        int rows = Math.min(layer.size(), MAX_SHOWN);
        int columns = Math.min(layer.inputSize(), MAX_SHOWN);
        for (int c = 0; c < columns; c++) {
            grid.add(header("a" + LayerIndex.plain(l - 1) + ParameterLabels.subscript(c + 1)), c + 1, 0);
        }
        grid.add(header("b" + LayerIndex.plain(l)), columns + 1, 0);
        for (int r = 0; r < rows; r++) {
            grid.add(header(Integer.toString(r + 1)), 0, r + 1);
            for (int c = 0; c < columns; c++) {
                grid.add(weightCell(l, r, c), c + 1, r + 1);
            }
            grid.add(biasCell(l, r), columns + 1, r + 1);
        }
        boolean elided = rows < layer.size() || columns < layer.inputSize();
        note.setText(elided ? "Showing the first " + rows + " × " + columns + " of " + layer.size() + " × "
                + layer.inputSize() + " weights." : "Row j: weights into unit j. Type a number, press Enter.");
        note.setVisible(true);
    }

    private TextField weightCell(int l, int r, int c) {
        String name = ParameterLabels.weight(l, r, c);
        TextField cell = cell("weight-" + l + "-" + r + "-" + c, name);
        cells.add(FieldCommit.install(cell,
                () -> valid(l, r, c) ? EditableText.of(editor.network().layer(l).weights().get(r, c)) : "",
                text -> editor.setWeight(l, r, c, NumberText.parseNumber(text, "Weight " + name)),
                this::showError));
        cell.setTooltip(new Tooltip("Weight " + name + " from " + (l == 1 ? "input " + (c + 1) : "unit " + (c + 1)
                + " of layer " + (l - 1)) + " into unit " + (r + 1) + " of layer " + l));
        pointsAt(cell, HoverTarget.weight(l, r, c));
        return cell;
    }

    private TextField biasCell(int l, int r) {
        String name = ParameterLabels.bias(l, r);
        TextField cell = cell("bias-" + l + "-" + r, name);
        cell.getStyleClass().add("bias-cell");
        cells.add(FieldCommit.install(cell,
                () -> valid(l, r, 0) ? EditableText.of(editor.network().layer(l).biases().get(r, 0)) : "",
                text -> editor.setBias(l, r, NumberText.parseNumber(text, "Bias " + name)),
                this::showError));
        cell.setTooltip(new Tooltip("Bias " + name + " of unit " + (r + 1) + " of layer " + l));
        pointsAt(cell, HoverTarget.bias(l, r));
        return cell;
    }

    private void pointsAt(TextField cell, HoverTarget target) {
        cell.setOnMouseEntered(event -> hover.set(target));
        cell.setOnMouseExited(event -> hover.set(cell.isFocused() ? target : null));
        cell.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                hover.set(target);
            } else if (target.equals(hover.get())) {
                hover.set(null);
            }
        });
    }

    private boolean valid(int l, int r, int c) {
        Network network = editor.network();
        return l <= network.depth() && r < network.layer(l).size() && c < network.layer(l).inputSize();
    }

    private static TextField cell(String id, String name) {
        TextField cell = new TextField();
        cell.setId(id);
        cell.setAccessibleText(name);
        cell.setPrefColumnCount(5);
        cell.getStyleClass().add("parameter-cell");
        return cell;
    }

    private static Label header(String text) {
        Label header = new Label(text);
        header.getStyleClass().add("grid-header");
        GridPane.setHalignment(header, HPos.CENTER);
        return header;
    }

    private void showError(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    /** The shown layer's shape; a change of it rebuilds the grid. */
    private String shapeOf(Network network) {
        Integer l = layerChoice.getValue();
        if (l == null || l > network.depth()) {
            return "";
        }
        return l + ":" + network.layer(l).weights().shape();
    }
}
