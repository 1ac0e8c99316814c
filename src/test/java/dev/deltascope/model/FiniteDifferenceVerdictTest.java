package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where finite differences cannot judge backpropagation, the check says why instead of reporting an error of 1. */
class FiniteDifferenceVerdictTest {

    private static DenseLayer layer(double[][] weights, double[] biases, Activation activation) {
        return new DenseLayer(Matrix.of(weights), Matrix.column(biases), activation);
    }

    private static Network network(List<DenseLayer> layers, Loss loss, double[] input, double[] target) {
        return new Network("verdicts", input.length, layers, loss, Matrix.column(input), Matrix.column(target), 0.5, 1);
    }

    private static ParameterCheck check(Network network, int index) {
        return Trace.of(network).check().parameters().get(index);
    }

    /**
     * 1-1 ReLU, W = 1, b = 0, x = 1e-4, target 1: z = 1e-4 lies within the stencil's 2h = 2e-3
     * of the kink. Backpropagation gives ∂C/∂b = (z − 1) · 1 ≈ −1; the stencil, three of whose
     * points see the flat side, gives about −0.29. Not a bug in backpropagation: a kink.
     */
    @Test
    void aReluKinkWithinTheStepIsNamedNotJudged() {
        Network network = network(List.of(layer(new double[][] {{1}}, new double[] {0}, Relu.INSTANCE)),
                HalfSquaredError.INSTANCE, new double[] {1e-4}, new double[] {1});
        ParameterCheck bias = check(network, 1);
        assertEquals(-0.9999, bias.backprop(), 1e-12);
        assertTrue(bias.relativeError() > 0.1, "the estimate is far off: " + bias);
        assertEquals(ParameterCheck.Verdict.KINK, bias.verdict());
        GradientCheck all = Trace.of(network).check();
        assertEquals(Map.of(ParameterCheck.Verdict.KINK, 1), all.notJudged(),
                "the weight moves z by only 2h · 1e-4 and is compared");
        assertTrue(all.maxRelativeError() < 1e-6, "" + all.worst());
    }

    /** The same ReLU away from the kink (x = 0.5) is compared and agrees. */
    @Test
    void theSameReluAwayFromTheKinkIsCompared() {
        Network network = network(List.of(layer(new double[][] {{1}}, new double[] {0}, Relu.INSTANCE)),
                HalfSquaredError.INSTANCE, new double[] {0.5}, new double[] {1});
        GradientCheck all = Trace.of(network).check();
        assertEquals(Map.of(), all.notJudged());
        assertTrue(all.maxRelativeError() < 1e-9, "" + all.worst());
    }

    /**
     * 1-1-1 ReLU then identity with an input of 1e150 (issue 23): z = 1e150, the loss ½(2e149 · …)²
     * is about 2e298, finite, and the three methods agree exactly, but h = 1e-3 moves the cost by
     * less than its own rounding (ulp(2e298) ≈ 3e282), so every estimate is noise: precision lost.
     */
    @Test
    void aCostTooLargeForTheStepIsNamedPrecisionLost() {
        Network network = network(List.of(layer(new double[][] {{1}}, new double[] {0}, Relu.INSTANCE),
                layer(new double[][] {{2}}, new double[] {0}, Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, new double[] {1e149}, new double[] {0});
        Trace trace = Trace.of(network);
        assertEquals(2e298, trace.forward().cost(), 1e284);
        assertEquals(0, trace.maxViewDisagreement());
        ParameterCheck bias = trace.check().parameters().get(1);
        assertEquals(ParameterCheck.Verdict.PRECISION_LOST, bias.verdict(), bias.toString());
        assertTrue(trace.check().notJudged().containsKey(ParameterCheck.Verdict.PRECISION_LOST));
    }

    /**
     * Softmax of z = (1e308, −1e308) with target (0, 1): the cost, the logit gap 2e308, is ∞ while
     * every gradient is finite, so each moved cost is ∞ and the estimate is NaN: overflow.
     */
    @Test
    void anOverflowingMovedCostIsNamed() {
        Network network = network(List.of(layer(new double[][] {{1e308}, {-1e308}}, new double[] {0, 0},
                Softmax.INSTANCE)), CrossEntropy.INSTANCE, new double[] {1}, new double[] {0, 1});
        GradientCheck check = Trace.of(network).check();
        assertEquals(Map.of(ParameterCheck.Verdict.OVERFLOW, 4), check.notJudged());
        assertEquals(0, check.maxRelativeError());
    }
}
