package dev.deltascope.model;

import java.util.concurrent.CancellationException;

/**
 * How a long computation of the model stops early: the forward pass, the backward methods and the
 * finite-difference check call {@link #check} between pieces of work of at most a few million
 * multiply-adds (a layer, an example, a row of a gradient, a checked parameter), so interrupting
 * the thread that runs them (as {@code Future.cancel(true)} does) frees its core within a fraction
 * of a second. The thread's interrupt flag is left set.
 */
public final class Interruption {

    private Interruption() {
    }

    /** Throws {@link CancellationException} when the current thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
