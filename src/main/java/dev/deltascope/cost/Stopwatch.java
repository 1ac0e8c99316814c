package dev.deltascope.cost;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Times a piece of work with {@link System#nanoTime()}: runs it to warm up, groups calls so one
 * sample lasts long enough for the clock, takes samples until the time budget is spent (at least
 * {@value #MIN_SAMPLES}, at most {@value #MAX_SAMPLES}) and reports the median per call.
 */
public final class Stopwatch {

    static final int MIN_SAMPLES = 5;
    static final int MAX_SAMPLES = 101;
    /** A sample shorter than this is dominated by the clock's own cost. */
    private static final long SHORTEST_SAMPLE_NANOS = 50_000;

    private final long budgetNanos;
    private final BooleanSupplier cancelled;
    /** The latest result, kept where other threads could read it, so the compiler cannot drop the work. */
    private volatile Object latestResult;

    /**
     * @param budgetNanos about how long one measurement may take, warm-up included (more when a
     *     single call is slower than a fifth of it)
     * @param cancelled asked between calls; when it answers true the measurement stops with a
     *     {@link CancellationException}
     */
    public Stopwatch(long budgetNanos, BooleanSupplier cancelled) {
        if (budgetNanos <= 0) {
            throw new IllegalArgumentException("budgetNanos: must be > 0, was " + budgetNanos);
        }
        this.budgetNanos = budgetNanos;
        this.cancelled = cancelled;
    }

    /** The median time of one call of {@code work}, in nanoseconds; always finite and > 0. */
    public double median(Supplier<?> work) {
        long warmUpEnd = System.nanoTime() + budgetNanos / 4;
        long calls = 0;
        long warmUpStart = System.nanoTime();
        do {
            call(work);
            calls++;
        } while (System.nanoTime() < warmUpEnd || calls < 2);
        double perCall = Math.max(1.0, (System.nanoTime() - warmUpStart) / (double) calls);
        long group = Math.max(1, (long) Math.ceil(SHORTEST_SAMPLE_NANOS / perCall));
        double[] samples = new double[MAX_SAMPLES];
        int taken = 0;
        long end = System.nanoTime() + budgetNanos * 3 / 4;
        while (taken < MIN_SAMPLES || (taken < MAX_SAMPLES && System.nanoTime() < end)) {
            long start = System.nanoTime();
            for (long i = 0; i < group; i++) {
                call(work);
            }
            samples[taken++] = Math.max(1, System.nanoTime() - start) / (double) group;
        }
        double[] sorted = Arrays.copyOf(samples, taken);
        Arrays.sort(sorted);
        return taken % 2 == 1 ? sorted[taken / 2] : (sorted[taken / 2 - 1] + sorted[taken / 2]) / 2;
    }

    private void call(Supplier<?> work) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("measurement cancelled");
        }
        latestResult = work.get();
    }
}
