package dev.deltascope.view.cost;

import dev.deltascope.cost.BackwardTimer;
import dev.deltascope.cost.Stopwatch;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the cost panel's measurements one after another on a background thread and hands each
 * result to the JavaFX thread. A new request cancels the one before it: its running measurement
 * stops at the next call it times, and nothing it measured is published after that.
 */
final class Measurer {

    /** About how long one median may take, warm-up included. */
    static final long DEFAULT_BUDGET_NANOS = 40_000_000;

    private final Executor background;
    private final Executor foreground;
    private final long budgetNanos;
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Measures on a daemon thread and publishes with {@link Platform#runLater}. */
    Measurer() {
        this(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deltascope-cost");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater, DEFAULT_BUDGET_NANOS);
    }

    /**
     * @param background where measurements run, one at a time
     * @param foreground where results are published (the JavaFX thread)
     * @param budgetNanos about how long one median may take
     */
    Measurer(Executor background, Executor foreground, long budgetNanos) {
        this.background = Objects.requireNonNull(background, "background");
        this.foreground = Objects.requireNonNull(foreground, "foreground");
        this.budgetNanos = budgetNanos;
    }

    /** True while a request has measurements left. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of the latest request's measurements published, 0..1. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the latest request's last measurement failed, or "". */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Cancels the previous request and runs these measurements in order. Each measurement runs in
     * the background with a timer and returns what to do with its result on the JavaFX thread. Call
     * on the JavaFX thread.
     */
    void request(List<Function<BackwardTimer, Runnable>> measurements) {
        long request = latest.incrementAndGet();
        problem.set("");
        running.set(!measurements.isEmpty());
        progress.set(measurements.isEmpty() ? 1 : 0);
        if (measurements.isEmpty()) {
            return;
        }
        BackwardTimer timer = new BackwardTimer(new Stopwatch(budgetNanos, () -> latest.get() != request));
        List<Function<BackwardTimer, Runnable>> tasks = List.copyOf(measurements);
        background.execute(() -> {
            for (int i = 0; i < tasks.size() && latest.get() == request; i++) {
                int done = i + 1;
                Runnable publish;
                String failure = "";
                try {
                    publish = tasks.get(i).apply(timer);
                } catch (CancellationException cancelled) {
                    return;
                } catch (RuntimeException broken) {
                    publish = () -> { };
                    failure = "A measurement failed: " + broken.getMessage();
                }
                Runnable result = publish;
                String message = failure;
                foreground.execute(() -> {
                    if (latest.get() == request) {
                        result.run();
                        if (!message.isEmpty()) {
                            problem.set(message);
                        }
                        progress.set(done / (double) tasks.size());
                        running.set(done < tasks.size());
                    }
                });
            }
        });
    }

    /** Stops the latest request; nothing more of it is published. Call on the JavaFX thread. */
    void cancel() {
        latest.incrementAndGet();
        running.set(false);
    }
}
