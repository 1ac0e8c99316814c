package dev.deltascope.view.editor;

import atlantafx.base.theme.Styles;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Network;
import dev.deltascope.view.field.EditableText;
import dev.deltascope.view.field.InvalidEditException;
import dev.deltascope.view.field.NumberText;
import dev.deltascope.view.field.ValidatedField;
import dev.deltascope.view.step.HoverTarget;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left side of the window: every setting of the network, each applied as an undoable edit. */
public final class NetworkEditorView extends ScrollPane {

    /** The editor's width at first. */
    public static final double WIDTH = 350;
    /** The narrowest the editor becomes. */
    public static final double MIN_WIDTH = 260;

    private final NetworkEditorModel editor;
    private final VBox content = new VBox(14);
    private final Label layerMessage = new Label();
    private final ParameterGridEditor parameters;
    private final List<ValidatedField> fields;
    private final ComboBox<Loss> loss = new ComboBox<>();

    /** {@code focusStep} gives the keys back to the step after the examples are applied. */
    public NetworkEditorView(NetworkEditorModel editor, Node presetChooser, ObjectProperty<HoverTarget> hover,
            Runnable focusStep) {
        this.editor = editor;
        ValidatedField title = new ValidatedField("Title", () -> editor.network().title(), editor::setTitle);
        ValidatedField learningRate = new ValidatedField("Learning rate",
                () -> EditableText.of(editor.network().learningRate()),
                text -> editor.setLearningRate(NumberText.parsePositiveNumber(text, "The learning rate η")));
        learningRate.field().setTooltip(new Tooltip("η, the step size of gradient descent: a number greater than 0"));
        ValidatedField seed = new ValidatedField("Seed", () -> Long.toString(editor.network().seed()),
                text -> editor.setSeed(NumberText.parseSeed(text, "The seed")));
        seed.field().setTooltip(new Tooltip("The whole number the random weights are drawn from"));
        fields = List.of(title, learningRate, seed);
        parameters = new ParameterGridEditor(editor, hover);

        layerMessage.getStyleClass().add("field-error");
        layerMessage.setWrapText(true);
        layerMessage.setId("layer-error");
        layerMessage.managedProperty().bind(layerMessage.visibleProperty());
        layerMessage.setVisible(false);

        loss.getItems().setAll(Loss.all());
        loss.setId("loss");
        loss.setAccessibleText("Loss");
        loss.setMaxWidth(Double.MAX_VALUE);
        loss.setButtonCell(new LossCell());
        loss.setCellFactory(list -> new LossCell());
        loss.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                editor.setLoss(chosen);
            }
        });

        Button reinitialise = new Button("Re-initialise");
        reinitialise.setId("reinitialise");
        reinitialise.getStyleClass().add(Styles.SMALL);
        reinitialise.setTooltip(new Tooltip("Draw every weight and bias afresh from the seed"));
        reinitialise.setOnAction(event -> {
            try {
                editor.reinitialise(NumberText.parseSeed(seed.field().getText(), "The seed"));
                seed.refresh();
            } catch (InvalidEditException refused) {
                seed.refuse(refused.getMessage());
            }
        });
        HBox seedRow = new HBox(6, seed, reinitialise);
        HBox.setHgrow(seed, Priority.ALWAYS);

        content.getChildren().addAll(
                section("Network", presetChooser, labelled("Title", title)),
                section("Layers", new LayerListEditor(editor, this::showLayerMessage), layerMessage),
                section("Cost and learning", labelled("Loss", loss), labelled("Learning rate η", learningRate)),
                section("Starting weights", labelled("Seed", seedRow)),
                section("Examples", new ExamplesEditor(editor, focusStep)),
                section("Weights and biases", parameters));
        content.getStyleClass().add("editor-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(WIDTH);
        setMinWidth(MIN_WIDTH);
        getStyleClass().add("network-editor");
        setId("network-editor");
        editor.networkProperty().addListener((observable, old, network) -> refresh(network));
        refresh(editor.network());
    }

    /** Shows the weights of layer l in the grid. */
    void showLayer(int l) {
        parameters.showLayer(l);
    }

    private void refresh(Network network) {
        fields.forEach(ValidatedField::refresh);
        loss.setValue(network.loss());
        showLayerMessage("");
    }

    private void showLayerMessage(String text) {
        layerMessage.setText(text);
        layerMessage.setVisible(!text.isEmpty());
    }

    private static VBox section(String heading, Node... children) {
        Label title = new Label(heading);
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        VBox box = new VBox(8, title);
        for (Node child : children) {
            if (child != null) {
                box.getChildren().add(child);
            }
        }
        box.getStyleClass().add("editor-section");
        return box;
    }

    private static VBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        return new VBox(3, label, field);
    }

    private static final class LossCell extends ListCell<Loss> {
        @Override
        protected void updateItem(Loss item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Names.of(item));
        }
    }
}
