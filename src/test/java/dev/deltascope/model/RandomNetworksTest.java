package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.RandomNetworks.NetworkShape;
import dev.deltascope.model.RandomNetworks.OutputChoice;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator behind the property tests reaches every case it claims to and draws valid targets. */
class RandomNetworksTest {

    private static final List<NetworkShape> FIRST_THOUSAND =
            RandomNetworks.shapes(20240611L).limit(1000).collect(Collectors.toList());

    @Test
    void theFirstThousandCasesReachEveryDepthWidthBatchSizeAndActivationPlace() {
        Set<Integer> depths = new HashSet<>();
        Set<Integer> widths = new HashSet<>();
        Set<Integer> batchSizes = new HashSet<>();
        Set<String> hidden = new HashSet<>();
        Set<OutputChoice> outputs = new HashSet<>();
        for (NetworkShape shape : FIRST_THOUSAND) {
            depths.add(shape.activations().size());
            widths.addAll(shape.widths());
            batchSizes.add(shape.batchSize());
            shape.activations().subList(0, shape.activations().size() - 1).forEach(a -> hidden.add(a.name()));
            outputs.add(new OutputChoice(shape.outputActivation(), shape.loss()));
        }
        assertEquals(Set.of(1, 2, 3, 4), depths);
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), widths);
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), batchSizes);
        assertEquals(Set.of("sigmoid", "tanh", "relu", "identity", "softmax"), hidden);
        assertEquals(7, outputs.size(), "five outputs with ½‖a − y‖², sigmoid and softmax with cross-entropy");
    }

    @Test
    void crossEntropyOnlySitsOnSigmoidOrSoftmaxWithValidProbabilityTargets() {
        for (NetworkShape shape : FIRST_THOUSAND) {
            if (!(shape.loss() instanceof CrossEntropy)) {
                continue;
            }
            Activation output = shape.outputActivation();
            assertTrue(output instanceof Sigmoid || output instanceof Softmax, shape::toString);
            Matrix targets = shape.build().targets();
            for (int k = 0; k < targets.columns(); k++) {
                double sum = 0;
                for (double y : targets.column(k)) {
                    assertTrue(y >= 0 && y <= 1, shape::toString);
                    sum += y;
                }
                if (output instanceof Softmax) {
                    assertEquals(1, sum, 1e-12, shape::toString);
                }
            }
        }
    }

    @Test
    void theSameSeedBuildsTheSameNetworkAndAnotherSeedADifferentOne() {
        NetworkShape shape = FIRST_THOUSAND.get(0);
        assertEquals(shape.build(), shape.build());
        NetworkShape other = new NetworkShape(shape.widths(), shape.activations(), shape.loss(), shape.batchSize(),
                shape.seed() + 1);
        assertNotEquals(shape.build().layers(), other.build().layers());
    }
}
