package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void writingThenReadingGivesEveryDoubleBackBitForBit() {
        Random random = new Random(20240501);
        for (int trial = 0; trial < 300; trial++) {
            Network network = RandomNetworks.network(random, 1 + random.nextInt(6));
            Network back = NetworkFile.parse(NetworkFile.toJson(network), "round-trip.json");
            assertSameBits(network, back);
        }
    }

    @Test
    void negativeZeroSubnormalsAndExtremesSurviveAFile() throws IOException {
        double[] values = {-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Math.nextDown(Double.MIN_NORMAL),
            Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1 + 0.2, 1e-310};
        Network network = Presets.CLASSIC.load();
        Matrix w = Matrix.of(new double[][] {{values[0], values[1]}, {values[2], values[3]}});
        Matrix w2 = Matrix.of(new double[][] {{values[4], values[5]}, {values[6], values[7]}});
        network = network.withLayer(1, network.layer(1).withWeights(w))
                .withLayer(2, network.layer(2).withWeights(w2).withBiases(Matrix.column(values[8], values[9])))
                .withLearningRate(Double.MIN_VALUE);
        Path file = folder.resolve("corners.json");
        NetworkFile.write(network, file);
        Network back = NetworkFile.read(file);
        assertSameBits(network, back);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.layer(1).weights().get(0, 0)));
    }

    @Test
    void oneExampleIsWrittenAsInputAndTargetAndABatchAsInputsAndTargets() {
        String single = NetworkFile.toJson(Presets.CLASSIC.load());
        assertTrue(single.contains("\n  \"input\": [0.05, 0.1],\n  \"target\": [0.01, 0.99],\n"), single);
        assertFalse(single.contains("\"inputs\""));
        String batch = NetworkFile.toJson(Presets.MINI_BATCH.load());
        assertTrue(batch.contains(
                "\"inputs\": [\n    [0.0, 0.0],\n    [0.0, 1.0],\n    [1.0, 0.0],\n    [1.0, 1.0]\n  ],"), batch);
        assertTrue(batch.contains("\"targets\": [\n    [0.0],\n    [1.0],\n    [1.0],\n    [0.0]\n  ],"), batch);
        assertFalse(batch.contains("\"input\""));
    }

    @Test
    void theClassicExampleIsWrittenInTheDocumentedLayout() {
        String expected = """
                {
                  "format": "deltascope-network",
                  "version": 1,
                  "title": "Classic 2-2-2, step by step",
                  "layers": [
                    {"size": 2},
                    {"size": 2, "activation": "sigmoid"},
                    {"size": 2, "activation": "sigmoid"}
                  ],
                  "loss": "half_squared_error",
                  "input": [0.05, 0.1],
                  "target": [0.01, 0.99],
                  "weights": [
                    [
                      [0.15, 0.2],
                      [0.25, 0.3]
                    ],
                    [
                      [0.4, 0.45],
                      [0.5, 0.55]
                    ]
                  ],
                  "biases": [
                    [0.35, 0.35],
                    [0.6, 0.6]
                  ],
                  "learningRate": 0.5,
                  "seed": 7
                }
                """;
        assertEquals(expected, NetworkFile.toJson(Presets.CLASSIC.load()));
    }

    @Test
    void weightsDrawnFromTheSeedAreAlwaysWrittenOut() {
        Network deep = Presets.DEEP_SIGMOID.load();
        String json = NetworkFile.toJson(deep);
        assertTrue(json.contains("\"weights\": ["));
        assertTrue(json.contains("\"biases\": ["));
        assertSameBits(deep, NetworkFile.parse(json, "deep.json"));
    }

    @Test
    void titlesWithQuotesBackslashesAndControlCharactersRoundTrip() {
        String title = "a \"quoted\" \\ back\\slash\n\ttab \u0001 </script> caf\u00e9 \u03b4";
        Network network = Presets.CLASSIC.load().withTitle(title);
        assertEquals(title, NetworkFile.parse(NetworkFile.toJson(network), "t.json").title());
    }

    private static void assertSameBits(Network expected, Network actual) {
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.inputSize(), actual.inputSize());
        assertEquals(expected.depth(), actual.depth());
        for (int l = 1; l <= expected.depth(); l++) {
            assertSameBits(expected.layer(l).weights(), actual.layer(l).weights());
            assertSameBits(expected.layer(l).biases(), actual.layer(l).biases());
            assertEquals(expected.layer(l).activation(), actual.layer(l).activation());
        }
        assertEquals(expected.loss(), actual.loss());
        assertSameBits(expected.inputs(), actual.inputs());
        assertSameBits(expected.targets(), actual.targets());
        assertEquals(Double.doubleToRawLongBits(expected.learningRate()),
                Double.doubleToRawLongBits(actual.learningRate()));
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected, actual);
    }

    private static void assertSameBits(Matrix expected, Matrix actual) {
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.columns(), actual.columns());
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                assertEquals(Double.doubleToRawLongBits(expected.get(r, c)),
                        Double.doubleToRawLongBits(actual.get(r, c)), () -> "entry " + expected + " vs " + actual);
            }
        }
    }
}
