package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.deltascope.model.Activation;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeededWeightsTest {

    private static String withoutWeights(String seedField) {
        return """
                {"format": "deltascope-network", "version": 1,
                 "layers": [{"size": 3}, {"size": 4, "activation": "tanh"}, {"size": 2, "activation": "relu"}],
                 "loss": "half_squared_error", "input": [1, 2, 3], "target": [0, 1]%s}
                """.formatted(seedField);
    }

    @Test
    void omittedWeightsAreTheSameForTheSameSeed() {
        Network first = NetworkFile.parse(withoutWeights(", \"seed\": 11"), "a.json");
        Network second = NetworkFile.parse(withoutWeights(", \"seed\": 11"), "b.json");
        assertEquals(first.layers(), second.layers());
    }

    @Test
    void omittedWeightsDifferForAnotherSeed() {
        Network first = NetworkFile.parse(withoutWeights(", \"seed\": 11"), "a.json");
        Network second = NetworkFile.parse(withoutWeights(", \"seed\": 12"), "b.json");
        assertNotEquals(first.layer(1).weights(), second.layer(1).weights());
        assertNotEquals(first.layer(2).biases(), second.layer(2).biases());
    }

    @Test
    void omittedWeightsAreDrawnByTheDocumentedInitialisationScheme() {
        Network network = NetworkFile.parse(withoutWeights(", \"seed\": 11"), "a.json");
        assertEquals(Initialisation.layers(3, List.of(4, 2),
                List.of(Activation.named("tanh"), Activation.named("relu")), 11), network.layers());
    }

    @Test
    void aMissingSeedMeansSeedZero() {
        Network unseeded = NetworkFile.parse(withoutWeights(""), "a.json");
        Network zero = NetworkFile.parse(withoutWeights(", \"seed\": 0"), "b.json");
        assertEquals(0, unseeded.seed());
        assertEquals(zero.layers(), unseeded.layers());
    }
}
