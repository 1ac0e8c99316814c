package dev.deltascope.view.editor;

import atlantafx.base.theme.Styles;
import dev.deltascope.model.Activation;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Network;
import dev.deltascope.view.field.InvalidEditException;
import dev.deltascope.view.field.NumberText;
import dev.deltascope.view.field.ValidatedField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layers, input first: each with its width, each later layer with its activation, hidden
 * layers with a remove button, and a button that adds a hidden layer before the output.
 */
final class LayerListEditor extends VBox {

    private final NetworkEditorModel editor;
    private final Consumer<String> report;
    private final GridPane rows = new GridPane();
    private final Button add = new Button("Add hidden layer");
    private final List<ValidatedField> widthFields = new ArrayList<>();
    private final List<ComboBox<Activation>> activationChoices = new ArrayList<>();
    private int depth;

    /** @param report shows a refusal that no single field owns */
    LayerListEditor(NetworkEditorModel editor, Consumer<String> report) {
        this.editor = editor;
        this.report = report;
        rows.setHgap(6);
        rows.setVgap(4);
        rows.getStyleClass().add("layer-rows");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        add.setId("add-layer");
        add.setOnAction(event -> attempt(editor::addLayer));
        getChildren().addAll(rows, add);
        setSpacing(6);
        editor.networkProperty().addListener((observable, old, network) -> update(network));
        update(editor.network());
    }

    private void update(Network network) {
        if (network.depth() != depth) {
            depth = network.depth();
            rebuild(network);
        } else {
            widthFields.forEach(ValidatedField::refresh);
            for (int l = 1; l <= network.depth(); l++) {
                activationChoices.get(l - 1).setValue(network.layer(l).activation());
            }
        }
        add.setDisable(network.depth() >= Limits.MAX_LAYERS);
    }

    private void rebuild(Network network) {
        rows.getChildren().clear();
        widthFields.clear();
        activationChoices.clear();
        for (int l = 0; l <= network.depth(); l++) {
            int layer = l;
            Label name = new Label(Names.layer(network, l));
            name.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(name, VPos.TOP);
            name.getStyleClass().add("layer-name");
            ValidatedField width = new ValidatedField("Width of layer " + l,
                    () -> layer <= editor.network().depth() ? Integer.toString(editor.network().size(layer)) : "",
                    text -> editor.setLayerWidth(layer, NumberText.parseWholeNumber(text,
                            "The width of " + Names.layer(editor.network(), layer).toLowerCase(Locale.ROOT),
                            Limits.MIN_WIDTH, Limits.MAX_WIDTH)));
            width.field().setPrefColumnCount(3);
            width.field().setTooltip(new Tooltip("Units in this layer, 1 to " + Limits.MAX_WIDTH + ". Enter applies."));
            widthFields.add(width);
            rows.add(name, 0, l);
            rows.add(width, 1, l);
            GridPane.setHgrow(width, Priority.NEVER);
            if (l >= 1) {
                ComboBox<Activation> choice = activationChoice(network, l);
                activationChoices.add(choice);
                rows.add(choice, 2, l);
            }
            if (l >= 1 && l < network.depth()) {
                Button remove = new Button("✕");
                remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
                remove.setTooltip(new Tooltip("Remove hidden layer " + l));
                remove.setAccessibleText("Remove hidden layer " + l);
                remove.setId("remove-layer-" + l);
                remove.setOnAction(event -> attempt(() -> editor.removeLayer(layer)));
                rows.add(remove, 3, l);
            }
        }
        rows.setAlignment(Pos.TOP_LEFT);
    }

    private ComboBox<Activation> activationChoice(Network network, int l) {
        ComboBox<Activation> choice = new ComboBox<>();
        choice.getItems().setAll(Activation.all());
        choice.setButtonCell(new ActivationCell());
        choice.setCellFactory(list -> new ActivationCell());
        choice.setValue(network.layer(l).activation());
        choice.setId("activation-" + l);
        choice.setAccessibleText("Activation of layer " + l);
        choice.setPrefWidth(130);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        choice.valueProperty().addListener((observable, old, activation) -> {
            if (activation != null) {
                attempt(() -> editor.setActivation(l, activation));
            }
        });
        return choice;
    }

    private void attempt(Runnable edit) {
        try {
            edit.run();
            report.accept("");
        } catch (InvalidEditException refused) {
            report.accept(refused.getMessage());
        }
    }

    private static final class ActivationCell extends ListCell<Activation> {
        @Override
        protected void updateItem(Activation activation, boolean empty) {
            super.updateItem(activation, empty);
            setText(empty || activation == null ? null : Names.of(activation));
        }
    }
}
