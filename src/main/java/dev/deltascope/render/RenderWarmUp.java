package dev.deltascope.render;

import java.awt.Color;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pays JLaTeXMath's first-render cost (fonts, symbol tables: most of a second) on a background
 * daemon thread, so the first formula a person sees draws at once.
 */
public final class RenderWarmUp {

    static final String THREAD_NAME = "formula-warm-up";
    /** Touches matrices, fractions, Greek, operators, text and blackboard bold. */
    static final String SAMPLE = "\\delta^{l} = \\left((W^{l+1})^{\\top} \\delta^{l+1}\\right) \\odot \\sigma'(z^{l})"
            + " = \\begin{bmatrix} 0.1 \\\\ -2 \\end{bmatrix} \\in \\mathbb{R}^{2 \\times 1},"
            + " \\ \\frac{\\partial C}{\\partial b} \\text{ and } \\operatorname{diag}(s) - s s^{\\intercal}";

    private static final AtomicReference<CompletableFuture<Duration>> STARTED = new AtomicReference<>();

    private RenderWarmUp() {
    }

    /**
     * Starts the warm-up unless already started. The future completes with how long the warm-up
     * took; each call returns a view of the same single warm-up.
     */
    public static CompletableFuture<Duration> start() {
        CompletableFuture<Duration> fresh = new CompletableFuture<>();
        if (STARTED.compareAndSet(null, fresh)) {
            Thread thread = new Thread(() -> warmUp(fresh), THREAD_NAME);
            thread.setDaemon(true);
            thread.start();
        }
        return STARTED.get().copy();
    }

    private static void warmUp(CompletableFuture<Duration> done) {
        long start = System.nanoTime();
        try {
            FormulaRenderer.image(SAMPLE, 16, 1, Color.BLACK, null);
            done.complete(Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException | Error failure) {
            done.completeExceptionally(failure);
            throw failure;
        }
    }
}
