package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

    /** −ln(1e-15): the cost of one unit whose output is clamped to 1e-15. */
    private static final double CLAMPED_UNIT_COST = 34.538776394910684;

    private static final Matrix OUTPUTS = Matrix.ofColumns(new double[][] {{0.2, 0.7, 0.1}, {0.6, 0.3, 0.1}});
    private static final Matrix TARGETS = Matrix.ofColumns(new double[][] {{0, 1, 0}, {0.5, 0.25, 0.25}});

    /** Example 1: ½(0.2² + 0.3² + 0.1²) = 0.07; example 2: ½(0.1² + 0.05² + 0.15²) = 0.0175. */
    @Test
    void halfSquaredErrorIsHalfTheSquaredDistancePerExample() {
        double[] costs = HalfSquaredError.INSTANCE.exampleCosts(OUTPUTS, TARGETS, Identity.INSTANCE);
        assertArrayEquals(new double[] {0.07, 0.0175}, costs, 1e-16);
        Matrix gradient = HalfSquaredError.INSTANCE.gradient(OUTPUTS, TARGETS, Identity.INSTANCE);
        assertEquals(0, Matrix.ofColumns(new double[][] {{0.2, -0.3, 0.1}, {0.1, 0.05, -0.15}})
                .maxAbsDifference(gradient), 1e-16);
    }

    /** Softmax mode: −ln 0.7 for a one-hot target; −(0.5 ln 0.6 + 0.25 ln 0.3 + 0.25 ln 0.1) for a distribution. */
    @Test
    void crossEntropyAfterSoftmaxIsMinusTheTargetWeightedLogProbability() {
        double[] costs = CrossEntropy.INSTANCE.exampleCosts(OUTPUTS, TARGETS, Softmax.INSTANCE);
        assertEquals(0.35667494393873245, costs[0], 1e-15);
        assertEquals(1.132052286212991, costs[1], 1e-15);
    }

    /** Per unit: −[y ln a + (1 − y) ln(1 − a)] = −ln 0.8 − ln 0.7 − ln 0.9 for the first example. */
    @Test
    void crossEntropyAfterSigmoidSumsTheBinaryCostOfEveryUnit() {
        double[] costs = CrossEntropy.INSTANCE.exampleCosts(OUTPUTS, TARGETS, Sigmoid.INSTANCE);
        assertEquals(0.6851790109107685, costs[0], 1e-15);
    }

    @Test
    void everyGradientMatchesFiniteDifferencesOfTheCost() {
        Object[][] cases = {
            {HalfSquaredError.INSTANCE, Identity.INSTANCE},
            {CrossEntropy.INSTANCE, Softmax.INSTANCE},
            {CrossEntropy.INSTANCE, Sigmoid.INSTANCE},
        };
        double h = 1e-5;
        for (Object[] lossAndOutput : cases) {
            Loss loss = (Loss) lossAndOutput[0];
            Activation output = (Activation) lossAndOutput[1];
            Matrix gradient = loss.gradient(OUTPUTS, TARGETS, output);
            for (int r = 0; r < OUTPUTS.rows(); r++) {
                for (int k = 0; k < OUTPUTS.columns(); k++) {
                    double up = loss.exampleCosts(OUTPUTS.with(r, k, OUTPUTS.get(r, k) + h), TARGETS, output)[k];
                    double down = loss.exampleCosts(OUTPUTS.with(r, k, OUTPUTS.get(r, k) - h), TARGETS, output)[k];
                    assertEquals((up - down) / (2 * h), gradient.get(r, k), 1e-7, loss + " after " + output);
                }
            }
        }
    }

    /**
     * Outputs of exactly 0 or 1 are clamped to [1e-15, 1 − 1e-15], so a confidently wrong unit
     * costs −ln(1e-15) ≈ 34.54 (or −ln(1 − (1 − 1e-15)) ≈ 34.54 the other way, 1 − 1e-15 being
     * rounded to the nearest double) and its gradient is large but finite.
     */
    @Test
    void crossEntropyClampsSaturatedOutputsToAFiniteCostAndGradient() {
        Matrix outputs = Matrix.column(0.0, 1.0);
        Matrix wrong = Matrix.column(1.0, 0.0);
        double[] sigmoidCost = CrossEntropy.INSTANCE.exampleCosts(outputs, wrong, Sigmoid.INSTANCE);
        assertEquals(CLAMPED_UNIT_COST + 34.53957599234088, sigmoidCost[0], 1e-12);
        Matrix sigmoidGradient = CrossEntropy.INSTANCE.gradient(outputs, wrong, Sigmoid.INSTANCE);
        assertEquals(-1e15, sigmoidGradient.get(0, 0), 1);
        assertEquals(1 / (1 - (1 - CrossEntropy.EPSILON)), sigmoidGradient.get(1, 0));
        assertTrue(sigmoidGradient.isFinite());

        assertEquals(CLAMPED_UNIT_COST, CrossEntropy.INSTANCE.exampleCosts(outputs, wrong, Softmax.INSTANCE)[0], 1e-12);
        Matrix softmaxGradient = CrossEntropy.INSTANCE.gradient(outputs, wrong, Softmax.INSTANCE);
        assertEquals(-1e15, softmaxGradient.get(0, 0), 1);
        assertEquals(0, softmaxGradient.get(1, 0), 0.0);
    }

    @Test
    void crossEntropyOfAPerfectSaturatedOutputIsAlmostZero() {
        Matrix outputs = Matrix.column(0.0, 1.0);
        assertEquals(0, CrossEntropy.INSTANCE.exampleCosts(outputs, outputs, Sigmoid.INSTANCE)[0], 1e-14);
        assertEquals(0, CrossEntropy.INSTANCE.exampleCosts(outputs, outputs, Softmax.INSTANCE)[0], 1e-14);
        assertTrue(CrossEntropy.INSTANCE.gradient(outputs, outputs, Sigmoid.INSTANCE).isFinite());
    }

    @Test
    void lossesAreFoundByFileName() {
        assertSame(HalfSquaredError.INSTANCE, Loss.named("half_squared_error"));
        assertSame(CrossEntropy.INSTANCE, Loss.named("Cross_Entropy"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Loss.named("hinge"));
        assertEquals("unknown loss 'hinge'; expected one of half_squared_error, cross_entropy", error.getMessage());
    }
}
