package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 2-2-2 network with a tanh hidden layer, a softmax output and cross-entropy, worked by hand;
 * tanh, exp and ln were evaluated in double precision outside this code base (Python's math
 * module). Input x = (0.5, −1), one-hot target y = (0, 1).
 *
 * <pre>
 * W¹ = [[0.1, −0.2], [0.4, 0.3]], b¹ = (0.05, −0.1)
 * z¹ = W¹x + b¹ = (0.05 + 0.2 + 0.05, 0.2 − 0.3 − 0.1) = (0.3, −0.2)
 * a¹ = tanh z¹ = (0.2913126124515909, −0.19737532022490398)
 * W² = [[0.7, −0.5], [−0.3, 0.6]], b² = (0.2, −0.2)
 * z² = W²a¹ + b² = (0.7·0.29131 + 0.5·0.19738 + 0.2, −0.3·0.29131 − 0.6·0.19738 − 0.2)
 *    = (0.5026064888285656, −0.40581897587041965)
 * a² = softmax z²: a²₁ = 1 / (1 + e^{z²₂ − z²₁}) = 1 / (1 + e^{−0.90842546}) = 0.7126778561008493,
 *      a²₂ = 1 − a²₁ = 0.28732214389915056
 * C = −Σ y ln a² = −ln 0.28732214389915056 = 1.2471512400911702
 * ∇_a C = −y / a² = (0, −3.4804139577595445)
 * δ² = (diag(a²) − a² a²ᵀ) ∇_a C = a² (Σ y) − y = a² − y = (0.7126778561008493, −0.7126778561008494)
 * δ¹ = (W²ᵀ δ²) ⊙ (1 − (a¹)²)
 *    = ((0.7 + 0.3)·0.71268·(1 − 0.08486), (−0.5 − 0.6)·0.71268·(1 − 0.03896))
 *    = (0.6521978479932469, −0.7534054579931627)
 * ∂C/∂W² = δ² (a¹)ᵀ, ∂C/∂b² = δ², ∂C/∂W¹ = δ¹ xᵀ, ∂C/∂b¹ = δ¹
 * </pre>
 */
class SoftmaxCrossEntropyWorkedExampleTest {

    private static final double TOLERANCE = 1e-13;

    static Network network() {
        return new Network("tanh-softmax 2-2-2", 2,
                List.of(
                        new DenseLayer(Matrix.of(new double[][] {{0.1, -0.2}, {0.4, 0.3}}),
                                Matrix.column(0.05, -0.1), Tanh.INSTANCE),
                        new DenseLayer(Matrix.of(new double[][] {{0.7, -0.5}, {-0.3, 0.6}}),
                                Matrix.column(0.2, -0.2), Softmax.INSTANCE)),
                CrossEntropy.INSTANCE, Matrix.column(0.5, -1.0), Matrix.column(0.0, 1.0), 0.5, 7);
    }

    @Test
    void theForwardPassGivesTheHandWorkedActivationsAndCost() {
        ForwardPass forward = ForwardPass.of(network());
        assertColumn(forward.z(1), 0.3, -0.2);
        assertColumn(forward.a(1), 0.2913126124515909, -0.19737532022490398);
        assertColumn(forward.z(2), 0.5026064888285656, -0.40581897587041965);
        assertColumn(forward.a(2), 0.7126778561008493, 0.28732214389915056);
        assertEquals(1.2471512400911702, forward.cost(), TOLERANCE);
        assertColumn(forward.outputGradient(), 0, -3.4804139577595445);
    }

    @Test
    void everyMethodGivesTheHandWorkedDeltasAndGradients() {
        ForwardPass forward = ForwardPass.of(network());
        for (GradientMethod method : GradientMethod.all()) {
            Gradients gradients = method.backward(forward);
            assertColumn(gradients.delta(2), 0.7126778561008493, -0.7126778561008494);
            assertColumn(gradients.biasGradient(2), 0.7126778561008493, -0.7126778561008494);
            assertRows(gradients.weightGradient(2),
                    new double[] {0.2076120480971374, -0.14066502006510317},
                    new double[] {-0.20761204809713743, 0.1406650200651032});
            assertColumn(gradients.delta(1), 0.6521978479932469, -0.7534054579931627);
            assertColumn(gradients.biasGradient(1), 0.6521978479932469, -0.7534054579931627);
            assertRows(gradients.weightGradient(1),
                    new double[] {0.32609892399662344, -0.6521978479932469},
                    new double[] {-0.37670272899658136, 0.7534054579931627});
        }
    }

    /** With a softmax output and cross-entropy, δ^L collapses to a^L − y. */
    @Test
    void theOutputDeltaIsTheOutputMinusTheTarget() {
        Gradients gradients = VectorJacobianProduct.INSTANCE.backward(ForwardPass.of(network()));
        assertColumn(gradients.delta(2), 0.7126778561008493 - 0, 0.28732214389915056 - 1);
    }

    /**
     * The Hadamard shortcut g ⊙ σ′(z) keeps only the Jacobian's diagonal s ⊙ (1 − s):
     * (0 · …, −3.48041 · 0.71268 · 0.28732) = (0, −0.7126778561008494), which loses δ²₁ = 0.71268.
     */
    @Test
    void theHadamardShortcutGetsTheSoftmaxDeltaWrong() {
        ForwardPass forward = ForwardPass.of(network());
        Matrix shortcut = Ejml.matrix(Ejml.simple(forward.outputGradient()).elementMult(Ejml.simple(forward.slope(2))));
        assertColumn(shortcut, 0, -0.7126778561008494);
    }

    @Test
    void finiteDifferencesAgreeWithTheHandWorkedGradients() {
        Trace trace = Trace.of(network());
        assertEquals(12, trace.check().parameters().size());
        assertEquals(0, trace.check().maxRelativeError(), 1e-8);
    }

    static void assertColumn(Matrix actual, double... expected) {
        assertEquals(expected.length + "×1", actual.shape());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i, 0), TOLERANCE, "entry " + i);
        }
    }

    static void assertRows(Matrix actual, double[]... expected) {
        assertEquals(expected.length + "×" + expected[0].length, actual.shape());
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertEquals(expected[r][c], actual.get(r, c), TOLERANCE, "entry " + r + "," + c);
            }
        }
    }
}
