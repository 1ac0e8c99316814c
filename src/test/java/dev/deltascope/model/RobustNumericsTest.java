package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers that blow up (huge weights, saturated outputs, softmax at ±1e308, NaN put straight into
 * a network) never make the engine throw; the trace names exactly the quantities that are not
 * finite. The expected lists are worked by hand from the formulas, for tiny networks.
 */
class RobustNumericsTest {

    private static final List<String> EVERY_GRADIENT_OF_TWO_LAYERS = List.of("∂C/∂a^2", "δ^2", "∂C/∂a^1", "δ^1",
            "∂C/∂W^2", "∂C/∂b^2", "∂C/∂W^1", "∂C/∂b^1", "finite differences");

    private static DenseLayer layer(double[][] weights, double[] biases, Activation activation) {
        return new DenseLayer(Matrix.of(weights), Matrix.column(biases), activation);
    }

    private static Network network(List<DenseLayer> layers, Loss loss, double[] input, double[] target) {
        return new Network("robust", input.length, layers, loss, Matrix.column(input), Matrix.column(target), 0.5, 1);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /**
     * 1-1-1 identity, x = 1, y = 0, W¹ = W² = 1e200: z¹ = 1e200 is finite, z² = 1e400 is ∞, so are
     * a² and C = ½(a²)²; ∇C = a² − y = ∞ makes every gradient ∞; the finite-difference stencil
     * of infinite costs is ∞ − ∞ = NaN.
     */
    @Test
    void hugeWeightsOverflowTheSecondLayerAndEverythingAfterItIsNamed() {
        Network network = network(List.of(layer(new double[][] {{1e200}}, new double[] {0}, Identity.INSTANCE),
                layer(new double[][] {{1e200}}, new double[] {0}, Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, new double[] {1}, new double[] {0});
        Trace trace = Trace.of(network);
        assertEquals(1e200, trace.forward().z(1).get(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, trace.forward().z(2).get(0, 0));
        assertEquals(concat(List.of("z^2", "a^2", "cost"), EVERY_GRADIENT_OF_TWO_LAYERS),
                trace.nonFiniteQuantities());
        assertFalse(trace.isFinite());
    }

    /**
     * 1-1 identity, x = 1e200, W = 1e-200, b = 0, y = −1e154: z = a = 1, ∇C = δ = 1 + 1e154 = 1e154
     * and C = ½(1e154)² = 5e307 are finite, but ∂C/∂W = δx = 1e354 overflows to ∞ (∂C/∂b = δ does
     * not). Moving W by h makes z about 1e197, so the finite differences overflow too.
     */
    @Test
    void aWeightGradientThatOverflowsAfterAFiniteForwardPassIsNamed() {
        Network network = network(List.of(layer(new double[][] {{1e-200}}, new double[] {0}, Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, new double[] {1e200}, new double[] {-1e154});
        Trace trace = Trace.of(network);
        assertEquals(5e307, trace.forward().cost(), 1e293);
        assertEquals(1e154, trace.gradients().biasGradient(1).get(0, 0), 1e140);
        assertEquals(Double.POSITIVE_INFINITY, trace.gradients().weightGradient(1).get(0, 0));
        assertEquals(List.of("∂C/∂W^1", "finite differences"), trace.nonFiniteQuantities());
        assertFalse(trace.isFinite());
    }

    /**
     * 1-2 sigmoid with cross-entropy: z = 800 gives σ = 1/(1 + e^{−800}) = 1 exactly (e^{−800}
     * underflows to 0) and z = −800 gives 1/(1 + ∞) = 0 exactly. With targets 0 and 1 both are
     * as wrong as can be: computed from z, each unit costs softplus(800) = 800 (a clamp of a to
     * 1e−15 made it 34.54) and δ = a − y = (1, −1) (the clamp made it 0, so training stood
     * still). ∂C/∂a = 1/(1 − a) = 1 + e^{800} is beyond every double, so it alone is named.
     */
    @Test
    void crossEntropyOfASaturatedSigmoidCostsItsLogitAndKeepsItsDelta() {
        Network network = network(List.of(layer(new double[][] {{800}, {-800}}, new double[] {0, 0},
                Sigmoid.INSTANCE)), CrossEntropy.INSTANCE, new double[] {1}, new double[] {0, 1});
        Trace trace = Trace.of(network);
        assertEquals(1.0, trace.forward().a(1).get(0, 0));
        assertEquals(0.0, trace.forward().a(1).get(1, 0));
        assertEquals(1600, trace.forward().cost(), 0);
        assertEquals(Matrix.column(1, -1), trace.gradients().delta(1));
        assertEquals(0, trace.maxViewDisagreement());
        assertEquals(List.of("∂C/∂a^1"), trace.nonFiniteQuantities());
    }

    /**
     * Softmax of z = (1e308, −1e308): shifted by the largest, e^0 = 1 and e^{−2e308} = e^{−∞} = 0,
     * so s = (1, 0) exactly; δ = s − y = (1, −1) for the one-hot target (0, 1). The cost, the gap
     * between the logits, is 2e308: past the largest double, so it is ∞ and named (as is ∂C/∂a).
     * At ±1e300 everything stays finite (see LossTest).
     */
    @Test
    void softmaxOfPlusAndMinus1e308HasAnExactDeltaAndAnOverflowingCost() {
        Network network = network(List.of(layer(new double[][] {{1e308}, {-1e308}}, new double[] {0, 0},
                Softmax.INSTANCE)), CrossEntropy.INSTANCE, new double[] {1}, new double[] {0, 1});
        Trace trace = Trace.of(network);
        assertEquals(Matrix.column(1, 0), trace.forward().a(1));
        assertEquals(Double.POSITIVE_INFINITY, trace.forward().cost());
        assertEquals(Matrix.column(1, -1), trace.gradients().delta(1));
        assertTrue(trace.nonFiniteQuantities().contains("cost"), trace.nonFiniteQuantities().toString());
    }

    /** Softmax of z = 1e308 · 1 + 1e308 = ∞: ∞ − max = ∞ − ∞ = NaN, so s and everything after it is NaN. */
    @Test
    void softmaxOfAnOverflowedInputIsNaNAndNamed() {
        Network network = network(List.of(layer(new double[][] {{1e308}, {0}}, new double[] {1e308, 0},
                Softmax.INSTANCE)), CrossEntropy.INSTANCE, new double[] {1}, new double[] {1, 0});
        Trace trace = Trace.of(network);
        assertTrue(Double.isNaN(trace.forward().a(1).get(0, 0)));
        assertEquals(List.of("z^1", "a^1", "cost", "∂C/∂a^1", "δ^1", "∂C/∂W^1", "∂C/∂b^1", "finite differences"),
                trace.nonFiniteQuantities());
    }

    /** A NaN input makes every z = Wx + b NaN (NaN · w is NaN), and so everything after it. */
    @Test
    void aNaNInputPutStraightIntoANetworkIsNamedWithEverythingAfterIt() {
        Trace trace = Trace.of(twoTwoOne(new double[] {Double.NaN, 0.5}, new double[] {1}, 0.4));
        assertEquals(concat(List.of("a^0", "z^1", "a^1", "z^2", "a^2", "cost"), EVERY_GRADIENT_OF_TWO_LAYERS),
                trace.nonFiniteQuantities());
    }

    /** A NaN target leaves the forward pass finite but makes C and ∇C = a − y NaN, so every gradient. */
    @Test
    void aNaNTargetIsNamedWithTheCostAndEveryGradient() {
        Trace trace = Trace.of(twoTwoOne(new double[] {0.1, 0.5}, new double[] {Double.NaN}, 0.4));
        assertEquals(concat(List.of("y", "cost"), EVERY_GRADIENT_OF_TWO_LAYERS), trace.nonFiniteQuantities());
    }

    /**
     * W² = (∞, 0.3) with a¹ in (0, 1): z² = ∞, but a² = σ(∞) = 1 meets the target 1, so C = 0,
     * ∇C = 0 and δ² = 0 · σ′(∞) = 0 are finite, as are ∂C/∂W² and ∂C/∂b². One step back,
     * (W²)ᵀδ² holds ∞ · 0 = NaN, so ∂C/∂a¹, δ¹ and layer 1's gradients are NaN. Moving any
     * parameter by h leaves z² = ∞ and C = 0, so the finite differences are 0.
     */
    @Test
    void anInfiniteWeightTimesAZeroErrorIsNaNOneLayerBack() {
        Trace trace = Trace.of(twoTwoOne(new double[] {0.1, 0.5}, new double[] {1}, Double.POSITIVE_INFINITY));
        assertEquals(1.0, trace.forward().a(2).get(0, 0));
        assertEquals(0.0, trace.forward().cost());
        assertEquals(List.of("W^2", "z^2", "∂C/∂a^1", "δ^1", "∂C/∂W^1", "∂C/∂b^1"), trace.nonFiniteQuantities());
    }

    /** relu(NaN) is NaN, as is its slope, so a blow-up is not hidden as a 0 that looks like a dead unit. */
    @Test
    void reluPassesNaNOnRatherThanTurningItIntoZero() {
        Matrix z = Matrix.column(Double.NaN, -1, 2);
        Matrix a = Relu.INSTANCE.apply(z);
        assertTrue(Double.isNaN(a.get(0, 0)));
        assertEquals(0.0, a.get(1, 0));
        assertEquals(2.0, a.get(2, 0));
        Matrix slope = Relu.INSTANCE.derivative(z);
        assertTrue(Double.isNaN(slope.get(0, 0)));
        assertEquals(0.0, slope.get(1, 0));
        assertEquals(1.0, slope.get(2, 0));
        Network network = network(List.of(layer(new double[][] {{1}}, new double[] {0}, Relu.INSTANCE)),
                HalfSquaredError.INSTANCE, new double[] {Double.NaN}, new double[] {0});
        assertEquals(concat(List.of("a^0", "z^1", "a^1", "cost", "∂C/∂a^1", "δ^1", "∂C/∂W^1", "∂C/∂b^1"),
                List.of("finite differences")), Trace.of(network).nonFiniteQuantities());
    }

    /** 2-2-1 sigmoid, half squared error; W² = (w, 0.3). */
    private static Network twoTwoOne(double[] input, double[] target, double w) {
        return network(List.of(layer(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, new double[] {0.1, 0.1},
                Sigmoid.INSTANCE), layer(new double[][] {{w, 0.3}}, new double[] {0.2}, Sigmoid.INSTANCE)),
                HalfSquaredError.INSTANCE, input, target);
    }
}
