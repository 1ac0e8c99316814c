package dev.deltascope.view.step;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.ViewKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;

/**
 * Lays out the formulas of the steps either side of the one shown, in the background, so that the
 * next or previous step key finds them in {@link FormulaViewLayouts} instead of laying them out on
 * the JavaFX thread (the first visit of each step was the slowest press of a run). Work for a step
 * the person has already left is skipped.
 */
public final class StepPrefetch {

    /** Lays out one formula as a {@link FormulaView} of that font size and zoom would. */
    @FunctionalInterface
    interface Layout {
        void layOut(String latex, double fontSize, double zoom);
    }

    /** One daemon thread for every window's prefetching: the layouts are short and share a cache. */
    private static final Executor WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "deltascope-formula-prefetch");
        thread.setDaemon(true);
        return thread;
    });

    private final StepperModel stepper;
    private final ObservableDoubleValue zoom;
    private final Executor worker;
    private final Layout layout;
    private final AtomicLong latest = new AtomicLong();

    /** Prefetches on the shared daemon thread with {@link FormulaView#layout}. */
    public static StepPrefetch follow(StepperModel stepper, ObservableDoubleValue zoom) {
        return new StepPrefetch(stepper, zoom, WORKER, FormulaView::layout);
    }

    /**
     * Follows {@code stepper}'s step, view and unit and {@code zoom}, the zoom the step pane shows;
     * {@code worker} runs the layouts.
     */
    StepPrefetch(StepperModel stepper, ObservableDoubleValue zoom, Executor worker, Layout layout) {
        this.stepper = stepper;
        this.zoom = zoom;
        this.worker = worker;
        this.layout = layout;
        InvalidationListener changed = observable -> prefetch();
        stepper.stepProperty().addListener(changed);
        stepper.viewProperty().addListener(changed);
        stepper.unitProperty().addListener(changed);
        zoom.addListener(changed);
        prefetch();
    }

    private void prefetch() {
        List<Step> steps = stepper.steps();
        int index = stepper.stepIndex();
        ViewKind view = stepper.viewProperty().get();
        int unit = stepper.unitProperty().get();
        double shown = zoom.get();
        List<StepPane.Formulas> wanted = new ArrayList<>();
        for (int neighbour : new int[] {index + 1, index - 1}) {
            if (neighbour >= 0 && neighbour < steps.size()) {
                wanted.add(StepPane.formulasOf(steps.get(neighbour), view, unit));
            }
        }
        long generation = latest.incrementAndGet();
        worker.execute(() -> {
            for (StepPane.Formulas formulas : wanted) {
                if (latest.get() != generation) {
                    return;
                }
                layOut(formulas.symbolic(), StepPane.SYMBOLIC_SIZE, shown);
                layOut(formulas.numeric(), StepPane.NUMERIC_SIZE, shown);
            }
        });
    }

    /** A formula that cannot be laid out here is laid out (and its error shown) when its step is shown. */
    private void layOut(String latex, double fontSize, double zoom) {
        try {
            layout.layOut(latex, fontSize, zoom);
        } catch (RuntimeException ignored) {
            // The view lays it out again on the JavaFX thread, where FormulaRenderer shows any error.
        }
    }
}
