package dev.deltascope.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Builds the parts of the main window that its first frame can do without. {@link #atOnce()} builds
 * each part when it is handed over (tests, and anything that needs the whole window at once);
 * {@link #afterFirstFrame} holds them until the scene has shown its first frame, then builds one
 * part per frame, so the window appears with its skeleton and fills in while it is already visible.
 * Formula parts wait, besides, until the formula renderer is warm, so that JLaTeXMath's first-use
 * cost is paid on its own thread and never on the JavaFX thread. JavaFX thread only.
 */
final class WindowParts {

    private final boolean deferred;
    private final CompletionStage<?> formulasReady;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final List<Runnable> whenBuilt = new ArrayList<>();
    private int formulaPartsPending;
    private Scene scene;
    private boolean started;
    private boolean building;

    private WindowParts(boolean deferred, CompletionStage<?> formulasReady) {
        this.deferred = deferred;
        this.formulasReady = formulasReady;
    }

    /** Builds every part as soon as it is handed over. */
    static WindowParts atOnce() {
        return new WindowParts(false, null);
    }

    /**
     * Builds the parts one per frame from the first frame of the scene given to {@link #start}, and
     * the formula parts not before {@code formulasReady} has completed (successfully or not).
     */
    static WindowParts afterFirstFrame(CompletionStage<?> formulasReady) {
        return new WindowParts(true, formulasReady);
    }

    /** Builds {@code part} now or, when deferred, in a frame after the first. */
    void add(Runnable part) {
        if (!deferred) {
            part.run();
            return;
        }
        waiting.add(part);
        if (started && !building) {
            scheduleNext();
        }
    }

    /** Like {@link #add}, but a deferred part waits for the formula renderer to be warm as well. */
    void addFormulaPart(Runnable part) {
        if (!deferred) {
            part.run();
            return;
        }
        formulaPartsPending++;
        formulasReady.whenComplete((ready, failure) -> Platform.runLater(() -> {
            formulaPartsPending--;
            waiting.addFirst(part);
            if (started && !building) {
                scheduleNext();
            }
        }));
    }

    /** Runs {@code action} once every part has been built (at once when nothing waits). */
    void whenBuilt(Runnable action) {
        if (isBuilt()) {
            action.run();
        } else {
            whenBuilt.add(action);
        }
    }

    /** True when no part is left to build. */
    boolean isBuilt() {
        return waiting.isEmpty() && formulaPartsPending == 0 && !building;
    }

    /** Starts building the deferred parts after the next frame of {@code shown}. */
    void start(Scene shown) {
        if (!deferred || scene != null) {
            return;
        }
        scene = shown;
        afterNextFrame(() -> {
            started = true;
            if (!waiting.isEmpty()) {
                scheduleNext();
            }
        });
    }

    private void afterNextFrame(Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void scheduleNext() {
        building = true;
        Platform.runLater(this::buildNext);
    }

    /** Builds one part, then waits for the frame that shows it before the next. */
    private void buildNext() {
        Runnable part = waiting.poll();
        if (part == null) {
            building = false;
            finishIfBuilt();
            return;
        }
        part.run();
        afterNextFrame(this::buildNext);
    }

    private void finishIfBuilt() {
        if (isBuilt()) {
            List<Runnable> actions = new ArrayList<>(whenBuilt);
            whenBuilt.clear();
            actions.forEach(Runnable::run);
        }
    }
}
