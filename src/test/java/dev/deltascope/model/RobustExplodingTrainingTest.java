package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two hundred gradient-descent steps at learning rate 100 never throw, and after every step the
 * trace names exactly the quantities that a plain scan of every number finds not finite.
 */
class RobustExplodingTrainingTest {

    private static final int STEPS = 200;

    /** Sigmoid outputs and targets lie in [0, 1], so ½‖a − y‖² over 2 outputs stays at most 1 however large W grows. */
    @Test
    void theDefaultNetworkAtLearningRate100KeepsABoundedCostAndAnHonestTrace() {
        Network network = Presets.DEFAULT.load().withLearningRate(100);
        for (int step = 1; step <= STEPS; step++) {
            network = GradientDescent.step(network);
            Trace trace = Trace.of(network);
            assertTrue(trace.forward().cost() <= 1, "step " + step + ": cost " + trace.forward().cost());
            assertHonest(trace, step);
        }
    }

    /** ReLU layers and an identity output are unbounded: at learning rate 100 the weights run off to ∞ and NaN. */
    @Test
    void theReluNetworkAtLearningRate100BlowsUpAndTheTraceSaysWhere() {
        Network network = Presets.RELU.load().withLearningRate(100);
        int firstNonFinite = 0;
        for (int step = 1; step <= STEPS; step++) {
            network = GradientDescent.step(network);
            Trace trace = Trace.of(network);
            assertHonest(trace, step);
            if (firstNonFinite == 0 && !trace.isFinite()) {
                firstNonFinite = step;
            }
        }
        assertTrue(firstNonFinite > 0, "training at learning rate 100 never blew up");
        assertTrue(scan(Trace.of(network)).contains("W^1"), "the weights end up not finite");
    }

    private static void assertHonest(Trace trace, int step) {
        List<String> scanned = scan(trace);
        assertEquals(scanned, trace.nonFiniteQuantities(), "step " + step);
        assertEquals(scanned.isEmpty(), trace.isFinite(), "step " + step);
    }

    /** Every number of the trace, entry by entry, in the order the trace documents. */
    private static List<String> scan(Trace trace) {
        Network network = trace.network();
        int depth = network.depth();
        List<String> names = new ArrayList<>();
        check(names, "a^0", network.inputs());
        check(names, "y", network.targets());
        for (int l = 1; l <= depth; l++) {
            check(names, "W^" + l, network.layer(l).weights());
            check(names, "b^" + l, network.layer(l).biases());
        }
        for (int l = 1; l <= depth; l++) {
            check(names, "z^" + l, trace.forward().z(l));
            check(names, "a^" + l, trace.forward().a(l));
        }
        if (!Double.isFinite(trace.forward().cost())) {
            names.add("cost");
        }
        List<Gradients> methods = List.of(trace.vjp(), trace.jacobian(), trace.componentWise());
        for (int l = depth; l >= 1; l--) {
            checkAll(names, "∂C/∂a^" + l, methods, l, (g, k) -> g.upstream(k));
            checkAll(names, "δ^" + l, methods, l, (g, k) -> g.delta(k));
        }
        for (int l = depth; l >= 1; l--) {
            checkAll(names, "∂C/∂W^" + l, methods, l, (g, k) -> g.weightGradient(k));
            checkAll(names, "∂C/∂b^" + l, methods, l, (g, k) -> g.biasGradient(k));
        }
        for (ParameterCheck parameter : trace.check().parameters()) {
            if (!Double.isFinite(parameter.numeric())) {
                names.add("finite differences");
                break;
            }
        }
        return names;
    }

    private interface Quantity {
        Matrix of(Gradients gradients, int l);
    }

    private static void checkAll(List<String> names, String name, List<Gradients> methods, int l, Quantity quantity) {
        int before = names.size();
        for (Gradients method : methods) {
            if (names.size() == before) {
                check(names, name, quantity.of(method, l));
            }
        }
    }

    private static void check(List<String> names, String name, Matrix matrix) {
        double[][] rows = matrix.toArray();
        for (double[] row : rows) {
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    names.add(name);
                    return;
                }
            }
        }
    }
}
