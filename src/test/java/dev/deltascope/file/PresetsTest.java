package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Tanh;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void thereAreSixPresetsWithDistinctIdsAndTheDefaultComesFirst() {
        List<Preset> all = Presets.all();
        assertEquals(6, all.size());
        assertEquals(6, new HashSet<>(all.stream().map(Preset::id).toList()).size());
        assertEquals(Presets.DEFAULT, all.get(0));
        assertEquals(Presets.DEFAULT.load(), Presets.defaultNetwork());
        assertEquals(Presets.RELU, Presets.byId("relu"));
    }

    @Test
    void everyPresetLoadsAndItsTitleIsItsDisplayName() {
        for (Preset preset : Presets.all()) {
            Network network = preset.load();
            assertEquals(preset.displayName(), network.title(), preset.id());
            assertTrue(Trace.of(network).isFinite(), preset.id());
        }
    }

    @Test
    void theDefaultIsA3442SigmoidNetworkWithTwoDecimalWeights() {
        Network network = Presets.DEFAULT.load();
        assertShape(network, List.of(3, 4, 4, 2), 1);
        network.layers().forEach(layer -> assertEquals(Sigmoid.INSTANCE, layer.activation()));
        assertEquals(HalfSquaredError.INSTANCE, network.loss());
        for (int l = 1; l <= network.depth(); l++) {
            assertTwoDecimals(network.layer(l).weights());
            assertTwoDecimals(network.layer(l).biases());
        }
    }

    @Test
    void theClassicPresetHoldsTheHandWorkedNumbers() {
        Network network = Presets.CLASSIC.load();
        assertShape(network, List.of(2, 2, 2), 1);
        assertEquals(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), network.layer(1).weights());
        assertEquals(Matrix.column(0.35, 0.35), network.layer(1).biases());
        assertEquals(Matrix.of(new double[][] {{0.40, 0.45}, {0.50, 0.55}}), network.layer(2).weights());
        assertEquals(Matrix.column(0.60, 0.60), network.layer(2).biases());
        assertEquals(Matrix.column(0.05, 0.10), network.inputs());
        assertEquals(Matrix.column(0.01, 0.99), network.targets());
        assertEquals(0.5, network.learningRate());
        assertEquals(0.298371109, ForwardPass.of(network).cost(), 1e-9);
    }

    @Test
    void theSoftmaxPresetIsA233TanhSoftmaxCrossEntropyClassifierWithAOneHotTarget() {
        Network network = Presets.SOFTMAX.load();
        assertShape(network, List.of(2, 3, 3), 1);
        assertEquals(Tanh.INSTANCE, network.layer(1).activation());
        assertEquals(Softmax.INSTANCE, network.layer(2).activation());
        assertEquals(CrossEntropy.INSTANCE, network.loss());
        assertEquals(Matrix.column(0, 1, 0), network.targets());
    }

    @Test
    void theDeepSigmoidPresetLosesOrdersOfMagnitudeOfGradientTowardsTheInput() {
        Network network = Presets.DEEP_SIGMOID.load();
        assertShape(network, List.of(2, 3, 3, 3, 3, 3, 1), 1);
        network.layers().forEach(layer -> assertEquals(Sigmoid.INSTANCE, layer.activation()));
        Trace trace = Trace.of(network);
        double output = trace.gradients().delta(6).maxAbs();
        double first = trace.gradients().delta(1).maxAbs();
        assertTrue(first < output / 1000, "|δ^1| = " + first + ", |δ^6| = " + output);
    }

    @Test
    void theReluPresetHasADeadUnitWhoseDeltaIsZero() {
        Network network = Presets.RELU.load();
        assertShape(network, List.of(3, 4, 3, 1), 1);
        assertEquals(Relu.INSTANCE, network.layer(1).activation());
        assertEquals(Relu.INSTANCE, network.layer(2).activation());
        assertEquals(Identity.INSTANCE, network.layer(3).activation());
        Trace trace = Trace.of(network);
        assertEquals(-0.15, trace.forward().z(1).get(1, 0), 1e-12);
        assertEquals(0.0, trace.gradients().delta(1).get(1, 0));
        assertTrue(Math.abs(trace.gradients().delta(1).get(0, 0)) > 0.1);
    }

    @Test
    void theMiniBatchPresetHoldsTheFourXorExamples() {
        Network network = Presets.MINI_BATCH.load();
        assertShape(network, List.of(2, 3, 1), 4);
        assertEquals(CrossEntropy.INSTANCE, network.loss());
        assertEquals(Matrix.of(new double[][] {{0, 0, 1, 1}, {0, 1, 0, 1}}), network.inputs());
        assertEquals(Matrix.of(new double[][] {{0, 1, 1, 0}}), network.targets());
    }

    @Test
    void everyPresetLearnsItsTargetsWithItsOwnLearningRate() {
        for (Preset preset : Presets.all()) {
            Network network = preset.load();
            double before = ForwardPass.of(network).cost();
            for (int step = 0; step < 2000; step++) {
                network = GradientDescent.step(network);
            }
            double after = ForwardPass.of(network).cost();
            assertTrue(after < before / 10, preset.id() + ": cost " + before + " -> " + after);
        }
    }

    private static void assertShape(Network network, List<Integer> sizes, int batchSize) {
        List<Integer> actual = new ArrayList<>();
        for (int l = 0; l <= network.depth(); l++) {
            actual.add(network.size(l));
        }
        assertEquals(sizes, actual);
        assertEquals(batchSize, network.batchSize());
    }

    private static void assertTwoDecimals(Matrix matrix) {
        for (double[] row : matrix.toArray()) {
            for (double value : row) {
                assertEquals(Math.round(value * 100) / 100.0, value, 0.0, "not a two-decimal value: " + value);
            }
        }
    }
}
