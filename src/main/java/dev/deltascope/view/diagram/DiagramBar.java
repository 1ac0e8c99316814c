package dev.deltascope.view.diagram;

import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The row above the diagram: for a mini-batch, which example the diagram and the per-example views
 * (Jacobian chain, naive chain, component-wise) show; and whether its layers share one colour
 * scale. Neither control keeps the keyboard: after a choice the keys go back to the step.
 */
public final class DiagramBar extends HBox {

    private final ComboBox<Integer> examples = new ComboBox<>();
    private final CheckBox shared = new CheckBox("One colour scale across layers");
    private boolean following;

    /** {@code focusStep} gives the keys back to the step after a choice. */
    public DiagramBar(ObservableValue<Network> network, IntegerProperty example, BooleanProperty sharedScale,
            Runnable focusStep) {
        getStyleClass().add("diagram-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label examplesLabel = new Label("Example");
        examplesLabel.setLabelFor(examples);
        examples.setId("diagram-example");
        examples.setAccessibleText("Example shown in the diagram and the per-example views");
        examples.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : (k + 1) + " of " + examples.getItems().size();
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the example picker is not editable");
            }
        });
        HBox picker = new HBox(6, examplesLabel, examples);
        picker.setAlignment(Pos.CENTER_LEFT);
        picker.visibleProperty().bind(network.map(shown -> shown.batchSize() > 1).orElse(false));
        picker.managedProperty().bind(picker.visibleProperty());
        examples.valueProperty().addListener((observable, before, after) -> {
            if (!following && after != null) {
                example.set(after);
                focusStep.run();
            }
        });
        example.addListener(observable -> follow(network.getValue(), example.get()));
        network.addListener((observable, before, after) -> follow(after, example.get()));
        follow(network.getValue(), example.get());

        shared.setId("shared-scale");
        shared.selectedProperty().bindBidirectional(sharedScale);
        shared.setTooltip(new Tooltip("Colour every layer's a, z or δ against the largest among all layers,"
                + " so a vanishing or exploding gradient shows as fading or saturating units"));
        shared.setOnAction(event -> focusStep.run());
        getChildren().addAll(picker, shared);
    }

    private void follow(Network network, int chosen) {
        if (network == null) {
            return;
        }
        following = true;
        try {
            List<Integer> choices = new ArrayList<>();
            for (int k = 0; k < network.batchSize(); k++) {
                choices.add(k);
            }
            if (!examples.getItems().equals(choices)) {
                examples.getItems().setAll(choices);
            }
            examples.setValue(Math.max(0, Math.min(chosen, network.batchSize() - 1)));
        } finally {
            following = false;
        }
    }

    ComboBox<Integer> examples() {
        return examples;
    }

    CheckBox shared() {
        return shared;
    }
}
