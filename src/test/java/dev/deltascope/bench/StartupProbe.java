package dev.deltascope.bench;

import dev.deltascope.view.step.StepPane;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;

/**
 * Watches the window's scene from its first frame until it is usable, with post-layout pulse
 * listeners: the first frame (the opening view's), the main window's skeleton (the first frame with
 * the main window as the scene's root), the whole window (the first frame with the step pane, its
 * formulas laid out, and the diagram), and the usable window: right after the whole window's frame
 * it presses Right through the JavaFX robot, and the usable instant is the first frame that shows
 * the next step. JavaFX thread only.
 */
final class StartupProbe {

    final CompletableFuture<Instant> firstFrame = new CompletableFuture<>();
    final CompletableFuture<Instant> skeleton = new CompletableFuture<>();
    final CompletableFuture<Instant> wholeWindow = new CompletableFuture<>();
    final CompletableFuture<Instant> usable = new CompletableFuture<>();
    /** The JavaFX thread's CPU time at the usable frame, in nanoseconds; -1 without {@code java.management}. */
    volatile long javafxCpuWhenUsable = -1;
    private final Scene scene;
    private String counterWhenPressed;
    private Label counter;

    private StartupProbe(Scene scene) {
        this.scene = scene;
    }

    /** Starts watching {@code scene}, whose first frame has not been laid out yet. */
    static StartupProbe watch(Scene scene) {
        StartupProbe probe = new StartupProbe(scene);
        scene.addPostLayoutPulseListener(probe::pulse);
        return probe;
    }

    private void pulse() {
        Instant now = Instant.now();
        firstFrame.complete(now);
        Parent root = scene.getRoot();
        if ("main-window".equals(root.getId())) {
            skeleton.complete(now);
        }
        if (!wholeWindow.isDone() && isWhole(root)) {
            wholeWindow.complete(now);
            counter = (Label) root.lookup("#step-counter");
            counterWhenPressed = counter.getText();
            Platform.runLater(() -> {
                Robot robot = new Robot();
                robot.keyPress(KeyCode.RIGHT);
                robot.keyRelease(KeyCode.RIGHT);
            });
        }
        if (counterWhenPressed != null && !usable.isDone() && !counter.getText().equals(counterWhenPressed)) {
            if (JvmFigures.AVAILABLE) {
                javafxCpuWhenUsable = JvmFigures.currentThreadCpuNanos();
            }
            usable.complete(now);
        }
    }

    /** True once the deferred parts a person sees first, the step pane and the diagram, are in the scene. */
    static boolean isWhole(Parent root) {
        Node stepArea = root.lookup("#step-area");
        return root.lookup("#network-diagram") != null && stepArea instanceof Parent area
                && area.getChildrenUnmodifiable().stream().anyMatch(StepPane.class::isInstance);
    }
}
