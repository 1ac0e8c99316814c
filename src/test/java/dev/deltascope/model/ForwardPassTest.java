package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForwardPassTest {

    @Test
    void changingTheExampleCostsHandedOutDoesNotChangeThePass() {
        ForwardPass forward = ForwardPass.of(ReluWorkedExampleTest.network());
        forward.exampleCosts()[0] = 99;
        assertArrayEquals(new double[] {1.125, 0.5}, forward.exampleCosts());
    }

    @Test
    void theInputIsLayerZeroAndLayersOutsideOneToLAreRejected() {
        Network network = ReluWorkedExampleTest.network();
        ForwardPass forward = ForwardPass.of(network);
        assertEquals(network.inputs(), forward.a(0));
        assertEquals(2, forward.depth());
        IndexOutOfBoundsException error = assertThrows(IndexOutOfBoundsException.class, () -> forward.z(0));
        assertEquals("layer 0 is not in 1..2", error.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> forward.a(3));
    }

    /** Column k of the Jacobian query is example k: for the ReLU example, diag(0, 1) then diag(1, 1). */
    @Test
    void jacobiansAreTakenPerExample() {
        ForwardPass forward = ForwardPass.of(ReluWorkedExampleTest.network());
        assertEquals(Matrix.of(new double[][] {{0, 0}, {0, 1}}), forward.jacobian(1, 0));
        assertEquals(Matrix.of(new double[][] {{1, 0}, {0, 1}}), forward.jacobian(1, 1));
    }
}
