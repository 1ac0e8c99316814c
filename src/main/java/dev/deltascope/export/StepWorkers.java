package dev.deltascope.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the per-step work of an export (laying out, drawing, encoding) on one thread per core, a
 * few steps ahead of the caller, who takes the results in step order with {@link #next}. Only a
 * bounded number of results wait at once. A step's failure is thrown from {@code next} for that
 * step; closing stops the steps not yet taken.
 *
 * @param <T> what one step's work produces
 */
final class StepWorkers<T> implements AutoCloseable {

    /** The work of one step, by its index in the derivation. */
    @FunctionalInterface
    interface StepTask<T> {
        T run(int index) throws IOException;
    }

    static final String THREAD_NAME = "export-step-";
    /** More threads than this gain nothing: drawing formulas holds JLaTeXMath's single lock. */
    private static final int MAX_THREADS = 4;
    private static final AtomicInteger THREADS_STARTED = new AtomicInteger();

    private final StepTask<T> task;
    private final ExportMonitor monitor;
    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final int lastStep;
    private final int ahead;
    private int nextToSubmit;
    private int nextToTake;

    /** Work for the steps from first to last (inclusive); one step, or one core, runs on the caller's thread. */
    StepWorkers(int firstStep, int lastStep, ExportMonitor monitor, StepTask<T> task) {
        this.task = task;
        this.monitor = monitor;
        this.lastStep = lastStep;
        this.nextToSubmit = firstStep;
        this.nextToTake = firstStep;
        int threads = Math.min(Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS),
                lastStep - firstStep + 1);
        this.ahead = threads + 1;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, THREAD_NAME + THREADS_STARTED.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        if (pool != null) {
            while (pending.size() < ahead && nextToSubmit <= lastStep) {
                submitNext();
            }
        }
    }

    /**
     * The next step's result, in step order, waiting for it if needed.
     *
     * @throws IOException the step's own failure
     * @throws CancellationException when the monitor cancels or the waiting thread is interrupted
     * @throws IllegalStateException when every step has been taken
     */
    T next() throws IOException {
        if (nextToTake > lastStep) {
            throw new IllegalStateException("every step up to " + lastStep + " has been taken");
        }
        int index = nextToTake++;
        if (pool == null) {
            monitor.checkCancelled();
            return task.run(index);
        }
        Future<T> result = pending.removeFirst();
        if (nextToSubmit <= lastStep) {
            submitNext();
        }
        try {
            return result.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted while waiting for step " + (index + 1));
        } catch (ExecutionException failed) {
            throw rethrown(failed.getCause());
        }
    }

    private void submitNext() {
        int index = nextToSubmit++;
        pending.addLast(pool.submit(() -> {
            monitor.checkCancelled();
            return task.run(index);
        }));
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException ioFailure) {
            return ioFailure;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("a step failed", cause);
    }

    /** Stops the steps not yet taken; the threads end. */
    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(future -> future.cancel(true));
            pending.clear();
            pool.shutdownNow();
        }
    }
}
