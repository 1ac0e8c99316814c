package dev.deltascope.view.step;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * A line in the timeline bar that says why a key did nothing ("No “Softmax Jacobian” view here…").
 * It takes no room while empty and clears itself {@value #SHOWN_SECONDS} seconds after the last message.
 */
public final class StatusLine extends Label {

    static final double SHOWN_SECONDS = 8;

    private final PauseTransition clear = new PauseTransition(Duration.seconds(SHOWN_SECONDS));

    public StatusLine() {
        setId("status-line");
        getStyleClass().add("key-status");
        setWrapText(true);
        setMaxWidth(560);
        setMinWidth(0);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        clear.setOnFinished(event -> setText(""));
    }

    /** Shows {@code message} until {@value #SHOWN_SECONDS} seconds pass or another message replaces it. */
    public void show(String message) {
        setText(message);
        clear.playFromStart();
    }
}
