package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

    private static final Matrix OUTPUTS = Matrix.ofColumns(new double[][] {{0.2, 0.7, 0.1}, {0.6, 0.3, 0.1}});
    private static final Matrix TARGETS = Matrix.ofColumns(new double[][] {{0, 1, 0}, {0.5, 0.25, 0.25}});

    /** z with softmax(z) = a: ln a (any shift would do). */
    private static Matrix softmaxLogits(Matrix a) {
        return map(a, Math::log);
    }

    /** z with σ(z) = a: ln(a / (1 − a)). */
    private static Matrix sigmoidLogits(Matrix a) {
        return map(a, p -> Math.log(p / (1 - p)));
    }

    private static Matrix map(Matrix m, java.util.function.DoubleUnaryOperator f) {
        double[][] rows = m.toArray();
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = f.applyAsDouble(row[i]);
            }
        }
        return Matrix.of(rows);
    }

    private static double[] costs(Loss loss, Matrix z, Matrix y, Activation output) {
        return loss.exampleCosts(z, output.apply(z), y, output);
    }

    /** Example 1: ½(0.2² + 0.3² + 0.1²) = 0.07; example 2: ½(0.1² + 0.05² + 0.15²) = 0.0175. */
    @Test
    void halfSquaredErrorIsHalfTheSquaredDistancePerExample() {
        double[] costs = HalfSquaredError.INSTANCE.exampleCosts(OUTPUTS, OUTPUTS, TARGETS, Identity.INSTANCE);
        assertArrayEquals(new double[] {0.07, 0.0175}, costs, 1e-16);
        Matrix gradient = HalfSquaredError.INSTANCE.gradient(OUTPUTS, OUTPUTS, TARGETS, Identity.INSTANCE);
        assertEquals(0, Matrix.ofColumns(new double[][] {{0.2, -0.3, 0.1}, {0.1, 0.05, -0.15}})
                .maxAbsDifference(gradient), 1e-16);
        assertTrue(HalfSquaredError.INSTANCE.outputDelta(OUTPUTS, TARGETS, Identity.INSTANCE).isEmpty());
    }

    /** Softmax mode: −ln 0.7 for a one-hot target; −(0.5 ln 0.6 + 0.25 ln 0.3 + 0.25 ln 0.1) for a distribution. */
    @Test
    void crossEntropyAfterSoftmaxIsMinusTheTargetWeightedLogProbability() {
        double[] costs = costs(CrossEntropy.INSTANCE, softmaxLogits(OUTPUTS), TARGETS, Softmax.INSTANCE);
        assertEquals(0.35667494393873245, costs[0], 1e-15);
        assertEquals(1.132052286212991, costs[1], 1e-15);
    }

    /** Per unit: −[y ln a + (1 − y) ln(1 − a)] = −ln 0.8 − ln 0.7 − ln 0.9 for the first example. */
    @Test
    void crossEntropyAfterSigmoidSumsTheBinaryCostOfEveryUnit() {
        double[] costs = costs(CrossEntropy.INSTANCE, sigmoidLogits(OUTPUTS), TARGETS, Sigmoid.INSTANCE);
        assertEquals(0.6851790109107685, costs[0], 1e-15);
    }

    @Test
    void everyGradientMatchesFiniteDifferencesOfTheCostInA() {
        double h = 1e-5;
        Loss loss = HalfSquaredError.INSTANCE;
        Matrix gradient = loss.gradient(OUTPUTS, OUTPUTS, TARGETS, Identity.INSTANCE);
        for (int r = 0; r < OUTPUTS.rows(); r++) {
            for (int k = 0; k < OUTPUTS.columns(); k++) {
                Matrix up = OUTPUTS.with(r, k, OUTPUTS.get(r, k) + h);
                Matrix down = OUTPUTS.with(r, k, OUTPUTS.get(r, k) - h);
                double slope = (loss.exampleCosts(up, up, TARGETS, Identity.INSTANCE)[k]
                        - loss.exampleCosts(down, down, TARGETS, Identity.INSTANCE)[k]) / (2 * h);
                assertEquals(slope, gradient.get(r, k), 1e-7);
            }
        }
    }

    /** δ^L = ∂C/∂z, checked by central differences of the cost in z for both outputs of cross-entropy. */
    @Test
    void crossEntropyDeltaMatchesFiniteDifferencesOfTheCostInZ() {
        double h = 1e-5;
        for (Activation output : new Activation[] {Softmax.INSTANCE, Sigmoid.INSTANCE}) {
            Matrix z = output instanceof Softmax ? softmaxLogits(OUTPUTS) : sigmoidLogits(OUTPUTS);
            Matrix delta = CrossEntropy.INSTANCE.outputDelta(output.apply(z), TARGETS, output).orElseThrow();
            for (int r = 0; r < z.rows(); r++) {
                for (int k = 0; k < z.columns(); k++) {
                    double up = costs(CrossEntropy.INSTANCE, z.with(r, k, z.get(r, k) + h), TARGETS, output)[k];
                    double down = costs(CrossEntropy.INSTANCE, z.with(r, k, z.get(r, k) - h), TARGETS, output)[k];
                    assertEquals((up - down) / (2 * h), delta.get(r, k), 1e-8, "after " + output);
                }
            }
        }
    }

    /** Where ∇_a C is finite, the chain (∂a/∂z)ᵀ ∇_a C gives the closed form δ^L, from z = −700 to 700. */
    @Test
    void theChainThroughTheOutputGradientAgreesWithTheClosedFormWhereItIsFinite() {
        int checked = 0;
        for (double z = -700; z <= 700; z += 17.5) {
            for (double y : new double[] {0, 0.3, 1}) {
                Matrix logits = Matrix.column(z, -z / 2, 0);
                Matrix targets = Matrix.column(y, 1 - y, 0);
                for (Activation output : new Activation[] {Softmax.INSTANCE, Sigmoid.INSTANCE}) {
                    Matrix a = output.apply(logits);
                    Matrix gradient = CrossEntropy.INSTANCE.gradient(logits, a, targets, output);
                    if (!gradient.isFinite()) {
                        continue;
                    }
                    checked++;
                    Matrix chain = output.vjp(logits, gradient);
                    Matrix closed = CrossEntropy.INSTANCE.outputDelta(a, targets, output).orElseThrow();
                    assertEquals(0, closed.maxAbsDifference(chain), 1e-12, output + " at z = " + z + ", y = " + y);
                }
            }
        }
        assertTrue(checked > 400, "checked " + checked + " of 486");
    }

    /**
     * Softmax logits (40, 0, 0), target the third class: C = ln(e^40 + 2) = 40 + ln(1 + 2e^−40) and
     * δ = s − y = (1, e^−40, e^−40 − 1) / (1 + 2e^−40): 40 and (1, 4.25e−18, −1) in doubles, where a
     * clamp of a to 1e−15 gave 34.54 and δ_3 = −0.0042 (the old figures in issue 23).
     */
    @Test
    void aSaturatedSoftmaxCostsItsLogitGapAndItsDeltaStaysOne() {
        Matrix z = Matrix.column(40.0, 0.0, 0.0);
        Matrix y = Matrix.column(0.0, 0.0, 1.0);
        assertEquals(40, costs(CrossEntropy.INSTANCE, z, y, Softmax.INSTANCE)[0], 0);
        Matrix delta = CrossEntropy.INSTANCE.outputDelta(Softmax.INSTANCE.apply(z), y, Softmax.INSTANCE).orElseThrow();
        assertEquals(1, delta.get(0, 0), 1e-16);
        assertEquals(Math.exp(-40), delta.get(1, 0), 1e-30);
        assertEquals(-1, delta.get(2, 0), 1e-16);
    }

    /** Logits ±1e4, ±1e300: C = the gap between the largest logit and the target's, δ = (1, −1, 0) exactly. */
    @Test
    void softmaxAtHugeLogitsHasAFiniteExactCostAndDelta() {
        for (double big : new double[] {1e4, 1e150, 1e300}) {
            Matrix z = Matrix.column(big, -big, 0);
            Matrix y = Matrix.column(0.0, 1.0, 0.0);
            assertEquals(2 * big, costs(CrossEntropy.INSTANCE, z, y, Softmax.INSTANCE)[0], 0, "z = ±" + big);
            Matrix delta = CrossEntropy.INSTANCE.outputDelta(Softmax.INSTANCE.apply(z), y, Softmax.INSTANCE).orElseThrow();
            assertEquals(0, Matrix.column(1.0, -1.0, 0.0).maxAbsDifference(delta), 0, "z = ±" + big);
        }
    }

    /**
     * Sigmoid with target 0 costs ln(1 + e^z) (oracle: Math.log(1 + Math.exp(z)), good to a few ulps
     * up to z = 700) and has δ = σ(z); the clamp went wrong from z ≈ 25 and stuck at 34.54 from 35.
     */
    @Test
    void aSaturatedSigmoidCostsLnOnePlusEToTheZ() {
        for (double z = 20; z <= 700; z += 5) {
            double cost = costs(CrossEntropy.INSTANCE, Matrix.column(z), Matrix.column(0.0), Sigmoid.INSTANCE)[0];
            assertEquals(Math.log(1 + Math.exp(z)), cost, 4 * Math.ulp(cost), "z = " + z);
            Matrix delta = CrossEntropy.INSTANCE.outputDelta(Matrix.column(1 / (1 + Math.exp(-z))), Matrix.column(0.0),
                    Sigmoid.INSTANCE).orElseThrow();
            assertEquals(1, delta.get(0, 0), 1e-8, "z = " + z);
        }
    }

    /** At |z| = 1e300 the exact cost is |z| for the wrong target and e^{−|z|} = 0 for the right one; δ = ±1 or 0. */
    @Test
    void sigmoidAtHugeLogitsHasAFiniteExactCostAndDelta() {
        for (double big : new double[] {1e4, 1e150, 1e300}) {
            Matrix z = Matrix.column(big, -big, big, -big);
            Matrix y = Matrix.column(0.0, 1.0, 1.0, 0.0);
            assertEquals(2 * big, costs(CrossEntropy.INSTANCE, z, y, Sigmoid.INSTANCE)[0], 0, "z = ±" + big);
            Matrix delta = CrossEntropy.INSTANCE.outputDelta(Sigmoid.INSTANCE.apply(z), y, Sigmoid.INSTANCE).orElseThrow();
            assertEquals(0, Matrix.column(1.0, -1.0, 0.0, 0.0).maxAbsDifference(delta), 0, "z = ±" + big);
        }
    }

    @Test
    void crossEntropyOfAPerfectSaturatedOutputIsZero() {
        Matrix z = Matrix.column(-800.0, 800.0);
        Matrix y = Matrix.column(0.0, 1.0);
        assertEquals(0, costs(CrossEntropy.INSTANCE, z, y, Sigmoid.INSTANCE)[0], 0);
        assertEquals(0, costs(CrossEntropy.INSTANCE, Matrix.column(-800.0, 800.0), Matrix.column(0.0, 1.0), Softmax.INSTANCE)[0], 0);
    }

    @Test
    void lossesAreFoundByFileName() {
        assertSame(HalfSquaredError.INSTANCE, Loss.named("half_squared_error"));
        assertSame(CrossEntropy.INSTANCE, Loss.named("Cross_Entropy"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Loss.named("hinge"));
        assertEquals("unknown loss 'hinge'; expected one of half_squared_error, cross_entropy", error.getMessage());
    }
}
