package dev.deltascope.model;

import static dev.deltascope.model.Agreement.assertAgree;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.RandomNetworks.NetworkShape;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The three backward methods against each other and against finite differences, on seeded
 * random networks (see {@link RandomNetworks}); each case is a dynamic test named by its shape
 * and seed.
 */
class GradientMethodsPropertyTest {

    private static final double METHODS_TOLERANCE = 1e-12;
    private static final double FINITE_DIFFERENCE_TOLERANCE = 1e-6;

    @TestFactory
    Stream<DynamicTest> theThreeMethodsAgreeOnEveryDeltaAndGradient() {
        return RandomNetworks.shapes(20240611L).limit(1000)
                .map(shape -> DynamicTest.dynamicTest(shape.toString(), () -> threeMethodsAgree(shape)));
    }

    /** Networks where the stencil could straddle a ReLU kink are left out; see {@link ReluKinks}. */
    @TestFactory
    Stream<DynamicTest> everyMethodMatchesFiniteDifferencesAwayFromReluKinks() {
        return RandomNetworks.shapes(20240612L)
                .filter(shape -> ReluKinks.clearOfKinks(shape.build()))
                .limit(300)
                .map(shape -> DynamicTest.dynamicTest(shape.toString(), () -> matchesFiniteDifferences(shape)));
    }

    @TestFactory
    Stream<DynamicTest> softmaxWithCrossEntropyCollapsesToOutputMinusTarget() {
        return RandomNetworks.shapes(20240613L)
                .filter(shape -> shape.loss() instanceof CrossEntropy && shape.outputActivation() instanceof Softmax)
                .limit(200)
                .map(shape -> DynamicTest.dynamicTest(shape.toString(), () -> collapses(shape)));
    }

    private static void threeMethodsAgree(NetworkShape shape) {
        ForwardPass forward = ForwardPass.of(shape.build());
        Gradients vjp = VectorJacobianProduct.INSTANCE.backward(forward);
        for (GradientMethod method : new GradientMethod[] {JacobianChain.INSTANCE, ComponentWise.INSTANCE}) {
            Gradients other = method.backward(forward);
            for (int l = 1; l <= forward.depth(); l++) {
                String where = method.name() + " against vjp, layer " + l;
                assertAgree(vjp.delta(l), other.delta(l), METHODS_TOLERANCE, "δ, " + where);
                assertAgree(vjp.upstream(l), other.upstream(l), METHODS_TOLERANCE, "∂C/∂a, " + where);
                assertAgree(vjp.weightGradient(l), other.weightGradient(l), METHODS_TOLERANCE, "∂C/∂W, " + where);
                assertAgree(vjp.biasGradient(l), other.biasGradient(l), METHODS_TOLERANCE, "∂C/∂b, " + where);
            }
        }
    }

    private static void matchesFiniteDifferences(NetworkShape shape) {
        Network network = shape.build();
        ForwardPass forward = ForwardPass.of(network);
        for (GradientMethod method : GradientMethod.all()) {
            GradientCheck check = FiniteDifferences.check(network, method.backward(forward));
            assertTrue(check.isComplete(), "every parameter checked");
            assertTrue(check.maxRelativeError() <= FINITE_DIFFERENCE_TOLERANCE,
                    () -> method.name() + ": worst " + check.worst());
        }
    }

    /**
     * δ^L = J_softmaxᵀ (−y/a) = a (1ᵀy) − y = a − y when the target sums to 1: the chain through
     * ∇_a C and the softmax's VJP, computed here apart from the methods, gives what every method
     * takes from the logits.
     */
    private static void collapses(NetworkShape shape) {
        Network network = shape.build();
        ForwardPass forward = ForwardPass.of(network);
        int output = network.depth();
        Matrix expected = Ejml.matrix(Ejml.simple(forward.a(output)).minus(Ejml.simple(network.targets())));
        assertAgree(expected, Softmax.INSTANCE.vjp(forward.z(output), forward.outputGradient()), METHODS_TOLERANCE,
                "Jᵀ ∇_a C = a − y");
        for (GradientMethod method : GradientMethod.all()) {
            assertAgree(expected, method.backward(forward).delta(output), METHODS_TOLERANCE,
                    "δ^L = a − y by " + method.name());
        }
    }

    /**
     * Cross-entropy networks whose output weights are scaled so the logits reach |z| of 1e2 to 1e300:
     * the cost and every δ and gradient stay finite, the three methods agree (relative to the size
     * of the numbers), and δ^L is a − y (after a softmax, with targets summing to 1) exactly.
     */
    @TestFactory
    Stream<DynamicTest> atSaturatedLogitsTheMethodsAgreeAndEverythingStaysFinite() {
        double[] scales = {1e2, 1e10, 1e100, 1e300};
        return RandomNetworks.shapes(20240614L)
                .filter(shape -> shape.loss() instanceof CrossEntropy)
                .limit(100)
                .flatMap(shape -> java.util.Arrays.stream(scales).mapToObj(scale -> DynamicTest.dynamicTest(
                        shape + ", output weights x " + scale, () -> saturated(shape.build(), scale))));
    }

    private static void saturated(Network network, double scale) {
        int output = network.depth();
        DenseLayer last = network.layer(output);
        double largest = Math.max(last.weights().maxAbs(), last.biases().maxAbs());
        double factor = scale / Math.max(largest, 1e-300);
        Network scaled = network.withLayer(output, last
                .withWeights(Ejml.matrix(Ejml.simple(last.weights()).scale(factor)))
                .withBiases(Ejml.matrix(Ejml.simple(last.biases()).scale(factor))));
        ForwardPass forward = ForwardPass.of(scaled);
        assertTrue(Double.isFinite(forward.cost()), "cost " + forward.cost());
        Gradients vjp = VectorJacobianProduct.INSTANCE.backward(forward);
        Matrix a = forward.a(output);
        Matrix y = scaled.targets();
        for (int k = 0; k < a.columns(); k++) {
            double targetSum = 0;
            for (int r = 0; r < a.rows(); r++) {
                targetSum += y.get(r, k);
            }
            for (int r = 0; r < a.rows(); r++) {
                double expected = scaled.outputActivation() instanceof Softmax
                        ? a.get(r, k) * targetSum - y.get(r, k) : a.get(r, k) - y.get(r, k);
                assertTrue(expected == vjp.delta(output).get(r, k), "δ^L = a − y at " + r + ", " + k);
            }
        }
        for (GradientMethod method : new GradientMethod[] {JacobianChain.INSTANCE, ComponentWise.INSTANCE}) {
            Gradients other = method.backward(forward);
            for (int l = 1; l <= output; l++) {
                assertTrue(vjp.delta(l).isFinite() && vjp.weightGradient(l).isFinite(), "finite at layer " + l);
                double size = Math.max(1, Math.max(vjp.delta(l).maxAbs(), vjp.weightGradient(l).maxAbs()));
                assertAgree(vjp.delta(l), other.delta(l), METHODS_TOLERANCE * size, "δ by " + method.name());
                assertAgree(vjp.weightGradient(l), other.weightGradient(l), METHODS_TOLERANCE * size,
                        "∂C/∂W by " + method.name());
            }
        }
    }
}
