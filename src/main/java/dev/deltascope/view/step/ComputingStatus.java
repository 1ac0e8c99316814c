package dev.deltascope.view.step;

import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * What the stepper is computing in the background, and a way out: while a large network is traced
 * a spinning indicator, "Computing the derivation of N parameters × M examples…" and a Cancel
 * button (Esc does the same); after a cancel, the sentence saying which derivation is shown.
 * Hidden otherwise.
 */
final class ComputingStatus extends HBox {

    ComputingStatus(StepperModel stepper) {
        super(6);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(stepper.computingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());

        Label text = new Label();
        text.setId("computing-text");
        text.textProperty().bind(Bindings.when(stepper.computingProperty())
                .then(stepper.computingTextProperty()).otherwise(stepper.cancelledProperty()));
        text.setTooltip(new Tooltip());
        text.getTooltip().textProperty().bind(text.textProperty());
        text.setMinWidth(0);

        Button cancel = new Button("Cancel");
        cancel.setId("cancel-computing");
        cancel.setTooltip(new Tooltip("Stop computing and keep the previous derivation (Esc)"));
        cancel.setOnAction(event -> stepper.cancel());
        cancel.visibleProperty().bind(stepper.computingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        getChildren().addAll(spinner, text, cancel);
        setAlignment(Pos.CENTER_LEFT);
        setId("computing-status");
        visibleProperty().bind(stepper.computingProperty().or(stepper.cancelledProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());

        EventHandler<KeyEvent> escape = event -> {
            if (event.getCode() == KeyCode.ESCAPE && stepper.computingProperty().get()) {
                stepper.cancel();
                event.consume();
            }
        };
        sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }
}
