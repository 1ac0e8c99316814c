package dev.deltascope.view.step;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.Collections;
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
public final class StepViewFixtures {

    private StepViewFixtures() {
    }

    /**
     * The classic 2-2-2 step-by-step example: W¹ = [[0.15, 0.20], [0.25, 0.30]], b¹ = 0.35,
     * W² = [[0.40, 0.45], [0.50, 0.55]], b² = 0.60, x = (0.05, 0.10), y = (0.01, 0.99), sigmoid,
     * ½‖a − y‖², η = 0.5.
     */
    public static Network classic() {
        return TestNetworks.classic();
    }

    public static Trace classicTrace() {
        return Trace.of(classic());
    }

    /** The derivation of a trace at the default number style. */
    public static Derivation derivation(Trace trace) {
        return DerivationBuilder.build(trace, NumberStyle.DEFAULT);
    }

    /** The first step of the given kind about layer l. */
    public static Step step(Derivation derivation, StepKind kind, int l) {
        return derivation.steps().stream()
                .filter(s -> s.kind() == kind && s.layer() == l)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " step for layer " + l));
    }

    /** 2-3-3, sigmoid then softmax, cross-entropy, a batch of two examples. */
    public static Network softmaxBatch() {
        return new Network("softmax batch", 2,
                Initialisation.layers(2, List.of(3, 3), List.of(Sigmoid.INSTANCE, Softmax.INSTANCE), 7),
                CrossEntropy.INSTANCE, Matrix.ofColumns(new double[][] {{0.1, 0.2}, {0.5, -0.3}}),
                Matrix.ofColumns(new double[][] {{1, 0, 0}, {0, 0, 1}}), 0.5, 7);
    }

    /** A sigmoid network n-n-n-2 with seeded weights and input sin(i), for width tests. */
    public static Network wide(int width) {
        double[] input = new double[width];
        for (int i = 0; i < width; i++) {
            input[i] = Math.sin(i);
        }
        return new Network("wide", width,
                Initialisation.layers(width, List.of(width, width, 2), Collections.<Activation>nCopies(3, Sigmoid.INSTANCE), 7),
                HalfSquaredError.INSTANCE, Matrix.column(input), Matrix.column(1.0, 0.0), 0.5, 7);
    }

    public static void useLightTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void useDarkTheme() {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    }

    /** Runs the action on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, action);
    }

    /** Waits up to five seconds for the condition, failing with the description if it never holds. */
    public static void waitUntil(String description, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + description);
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }

    /** The node as it is drawn now. */
    public static WritableImage snapshot(Node node) {
        return onFx(() -> node.snapshot(null, null));
    }

    /** How many pixels inside the bounds (node coordinates) are within 0.06 of the colour in every channel. */
    public static int countPixels(WritableImage image, Bounds bounds, Color colour) {
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
