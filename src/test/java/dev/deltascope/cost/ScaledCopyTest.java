package dev.deltascope.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Tanh;
import dev.deltascope.model.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaledCopyTest {

    /** 3-4-5-2 with a batch of two examples: tanh, sigmoid, softmax, cross-entropy. */
    private static Network network() {
        return new Network("3-4-5-2", 3,
                Initialisation.layers(3, List.of(4, 5, 2), List.of(Tanh.INSTANCE, Sigmoid.INSTANCE, Softmax.INSTANCE), 5),
                CrossEntropy.INSTANCE, Matrix.ofColumns(new double[][] {{0.1, 0.2, 0.3}, {-0.5, 0.4, 0.0}}),
                Matrix.ofColumns(new double[][] {{1, 0}, {0, 1}}), 0.5, 5);
    }

    @Test
    void aWidenedHiddenLayerHasTheRequestedWidthAndTheNextWeightsFollow() {
        Network original = network();

        Network scaled = ScaledCopy.of(original, 2, 300);

        assertEquals(300, scaled.size(2));
        assertEquals(300, scaled.layer(2).weights().rows());
        assertEquals(4, scaled.layer(2).weights().columns());
        assertEquals(300, scaled.layer(3).weights().columns());
        assertEquals(Sigmoid.INSTANCE, scaled.layer(2).activation());
        assertEquals(original.layer(1), scaled.layer(1));
        assertEquals(original.layer(3).biases(), scaled.layer(3).biases());
        assertEquals(original.inputs(), scaled.inputs());
        assertEquals(original.targets(), scaled.targets());
        assertTrue(Trace.of(scaled).isFinite());
    }

    @Test
    void theSameRequestGivesTheSameCopy() {
        assertEquals(ScaledCopy.of(network(), 1, 64), ScaledCopy.of(network(), 1, 64));
    }

    @Test
    void aWidenedSoftmaxOutputGetsUniformTargetsOfItsWidth() {
        Network scaled = ScaledCopy.of(network(), 3, 8);

        assertEquals(8, scaled.targets().rows());
        assertEquals(2, scaled.targets().columns());
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < 8; i++) {
                assertEquals(0.125, scaled.targets().get(i, k), 1e-15);
            }
        }
    }

    @Test
    void aWidenedElementwiseOutputRepeatsTheOldTargetRows() {
        Network original = network().withLayers(
                Initialisation.layers(3, List.of(4, 5, 2), List.of(Tanh.INSTANCE, Sigmoid.INSTANCE, Sigmoid.INSTANCE), 5))
                .withLoss(HalfSquaredError.INSTANCE);

        Network scaled = ScaledCopy.of(original, 3, 5);

        assertEquals(Matrix.ofColumns(new double[][] {{1, 0, 1, 0, 1}, {0, 1, 0, 1, 0}}), scaled.targets());
    }

    @Test
    void theFirstExampleAloneIsOneColumn() {
        Network first = ScaledCopy.firstExample(network());

        assertEquals(1, first.batchSize());
        assertEquals(Matrix.column(0.1, 0.2, 0.3), first.inputs());
        assertEquals(Matrix.column(1, 0), first.targets());
    }

    @Test
    void badLayersAndWidthsAreRefusedByName() {
        assertEquals("layer: must be 1..3, was 0",
                assertThrows(IllegalArgumentException.class, () -> ScaledCopy.of(network(), 0, 4)).getMessage());
        assertEquals("width: must be 1..1024, was 2048",
                assertThrows(IllegalArgumentException.class, () -> ScaledCopy.of(network(), 1, 2048)).getMessage());
    }
}
