package dev.deltascope.model;

import static dev.deltascope.model.SoftmaxCrossEntropyWorkedExampleTest.assertRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 2-2-1 network, ReLU hidden layer, identity output, ½‖a − y‖², over a batch of two examples,
 * one of which puts a ReLU unit exactly on its kink. Every number is a short binary fraction, so
 * the hand-worked values are exact.
 *
 * <pre>
 * W¹ = [[0.5, −0.25], [1, 0.5]], b¹ = (0, −0.5), W² = [[2, −1]], b² = (0.5)
 * example 1: x = (1, 2), y = 0.5
 *   z¹ = (0.5 − 0.5 + 0, 1 + 1 − 0.5) = (0, 1.5), a¹ = (0, 1.5), σ′(z¹) = (0, 1)   (σ′(0) = 0)
 *   z² = a² = 2·0 − 1.5 + 0.5 = −1, C₁ = ½(−1 − 0.5)² = 1.125, δ² = −1.5
 *   δ¹ = (W²ᵀ δ²) ⊙ σ′(z¹) = (−3, 1.5) ⊙ (0, 1) = (0, 1.5)
 * example 2: x = (2, −2), y = 2
 *   z¹ = (1 + 0.5, 2 − 1 − 0.5) = (1.5, 0.5), a¹ = (1.5, 0.5), σ′(z¹) = (1, 1)
 *   z² = a² = 3 − 0.5 + 0.5 = 3, C₂ = ½(3 − 2)² = 0.5, δ² = 1
 *   δ¹ = (2, −1)
 * C = (1.125 + 0.5) / 2 = 0.8125
 * ∂C/∂W² = ½(−1.5·(0, 1.5) + 1·(1.5, 0.5)) = (0.75, −0.875), ∂C/∂b² = ½(−1.5 + 1) = −0.25
 * ∂C/∂W¹ = ½((0, 1.5)ᵀ(1, 2) + (2, −1)ᵀ(2, −2)) = ½[[4, −4], [−0.5, 5]] = [[2, −2], [−0.25, 2.5]]
 * ∂C/∂b¹ = ½((0, 1.5) + (2, −1)) = (1, 0.25)
 * </pre>
 */
class ReluWorkedExampleTest {

    private static final double TOLERANCE = 1e-15;

    static Network network() {
        return new Network("relu 2-2-1, batch of two", 2,
                List.of(
                        new DenseLayer(Matrix.of(new double[][] {{0.5, -0.25}, {1, 0.5}}),
                                Matrix.column(0, -0.5), Relu.INSTANCE),
                        new DenseLayer(Matrix.of(new double[][] {{2, -1}}), Matrix.column(0.5), Identity.INSTANCE)),
                HalfSquaredError.INSTANCE,
                Matrix.ofColumns(new double[][] {{1, 2}, {2, -2}}),
                Matrix.ofColumns(new double[][] {{0.5}, {2}}), 0.5, 7);
    }

    @Test
    void theForwardPassGivesTheHandWorkedActivationsAndCost() {
        ForwardPass forward = ForwardPass.of(network());
        assertRows(forward.z(1), new double[] {0, 1.5}, new double[] {1.5, 0.5});
        assertRows(forward.a(1), new double[] {0, 1.5}, new double[] {1.5, 0.5});
        assertRows(forward.z(2), new double[] {-1, 3});
        assertRows(forward.a(2), new double[] {-1, 3});
        assertEquals(1.125, forward.exampleCosts()[0], TOLERANCE);
        assertEquals(0.5, forward.exampleCosts()[1], TOLERANCE);
        assertEquals(0.8125, forward.cost(), TOLERANCE);
    }

    @Test
    void theReluSlopeAtItsKinkIsZero() {
        assertRows(ForwardPass.of(network()).slope(1), new double[] {0, 1}, new double[] {1, 1});
    }

    @Test
    void everyMethodGivesTheHandWorkedDeltasPerExampleAndGradientsAveragedOverTheBatch() {
        ForwardPass forward = ForwardPass.of(network());
        for (GradientMethod method : GradientMethod.all()) {
            Gradients gradients = method.backward(forward);
            assertRows(gradients.delta(2), new double[] {-1.5, 1});
            assertRows(gradients.weightGradient(2), new double[] {0.75, -0.875});
            assertRows(gradients.biasGradient(2), new double[] {-0.25});
            assertRows(gradients.upstream(1), new double[] {-3, 2}, new double[] {1.5, -1});
            assertRows(gradients.delta(1), new double[] {0, 2}, new double[] {1.5, -1});
            assertRows(gradients.weightGradient(1), new double[] {2, -2}, new double[] {-0.25, 2.5});
            assertRows(gradients.biasGradient(1), new double[] {1}, new double[] {0.25});
        }
    }

    /**
     * Why the property tests keep finite differences away from kinks. Moving b¹₁ by t moves z¹₁
     * of example 1 off 0: C₁(t) = ½(−1.5 + 2 max(0, t))², C₂(t) = ½(1 + 2t)². The stencil on
     * C = (C₁ + C₂)/2 gives ½((−18h + 8h²)/12h + 2) = 0.25 + h/3, while backpropagation, with
     * σ′(0) = 0, takes the left slope ½(0 + 2) = 1 (the right slope is ½(−3 + 2) = −0.5).
     */
    @Test
    void finiteDifferencesAcrossAKinkSeeNeitherOneSidedSlope() {
        Trace trace = Trace.of(network());
        ParameterCheck kinkedBias = trace.check().parameters().get(4);
        assertEquals("b^1[0]", kinkedBias.label());
        assertEquals(1, kinkedBias.backprop(), TOLERANCE);
        assertEquals(0.25 + FiniteDifferences.STEP / 3, kinkedBias.numeric(), 1e-12);
    }
}
