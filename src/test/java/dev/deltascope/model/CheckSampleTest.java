package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The finite-difference check of a large batch moves a stated sample and still catches a wrong gradient. */
class CheckSampleTest {

    /** 2-8-3 sigmoid, half squared error, m examples drawn from seed 11, weights from the seed. */
    private static Network batch(int m) {
        Random random = new Random(11);
        double[][] inputs = new double[m][2];
        double[][] targets = new double[m][3];
        for (int k = 0; k < m; k++) {
            inputs[k] = new double[] {random.nextDouble(), random.nextDouble()};
            targets[k] = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()};
        }
        List<DenseLayer> layers = new ArrayList<>(Initialisation.layers(2, List.of(8, 3),
                List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE), 11));
        return new Network("batch", 2, layers, HalfSquaredError.INSTANCE, Matrix.ofColumns(inputs),
                Matrix.ofColumns(targets), 0.1, 11);
    }

    @Test
    void aLargeBatchIsCheckedOnThirtyTwoEvenlySpacedExamplesAndSaysSo() {
        Network network = batch(4096);
        assertArrayEquals(new int[] {0, 128, 256}, java.util.Arrays.copyOf(CheckSample.of(network).examples(), 3));
        GradientCheck check = Trace.of(network).check();
        assertEquals(32, check.examples());
        assertEquals(4096, check.totalExamples());
        assertTrue(!check.isComplete());
        assertTrue(check.maxRelativeError() < 1e-7, "" + check.worst());
    }

    @Test
    void aSmallBatchIsCheckedWhole() {
        GradientCheck check = Trace.of(batch(20)).check();
        assertEquals(20, check.examples());
        assertTrue(check.isComplete());
    }

    /** A per-example δ that is wrong for one sampled example only is still caught. */
    @Test
    void aWrongDeltaOfOneSampledExampleIsCaught() {
        Network network = batch(4096);
        ForwardPass forward = ForwardPass.of(network);
        Gradients right = VectorJacobianProduct.INSTANCE.backward(forward);
        List<Matrix> deltas = new ArrayList<>(right.deltas());
        deltas.set(1, deltas.get(1).with(0, 128, deltas.get(1).get(0, 128) * 1.5));
        Gradients wrong = Gradients.fromDeltas(forward, deltas, right.upstreams());
        assertTrue(FiniteDifferences.check(network, wrong).maxRelativeError() > 1e-3);
    }

    /** The widest networks the limits allow are checked within the budget of multiply-adds. */
    @Test
    void theStrideKeepsTheWorkWithinTheBudget() {
        List<Integer> sizes = new ArrayList<>();
        for (int l = 0; l < 8; l++) {
            sizes.add(1024);
            sizes.add(1);
        }
        CheckSample sample = CheckSample.of(new Network("wide", 1, Initialisation.layers(1, sizes,
                java.util.Collections.nCopies(16, Sigmoid.INSTANCE), 5), HalfSquaredError.INSTANCE,
                Matrix.zeros(1, 4096), Matrix.zeros(1, 4096), 0.1, 5));
        assertEquals(32, sample.examples().length);
        assertTrue(sample.stride() > 12, "stride " + sample.stride());
    }
}
