package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.RandomNetworks.NetworkShape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Gradient descent on seeded random networks (see {@link RandomNetworks}). */
class GradientDescentPropertyTest {

    private static final List<Activation> SMOOTH =
            List.of(Sigmoid.INSTANCE, Tanh.INSTANCE, Identity.INSTANCE, Softmax.INSTANCE);
    private static final double SMALL_STEP = 1e-5;

    /**
     * C(θ − η∇C) = C(θ) − η‖∇C‖² + O(η²), so one small step lowers the cost by η‖∇C‖² to first
     * order. With η = 1e-5 the second-order term is ½η gᵀHg, under 1% of the first unless the
     * curvature along g exceeds 2000; networks whose gradient is too small for the drop to stand
     * clear of rounding in C (‖∇C‖² &lt; 1e-6) are left out.
     */
    @TestFactory
    Stream<DynamicTest> aSmallStepLowersTheCostByAboutTheStepTimesTheSquaredGradient() {
        return RandomNetworks.shapes(20240614L, SMOOTH)
                .filter(shape -> squaredNorm(gradients(shape.build())) >= 1e-6)
                .limit(300)
                .map(shape -> DynamicTest.dynamicTest(shape.toString(), () -> {
                    Network network = shape.build().withLearningRate(SMALL_STEP);
                    double before = ForwardPass.of(network).cost();
                    double after = ForwardPass.of(GradientDescent.step(network)).cost();
                    double predicted = SMALL_STEP * squaredNorm(gradients(network));
                    assertTrue(after < before, () -> "cost went from " + before + " to " + after);
                    assertEquals(predicted, before - after, 0.01 * predicted);
                }));
    }

    /** Each parameter θ becomes θ − η ∂C/∂θ, and nothing handed to the step changes. */
    @TestFactory
    Stream<DynamicTest> aStepMovesEachParameterAgainstItsGradientAndLeavesItsInputsUnchanged() {
        return RandomNetworks.shapes(20240615L).limit(200)
                .map(shape -> DynamicTest.dynamicTest(shape.toString(), () -> {
                    Network network = shape.build();
                    Gradients gradients = gradients(network);
                    List<double[][]> parametersBefore = parameters(network);
                    List<double[][]> gradientsBefore = parameters(gradients);
                    Network stepped = GradientDescent.step(network, gradients);
                    assertEquals(shape.build(), network);
                    assertDeepEquals(parametersBefore, parameters(network));
                    assertDeepEquals(gradientsBefore, parameters(gradients));
                    List<double[][]> after = parameters(stepped);
                    double eta = network.learningRate();
                    for (int i = 0; i < after.size(); i++) {
                        for (int r = 0; r < after.get(i).length; r++) {
                            for (int c = 0; c < after.get(i)[r].length; c++) {
                                double expected = parametersBefore.get(i)[r][c] - eta * gradientsBefore.get(i)[r][c];
                                assertEquals(expected, after.get(i)[r][c], 1e-15);
                            }
                        }
                    }
                    assertEquals(network.withLayers(stepped.layers()), stepped);
                }));
    }

    private static Gradients gradients(Network network) {
        return VectorJacobianProduct.INSTANCE.backward(ForwardPass.of(network));
    }

    /** ‖∇C‖² = Σ_l (‖∂C/∂W^l‖² + ‖∂C/∂b^l‖²). */
    private static double squaredNorm(Gradients gradients) {
        double sum = 0;
        for (double[][] matrix : parameters(gradients)) {
            for (double[] row : matrix) {
                for (double value : row) {
                    sum += value * value;
                }
            }
        }
        return sum;
    }

    private static List<double[][]> parameters(Network network) {
        List<double[][]> arrays = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            arrays.add(layer.weights().toArray());
            arrays.add(layer.biases().toArray());
        }
        return arrays;
    }

    private static List<double[][]> parameters(Gradients gradients) {
        List<double[][]> arrays = new ArrayList<>();
        for (int i = 0; i < gradients.weightGradients().size(); i++) {
            arrays.add(gradients.weightGradients().get(i).toArray());
            arrays.add(gradients.biasGradients().get(i).toArray());
        }
        return arrays;
    }

    private static void assertDeepEquals(List<double[][]> expected, List<double[][]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i));
        }
    }
}
