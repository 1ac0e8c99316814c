package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.RandomNetworks.NetworkShape;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The costs finite differences read, from one forward pass and a moved row of z^l, against the
 * cost of a whole forward pass of the network rebuilt with the moved weight or bias, on seeded
 * random networks (every activation, both losses, mini-batches).
 */
class MovedParameterCostTest {

    /** Relative to the cost: z^l's row moved by offset · a rather than recomputed rounds differently. */
    private static final double TOLERANCE = 1e-13;
    private static final double[] OFFSETS = {2e-3, 1e-3, -1e-3, -2e-3, 0.5, -3};

    @TestFactory
    Stream<DynamicTest> everyMovedParameterCostsWhatAWholeForwardPassOfTheMovedNetworkCosts() {
        return RandomNetworks.shapes(20261202L).limit(200)
                .map(shape -> DynamicTest.dynamicTest(shape.toString(), () -> agrees(shape)));
    }

    @Test
    void aMovedWeightChangesTheCostAndAZeroOffsetDoesNot() {
        Network network = dev.deltascope.file.Presets.defaultNetwork();
        ForwardPass pass = ForwardPass.of(network);
        MovedParameterCost cost = new MovedParameterCost(pass);
        assertEquals(pass.cost(), cost.weight(2, 1, 3, 0), 0);
        assertEquals(pass.cost(), cost.bias(3, 0, 0), 0);
        assertTrue(Math.abs(cost.weight(2, 1, 3, 0.5) - pass.cost()) > 1e-6);
        assertTrue(Math.abs(cost.bias(1, 0, 0.5) - pass.cost()) > 1e-6);
    }

    private static void agrees(NetworkShape shape) {
        Network network = shape.build();
        MovedParameterCost cost = new MovedParameterCost(ForwardPass.of(network));
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            for (int r = 0; r < layer.size(); r++) {
                for (double offset : OFFSETS) {
                    for (int c = 0; c < layer.inputSize(); c++) {
                        Matrix weights = layer.weights().with(r, c, layer.weights().get(r, c) + offset);
                        double whole = ForwardPass.of(network.withLayer(l, layer.withWeights(weights))).cost();
                        assertClose(whole, cost.weight(l, r, c, offset), "W^" + l + "[" + r + "][" + c + "] + " + offset);
                    }
                    Matrix biases = layer.biases().with(r, 0, layer.biases().get(r, 0) + offset);
                    double whole = ForwardPass.of(network.withLayer(l, layer.withBiases(biases))).cost();
                    assertClose(whole, cost.bias(l, r, offset), "b^" + l + "[" + r + "] + " + offset);
                }
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(1, Math.abs(expected));
        assertEquals(expected, actual, TOLERANCE * scale, what);
    }
}
