package dev.deltascope.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Times one interaction: armed on the JavaFX thread just before the key press or edit, it
 * completes at the first scene pulse (after CSS and layout, before the frame is handed to the
 * renderer) in which its condition holds, with the nanoseconds since it was armed.
 */
final class PulseProbe implements Runnable {

    private BooleanSupplier shown = () -> false;
    private CompletableFuture<Long> result;
    private long armedAt;

    /** Starts timing now; call on the JavaFX thread. */
    CompletableFuture<Long> arm(BooleanSupplier condition) {
        shown = condition;
        result = new CompletableFuture<>();
        armedAt = System.nanoTime();
        return result;
    }

    /** The scene's post-layout pulse listener. */
    @Override
    public void run() {
        if (result != null && !result.isDone() && shown.getAsBoolean()) {
            result.complete(System.nanoTime() - armedAt);
        }
    }
}
