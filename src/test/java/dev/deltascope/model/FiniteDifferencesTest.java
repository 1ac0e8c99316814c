package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.RandomNetworks.NetworkShape;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiniteDifferencesTest {

    /** One sigmoid unit, C = ½(σ(w x + b) − y)², with x = 1.5, w = 0.8, b = −0.3, y = 0.2. */
    private static Network oneSigmoidUnit() {
        return new Network("one unit", 1,
                List.of(new DenseLayer(Matrix.of(new double[][] {{0.8}}), Matrix.column(-0.3), Sigmoid.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(1.5), Matrix.column(0.2), 0.1, 1);
    }

    /**
     * ∂C/∂w = (σ(z) − y) σ(z) (1 − σ(z)) x with z = 0.9, written out here with Math.exp. A
     * second-order stencil with the same h would be off by about h²/6 · C‴ ≈ 1e-8; the
     * fourth-order one is within 1e-12.
     */
    @Test
    void theStencilIsAccurateToFourthOrderOnASmoothCost() {
        double s = 1 / (1 + Math.exp(-0.9));
        double weightSlope = (s - 0.2) * s * (1 - s) * 1.5;
        double biasSlope = (s - 0.2) * s * (1 - s);
        Gradients exact = new Gradients(List.of(Matrix.column(biasSlope)), List.of(Matrix.column(s - 0.2)),
                List.of(Matrix.of(new double[][] {{weightSlope}})), List.of(Matrix.column(biasSlope)));
        GradientCheck check = FiniteDifferences.check(oneSigmoidUnit(), exact);
        assertEquals(2, check.parameters().size());
        assertEquals(weightSlope, check.parameters().get(0).numeric(), 1e-12);
        assertEquals(biasSlope, check.parameters().get(1).numeric(), 1e-12);
    }

    @Test
    void aWrongGradientIsReportedWithItsLabelAndError() {
        Gradients wrong = new Gradients(List.of(Matrix.column(1.0)), List.of(Matrix.column(1.0)),
                List.of(Matrix.of(new double[][] {{1}})), List.of(Matrix.column(0.05)));
        GradientCheck check = FiniteDifferences.check(oneSigmoidUnit(), wrong);
        assertTrue(check.maxRelativeError() > 0.5);
        assertEquals("W^1[0][0]", check.worst().label());
        assertTrue(check.isComplete());
    }

    @Test
    void theRelativeErrorIsRelativeAboveTheFloorAndAbsoluteBelowIt() {
        assertEquals(0.5, FiniteDifferences.relativeError(2, 1), 1e-15);
        assertEquals(0.5, FiniteDifferences.relativeError(-1, -2), 1e-15);
        assertEquals(0, FiniteDifferences.relativeError(0, 0));
        assertEquals(1e-9 / FiniteDifferences.FLOOR, FiniteDifferences.relativeError(1e-9, 2e-9), 1e-18);
    }

    /**
     * The network case 179 of the property test drew (see {@link RandomNetworks}): ∂C/∂W^1[2][4]
     * is −1.84e-6 and every stencil step from 3e-4 to 3e-3 misses it by 3e-12 to 6e-12, the
     * rounding noise of differences of a cost of 3.1 divided by h. With a floor of 1e-6 that
     * noise read as a relative error of 2.8e-6; the floor must sit well above noise / 1e-6.
     */
    @Test
    void roundingNoiseOnATinyGradientIsNotReportedAsAnError() {
        Network network = new NetworkShape(List.of(6, 6, 1), List.of(Identity.INSTANCE, Sigmoid.INSTANCE),
                CrossEntropy.INSTANCE, 7, -6846267649906811867L).build();
        GradientCheck check = FiniteDifferences.check(network,
                VectorJacobianProduct.INSTANCE.backward(ForwardPass.of(network)));
        ParameterCheck tiny = check.parameters().get(2 * 6 + 4);
        assertEquals("W^1[2][4]", tiny.label());
        assertEquals(-1.8405901661e-6, tiny.backprop(), 1e-15);
        assertTrue(check.maxRelativeError() <= 1e-6, () -> "worst " + check.worst());
    }

    @Test
    void aLargeNetworkIsCheckedOnAnEvenSample() {
        double[][] weights = new double[50][50];
        for (int r = 0; r < 50; r++) {
            weights[r][r] = 0.5;
        }
        Network network = new Network("large", 50,
                List.of(new DenseLayer(Matrix.of(weights), Matrix.zeros(50, 1), Tanh.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.zeros(50, 1), Matrix.zeros(50, 1).with(0, 0, 1), 0.1, 1);
        GradientCheck check = FiniteDifferences.check(network,
                VectorJacobianProduct.INSTANCE.backward(ForwardPass.of(network)));
        assertEquals(2550, check.totalParameters());
        assertEquals(1275, check.parameters().size());
        assertFalse(check.isComplete());
        assertTrue(check.maxRelativeError() <= 1e-6);
    }
}
