package dev.deltascope.view.step;

import dev.deltascope.model.Trace;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A strip that says when the numbers have blown up (∞ or NaN) or the network cannot be traced. */
public final class WarningBanner extends HBox {

    static final String NOT_FINITE = "Some values are no longer finite numbers (∞ or NaN): the weights, inputs or "
            + "learning rate are too large for this network. Undo (Ctrl+Z), lower the learning rate or reset the weights.";

    private final Label text = new Label();

    public WarningBanner(StepperModel stepper) {
        text.setWrapText(true);
        text.setId("warning-text");
        getChildren().add(text);
        getStyleClass().add("warning-banner");
        setId("warning-banner");
        managedProperty().bind(visibleProperty());
        stepper.traceProperty().addListener((observable, old, trace) -> show(trace, stepper.problemProperty().get()));
        stepper.problemProperty().addListener((observable, old, problem) -> show(stepper.traceProperty().get(), problem));
        show(stepper.traceProperty().get(), stepper.problemProperty().get());
    }

    private void show(Trace trace, String problem) {
        String message = !problem.isEmpty() ? problem : trace != null && !trace.isFinite() ? NOT_FINITE : "";
        text.setText("⚠  " + message);
        setVisible(!message.isEmpty());
    }
}
