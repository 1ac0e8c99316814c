package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deltascope.file.DesignExample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeriveCommandTest {

    @TempDir
    Path folder;

    @Test
    void deriveReproducesTheHandWorkedClassicExample() throws IOException {
        CommandRun run = CommandRun.of("derive", write("classic.json", DesignExample.TEXT).toString(), "--format", "json");
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        JsonNode trace = DeriveRun.json(run);
        assertEquals(List.of("loss", "layers", "checks"), DeriveRun.fieldNames(trace));
        assertEquals(0.298371109, trace.get("loss").doubleValue(), 1e-9);
        assertEquals(2, trace.get("layers").size());
        JsonNode hidden = trace.get("layers").get(0);
        JsonNode output = trace.get("layers").get(1);
        assertEquals(List.of("z", "a", "delta", "weightGradient", "biasGradient"), DeriveRun.fieldNames(hidden));
        assertEquals(0.3775, hidden.get("z").get(0).get(0).doubleValue(), 1e-12);
        assertEquals(0.593269992, hidden.get("a").get(0).get(0).doubleValue(), 1e-9);
        assertEquals(0.596884378, hidden.get("a").get(1).get(0).doubleValue(), 1e-9);
        assertEquals(0.75136507, output.get("a").get(0).get(0).doubleValue(), 1e-8);
        assertEquals(0.772928465, output.get("a").get(1).get(0).doubleValue(), 1e-9);
        assertEquals(0.138498562, output.get("delta").get(0).get(0).doubleValue(), 1e-9);
        assertEquals(0.082167041, output.get("weightGradient").get(0).get(0).doubleValue(), 1e-9);
        assertEquals(0.000438568, hidden.get("weightGradient").get(0).get(0).doubleValue(), 1e-9);
        assertEquals(2, output.get("biasGradient").size());
        assertTrue(output.get("biasGradient").get(0).isNumber());
        assertEquals(0.138498562, output.get("biasGradient").get(0).doubleValue(), 1e-9);
        JsonNode checks = trace.get("checks");
        assertEquals(List.of("maxViewDisagreement", "maxFiniteDifferenceRelativeError", "finiteDifferenceSample",
                "finiteDifferenceNotJudged"), DeriveRun.fieldNames(checks));
        JsonNode sample = checks.get("finiteDifferenceSample");
        assertEquals(List.of(12, 12, 1, 1), List.of(sample.get("parameters").intValue(),
                sample.get("ofParameters").intValue(), sample.get("examples").intValue(), sample.get("ofExamples").intValue()));
        assertEquals(List.of(0, 0, 0), List.of(checks.get("finiteDifferenceNotJudged").get("kink").intValue(),
                checks.get("finiteDifferenceNotJudged").get("overflow").intValue(),
                checks.get("finiteDifferenceNotJudged").get("precisionLost").intValue()));
        assertTrue(checks.get("maxViewDisagreement").doubleValue() < 1e-15);
        assertTrue(checks.get("maxFiniteDifferenceRelativeError").doubleValue() < 1e-6);
    }

    @Test
    void theFormatOptionDefaultsToJson() throws IOException {
        Path file = write("classic.json", DesignExample.TEXT);
        assertEquals(CommandRun.of("derive", file.toString(), "--format", "json").out(),
                CommandRun.of("derive", file.toString()).out());
    }

    @Test
    void aMiniBatchPrintsOneColumnPerExampleAndGradientsAveragedOverTheBatch() throws IOException {
        JsonNode layers = DeriveRun.derive(folder, "xor.json", DeriveRun.XOR_BATCH).get("layers");
        int[] sizes = {2, 3, 1};
        for (int l = 1; l <= 2; l++) {
            JsonNode layer = layers.get(l - 1);
            for (String field : List.of("z", "a", "delta")) {
                assertEquals(sizes[l], layer.get(field).size(), field);
                layer.get(field).forEach(row -> assertEquals(4, row.size(), field));
            }
            double[][] delta = matrix(layer.get("delta"));
            double[][] previous = l == 1 ? new double[][] {{0, 0, 1, 1}, {0, 1, 0, 1}} : matrix(layers.get(0).get("a"));
            double[][] weightGradient = matrix(layer.get("weightGradient"));
            for (int j = 0; j < sizes[l]; j++) {
                double biasMean = 0;
                for (int k = 0; k < 4; k++) {
                    biasMean += delta[j][k] / 4;
                }
                assertEquals(biasMean, layer.get("biasGradient").get(j).doubleValue(), 1e-15);
                for (int i = 0; i < sizes[l - 1]; i++) {
                    double mean = 0;
                    for (int k = 0; k < 4; k++) {
                        mean += delta[j][k] * previous[i][k] / 4;
                    }
                    assertEquals(mean, weightGradient[j][i], 1e-15);
                }
            }
        }
    }

    @Test
    void aNetworkThatOverflowsPrintsNonFiniteValuesAsStrings() throws IOException {
        String huge = """
                {"format": "deltascope-network", "version": 1,
                 "layers": [{"size": 1}, {"size": 1, "activation": "identity"}],
                 "loss": "half_squared_error", "input": [1e200], "target": [0],
                 "weights": [[[1e200]]], "biases": [[0]]}
                """;
        JsonNode trace = DeriveRun.derive(folder, "huge.json", huge);
        assertEquals("Infinity", trace.get("loss").textValue());
        assertEquals("Infinity", trace.get("layers").get(0).get("z").get(0).get(0).textValue());
    }

    private Path write(String name, String text) throws IOException {
        return DeriveRun.write(folder, name, text);
    }

    private static double[][] matrix(JsonNode rows) {
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = new double[rows.get(r).size()];
            for (int c = 0; c < values[r].length; c++) {
                values[r][c] = rows.get(r).get(c).doubleValue();
            }
        }
        return values;
    }
}
