package dev.deltascope.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Builds the parts of the main window that its first frame can do without. {@link #atOnce()} builds
 * each part when it is handed over (tests, and anything that needs the whole window at once);
 * {@link #afterFirstFrame} holds them until the scene has shown its first frame, then builds one
 * part every other frame, so the window appears with its skeleton and fills in while it is already visible.
 * <p>
 * The parts come in four turns: first the step and what a person reads it by ({@link #addFirst},
 * {@link #addFormulaPart}), so the window can be stepped through as early as possible; then the rest
 * of what the window shows ({@link #add}); then the {@link #whenBuilt} actions (such as a prompt over
 * the window); last the parts it does not show at first ({@link #addAfterWhole}).
 * Formula parts wait, besides, until the formula renderer is warm, so that JLaTeXMath's first-use
 * cost is paid on its own thread and never on the JavaFX thread; the warm-up itself starts after
 * the first frame, so that it does not compete with it for the cores. JavaFX thread only.
 */
final class WindowParts {

    private final boolean deferred;
    private final Supplier<? extends CompletionStage<?>> formulaWarmUp;
    private final CompletableFuture<Void> formulasReady = new CompletableFuture<>();
    private final Deque<Runnable> first = new ArrayDeque<>();
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final List<Runnable> afterWhole = new ArrayList<>();
    private final List<Runnable> whenBuilt = new ArrayList<>();
    private int formulaPartsPending;
    private Scene scene;
    private boolean started;
    private boolean building;

    private WindowParts(boolean deferred, Supplier<? extends CompletionStage<?>> formulaWarmUp) {
        this.deferred = deferred;
        this.formulaWarmUp = formulaWarmUp;
    }

    /** Builds every part as soon as it is handed over. */
    static WindowParts atOnce() {
        return new WindowParts(false, null);
    }

    /**
     * Builds the parts one per frame from the first frame of the scene given to {@link #start}. After
     * that frame it starts {@code formulaWarmUp}, and builds the formula parts not before the stage it
     * returns has completed (successfully or not).
     */
    static WindowParts afterFirstFrame(Supplier<? extends CompletionStage<?>> formulaWarmUp) {
        return new WindowParts(true, formulaWarmUp);
    }

    /**
     * Builds {@code part} now or, when deferred, in a frame after the first, before every part added
     * with {@link #add}: a part the window cannot be used without.
     */
    void addFirst(Runnable part) {
        if (!deferred) {
            part.run();
            return;
        }
        first.add(part);
        scheduleIfIdle();
    }

    /**
     * Like {@link #addFirst}, but a deferred part waits for the formula renderer to be warm as well;
     * the parts added with {@link #add} are built while it waits, and it goes ahead of those left
     * once the renderer is warm.
     */
    void addFormulaPart(Runnable part) {
        if (!deferred) {
            part.run();
            return;
        }
        formulaPartsPending++;
        formulasReady.whenComplete((ready, failure) -> Platform.runLater(() -> {
            formulaPartsPending--;
            first.add(part);
            scheduleIfIdle();
        }));
    }

    /**
     * Builds {@code part} now or, when deferred, after every part added with {@link #addFirst} and
     * every formula part that is ready.
     */
    void add(Runnable part) {
        if (!deferred) {
            part.run();
            return;
        }
        waiting.add(part);
        scheduleIfIdle();
    }

    /**
     * Like {@link #add}, for a part the window does not show at first (a tab behind another): when
     * deferred, it is built after every other part, once the {@link #whenBuilt} actions have run, so
     * it does not delay the whole window.
     */
    void addAfterWhole(Runnable part) {
        if (!deferred) {
            part.run();
            return;
        }
        afterWhole.add(part);
    }

    /**
     * Runs {@code action} once every part added with {@link #addFirst}, {@link #addFormulaPart} and
     * {@link #add} has been built (at once when nothing waits).
     */
    void whenBuilt(Runnable action) {
        if (isBuilt()) {
            action.run();
        } else {
            whenBuilt.add(action);
        }
    }

    /**
     * True when no part is left to build. Parts added with {@link #addAfterWhole} count only once
     * the others are built and they are queued in turn.
     */
    boolean isBuilt() {
        return first.isEmpty() && waiting.isEmpty() && formulaPartsPending == 0 && !building;
    }

    /** Starts building the deferred parts after the next frame of {@code shown}. */
    void start(Scene shown) {
        if (!deferred || scene != null) {
            return;
        }
        scene = shown;
        afterNextFrame(scene, () -> {
            started = true;
            formulaWarmUp.get().whenComplete((ready, failure) -> formulasReady.complete(null));
            scheduleIfIdle();
        });
    }

    /** Runs {@code action} on the JavaFX thread after the next frame of {@code scene} has been laid out. */
    static void afterNextFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void scheduleIfIdle() {
        if (started && !building && next() != null) {
            building = true;
            Platform.runLater(this::buildNext);
        }
    }

    /**
     * The queue whose part is next: the first parts, else the others; these are built while a formula
     * part waits for the renderer (which warms up on another core), and it goes ahead of them once ready.
     */
    private Deque<Runnable> next() {
        if (!first.isEmpty()) {
            return first;
        }
        return waiting.isEmpty() ? null : waiting;
    }

    /**
     * Builds one part, then waits for the frame that shows it and one frame more before the next, so
     * that a key pressed meanwhile is answered between two parts rather than after all of them.
     */
    private void buildNext() {
        Deque<Runnable> queue = next();
        if (queue == null) {
            building = false;
            finishIfBuilt();
            return;
        }
        queue.poll().run();
        afterNextFrame(scene, () -> afterNextFrame(scene, this::buildNext));
    }

    private void finishIfBuilt() {
        if (isBuilt()) {
            List<Runnable> actions = new ArrayList<>(whenBuilt);
            whenBuilt.clear();
            actions.forEach(Runnable::run);
            if (!afterWhole.isEmpty()) {
                waiting.addAll(afterWhole);
                afterWhole.clear();
                scheduleIfIdle();
            }
        }
    }
}
