package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each long computation of the model stops with a CancellationException when its thread is
 * interrupted, leaving the interrupt flag set, instead of running to the end: the forward pass,
 * each backward method (with an elementwise and a softmax output) and the finite-difference check.
 */
class InterruptionTest {

    @AfterEach
    void clearTheFlag() {
        Thread.interrupted();
    }

    /** 3-6-4 with the given output, cross-entropy, 5 examples drawn from seed 17, weights from the seed. */
    private static Network network(Activation output) {
        Random random = new Random(17);
        double[][] inputs = new double[5][3];
        double[][] targets = new double[5][4];
        for (int k = 0; k < 5; k++) {
            for (int i = 0; i < 3; i++) {
                inputs[k][i] = random.nextDouble() - 0.5;
            }
            targets[k][k % 4] = 1;
        }
        return new Network("interrupted", 3, Initialisation.layers(3, List.of(6, 4), List.of(Tanh.INSTANCE, output), 17),
                CrossEntropy.INSTANCE, Matrix.ofColumns(inputs), Matrix.ofColumns(targets), 0.1, 17);
    }

    private static void stopsWhenInterrupted(Supplier<?> computation) {
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, computation::get);
        assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set for the thread's owner");
        Thread.interrupted();
    }

    @Test
    void everyComputationStopsWhenItsThreadIsInterrupted() {
        for (Activation output : List.of(Sigmoid.INSTANCE, Softmax.INSTANCE)) {
            Network network = network(output);
            ForwardPass forward = ForwardPass.of(network);
            Gradients vjp = VectorJacobianProduct.INSTANCE.backward(forward);
            stopsWhenInterrupted(() -> ForwardPass.of(network));
            stopsWhenInterrupted(() -> VectorJacobianProduct.INSTANCE.backward(forward));
            stopsWhenInterrupted(() -> JacobianChain.INSTANCE.backward(forward));
            stopsWhenInterrupted(() -> ComponentWise.INSTANCE.backward(forward));
            stopsWhenInterrupted(() -> FiniteDifferences.check(network, vjp));
            stopsWhenInterrupted(() -> Trace.of(network));
        }
    }

    @Test
    void withoutAnInterruptTheSameComputationsFinish() {
        Network network = network(Softmax.INSTANCE);
        Trace trace = Trace.of(network);
        assertTrue(trace.maxViewDisagreement() < 1e-12);
        assertEquals(network.parameterCount(), trace.check().parameters().size());
    }
}
