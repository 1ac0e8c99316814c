package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.GradientCheck;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files at the edge of every limit the format sets are read and give a whole trace (the
 * three methods and a stated finite-difference sample) in bounded time; one step past each limit
 * is refused. The bounds are generous guards against a hang, not benchmarks.
 */
class LimitBoundaryTraceTest {

    private static String file(List<Integer> sizes, int examples) {
        return EdgeFile.json(sizes, examples);
    }

    private static List<Integer> sizes(int... sizes) {
        List<Integer> list = new ArrayList<>();
        for (int size : sizes) {
            list.add(size);
        }
        return list;
    }

    private static GradientCheck traced(String json, Duration bound) {
        Network network = NetworkFile.parse(json, "boundary.json");
        Trace trace = assertTimeoutPreemptively(bound, () -> Trace.of(network));
        assertTrue(trace.maxViewDisagreement() < 1e-12, "methods agree: " + trace.maxViewDisagreement());
        GradientCheck check = trace.check();
        assertTrue(check.maxRelativeError() < 1e-6, "finite differences: " + check.worst());
        assertEquals(network.parameterCount(), check.totalParameters());
        assertEquals(Math.min(network.batchSize(), 32), check.examples());
        return check;
    }

    @Test
    void theDeepestNetworkWithTheLargestBatchIsTracedAndOneMoreLayerIsRefused() {
        List<Integer> sizes = new ArrayList<>(java.util.Collections.nCopies(Limits.MAX_LAYERS + 1, 3));
        traced(file(sizes, Limits.MAX_EXAMPLES), Duration.ofSeconds(60));
        sizes.add(3);
        assertThrows(NetworkFileException.class, () -> NetworkFile.parse(file(sizes, 1), "deeper.json"));
        assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(file(sizes(3, 3), Limits.MAX_EXAMPLES + 1), "larger.json"));
    }

    @Test
    void theWidestLayerIsTracedAndOneWiderIsRefused() {
        traced(file(sizes(2, Limits.MAX_WIDTH, 2), 8), Duration.ofSeconds(60));
        assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(file(sizes(2, Limits.MAX_WIDTH + 1, 2), 1), "wider.json"));
    }

    /**
     * 95-1024-1 has 99,329 parameters, 96-1024-1 100,353, past the limit of 100,000. And
     * 1-(1024-1)×8 (24,584 parameters) with 96 examples makes the Jacobian chain build 768
     * Jacobians of 1024 × 1024.
     */
    @Test
    void theLargestParameterCountIsTracedAndOneMoreInputIsRefused() {
        GradientCheck check = traced(file(sizes(95, 1024, 1), 4), Duration.ofSeconds(60));
        assertEquals(99_329, check.totalParameters());
        assertTrue(check.parameters().size() <= 2000);
        assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(file(sizes(96, 1024, 1), 1), "more.json"));
        List<Integer> alternating = new ArrayList<>(List.of(1));
        for (int i = 0; i < 8; i++) {
            alternating.addAll(List.of(1024, 1));
        }
        traced(file(alternating, 96), Duration.ofSeconds(120));
    }

    /**
     * The 78 KB file of issue 23 (2-3-3-3-512-3-1, 4,095 examples), whose derive took 2 min 25 s
     * when the finite-difference check moved every example: now its check moves 32.
     */
    @Test
    void theSlowFileOfIssue23IsTracedWithinAGenerousBound() {
        GradientCheck check = traced(file(sizes(2, 3, 3, 3, 512, 3, 1), 4095), Duration.ofSeconds(120));
        assertEquals(4095, check.totalExamples());
    }

    /**
     * Σ n_l × m: 2-250-250-50 with 4,000 examples makes exactly 2,200,000 entries of each of z, a
     * and δ; 4,001 examples are refused, naming the rule and the largest batch these layers allow.
     */
    @Test
    void theLargestActivationCountIsTracedAndOneMoreExampleIsRefused() {
        assertEquals(Limits.MAX_ACTIVATIONS, Limits.activations(sizes(2, 250, 250, 50), 4000));
        traced(file(sizes(2, 250, 250, 50), 4000), Duration.ofSeconds(120));
        NetworkFileException refused = assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(file(sizes(2, 250, 250, 50), 4001), "more.json"));
        assertEquals("more.json: inputs: must hold at most 4000 examples with these layers (the entries of z, a and δ,"
                + " Σ n_l × m, may be at most 2200000), was 4001", refused.getMessage());
    }

    /**
     * Σ n_l² × m: 1-1024-1 with 1,023 examples makes 1,072,694,271 Jacobian entries, 2^30 less
     * 1,047,553; a 1,024th example (1,073,742,848) is refused.
     */
    @Test
    void theLargestJacobianCountIsTracedAndOneMoreExampleIsRefused() {
        assertEquals(1_072_694_271L, Limits.jacobianEntries(sizes(1, 1024, 1), 1023));
        traced(file(sizes(1, 1024, 1), 1023), Duration.ofSeconds(120));
        NetworkFileException refused = assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(file(sizes(1, 1024, 1), 1024), "more.json"));
        assertEquals("more.json: inputs: must hold at most 1023 examples with these layers (the entries of the"
                + " Jacobians, Σ n_l² × m, may be at most 1073741824), was 1024", refused.getMessage());
    }
}
