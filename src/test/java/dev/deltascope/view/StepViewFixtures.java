package dev.deltascope.view;

import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Trace;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** Networks, themes and pixel helpers shared by the step view tests. */
final class StepViewFixtures {

    private StepViewFixtures() {
    }

    /**
     * The classic 2-2-2 step-by-step example: W¹ = [[0.15, 0.20], [0.25, 0.30]], b¹ = 0.35,
     * W² = [[0.40, 0.45], [0.50, 0.55]], b² = 0.60, x = (0.05, 0.10), y = (0.01, 0.99), sigmoid,
     * ½‖a − y‖², η = 0.5.
     */
    static Network classic() {
        return new Network("2-2-2 step by step", 2,
                List.of(
                        new DenseLayer(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}),
                                Matrix.column(0.35, 0.35), Sigmoid.INSTANCE),
                        new DenseLayer(Matrix.of(new double[][] {{0.40, 0.45}, {0.50, 0.55}}),
                                Matrix.column(0.60, 0.60), Sigmoid.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(0.05, 0.10), Matrix.column(0.01, 0.99), 0.5, 7);
    }

    static Trace classicTrace() {
        return Trace.of(classic());
    }

    /** AtlantaFX PrimerLight, loaded as a stylesheet (the library's classes need Java 21). */
    static void useLightTheme() {
        Application.setUserAgentStylesheet(theme("primer-light.css"));
    }

    /** AtlantaFX PrimerDark, loaded as a stylesheet. */
    static void useDarkTheme() {
        Application.setUserAgentStylesheet(theme("primer-dark.css"));
    }

    private static String theme(String file) {
        return StepViewFixtures.class.getResource("/atlantafx/base/theme/" + file).toExternalForm();
    }

    /** Runs the action on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /** Waits up to five seconds for the condition, failing with the description if it never holds. */
    static void waitUntil(String description, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + description);
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }

    /** The node as it is drawn now. */
    static WritableImage snapshot(Node node) {
        return onFx(() -> node.snapshot(null, null));
    }

    /** How many pixels inside the bounds (node coordinates) are within 0.06 of the colour in every channel. */
    static int countPixels(WritableImage image, Bounds bounds, Color colour) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = (int) bounds.getMinY(); y < (int) bounds.getMaxY(); y++) {
            for (int x = (int) bounds.getMinX(); x < (int) bounds.getMaxX(); x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.06 && Math.abs(c.getGreen() - colour.getGreen()) < 0.06
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.06) {
                    count++;
                }
            }
        }
        return count;
    }
}
