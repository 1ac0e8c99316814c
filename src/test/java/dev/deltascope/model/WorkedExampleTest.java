package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.derivation.TestNetworks;
import org.junit.jupiter.api.Test;

/**
 * The classic step-by-step 2-2-2 example (sigmoid, ½‖a − y‖², η = 0.5, inputs 0.05 and 0.10,
 * targets 0.01 and 0.99). The expected figures were worked by hand and published with it.
 */
class WorkedExampleTest {

    static Network classic() {
        return TestNetworks.classic();
    }

    @Test
    void forwardPassMatchesThePublishedActivationsAndError() {
        ForwardPass forward = ForwardPass.of(classic());
        assertEquals(0.3775, forward.z(1).get(0, 0), 1e-12);
        assertEquals(0.593269992, forward.a(1).get(0, 0), 1e-9);
        assertEquals(0.596884378, forward.a(1).get(1, 0), 1e-9);
        assertEquals(0.75136507, forward.a(2).get(0, 0), 1e-8);
        assertEquals(0.772928465, forward.a(2).get(1, 0), 1e-9);
        assertEquals(0.298371109, forward.cost(), 1e-9);
    }

    @Test
    void everyMethodGivesThePublishedOutputWeightGradient() {
        ForwardPass forward = ForwardPass.of(classic());
        for (GradientMethod method : GradientMethod.all()) {
            assertEquals(0.082167041, method.backward(forward).weightGradient(2).get(0, 0), 1e-9, method.name());
        }
    }

    @Test
    void oneStepGivesThePublishedUpdatedWeights() {
        Network updated = GradientDescent.step(classic());
        Matrix w2 = updated.layer(2).weights();
        assertEquals(0.35891648, w2.get(0, 0), 1e-8);
        assertEquals(0.408666186, w2.get(0, 1), 1e-9);
        assertEquals(0.511301270, w2.get(1, 0), 1e-9);
        assertEquals(0.561370121, w2.get(1, 1), 1e-9);
        Matrix w1 = updated.layer(1).weights();
        assertEquals(0.149780716, w1.get(0, 0), 1e-9);
        assertEquals(0.19956143, w1.get(0, 1), 1e-8);
        assertEquals(0.24975114, w1.get(1, 0), 1e-8);
        assertEquals(0.29950229, w1.get(1, 1), 1e-8);
    }

    @Test
    void finiteDifferencesAgreeWithBackprop() {
        Trace trace = Trace.of(classic());
        assertEquals(12, trace.check().parameters().size());
        assertEquals(0, trace.check().maxRelativeError(), 1e-8);
        assertEquals(0, trace.maxViewDisagreement(), 1e-15);
    }
}
