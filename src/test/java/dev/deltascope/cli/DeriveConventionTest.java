package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deltascope derive --convention NAME} prints the same numbers laid out as the convention shows
 * them, compared here with the plain output rearranged by hand, and refuses an unknown name as
 * {@code export} does.
 */
class DeriveConventionTest {

    @TempDir
    Path folder;

    @Test
    void aRowConventionPrintsOneRowPerExampleAndWeightsAsItStoresThem() throws IOException {
        JsonNode plain = derive();
        for (String name : List.of("pytorch", "cs231n", "D2L")) {
            JsonNode laid = derive("--convention", name);
            assertEquals(name.toLowerCase(), laid.get("convention").asText());
            boolean inByOut = !name.equals("pytorch");
            for (int l = 0; l < 2; l++) {
                JsonNode columns = plain.get("layers").get(l);
                JsonNode rows = laid.get("layers").get(l);
                for (String field : List.of("z", "a", "delta")) {
                    assertEquals(transposed(columns.get(field)), numbers(rows.get(field)), name + " " + field);
                }
                assertEquals(inByOut ? transposed(columns.get("weightGradient")) : numbers(columns.get("weightGradient")),
                        numbers(rows.get("weightGradient")), name + " weightGradient");
                assertEquals(numbers(columns.get("biasGradient")), numbers(rows.get("biasGradient")), name);
            }
            assertEquals(4, laid.get("layers").get(0).get("z").size(), name + ": one row per example");
            assertEquals(plain.get("loss"), laid.get("loss"));
            assertEquals(plain.get("checks"), laid.get("checks"));
        }
    }

    @Test
    void aColumnConventionPrintsTheTracesLayoutAfterItsName() throws IOException {
        JsonNode plain = derive();
        JsonNode ng = derive("--convention", "ng");
        assertEquals(List.of("convention", "loss", "layers", "checks"), DeriveRun.fieldNames(ng));
        assertEquals("ng", ng.get("convention").asText());
        assertEquals(plain.get("layers"), ng.get("layers"));
    }

    @Test
    void anUnknownConventionIsTheSameOneLineAsExportsAndExitTwo() throws IOException {
        Path input = DeriveRun.write(folder, "batch.json", DeriveRun.XOR_BATCH);
        CommandRun run = CommandRun.of("derive", input.toString(), "--convention", "keras");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("deltascope derive: --convention: no convention 'keras'; known: deltascope, nielsen, ng, pytorch,"
                + " cs231n, d2l" + System.lineSeparator(), run.err());
    }

    private JsonNode derive(String... options) throws IOException {
        return DeriveRun.derive(folder, "batch.json", DeriveRun.XOR_BATCH, options);
    }

    private static List<List<Double>> numbers(JsonNode matrix) {
        List<List<Double>> out = new ArrayList<>();
        for (JsonNode row : matrix) {
            List<Double> values = new ArrayList<>();
            if (row.isArray()) {
                row.forEach(value -> values.add(value.doubleValue()));
            } else {
                values.add(row.doubleValue());
            }
            out.add(values);
        }
        return out;
    }

    private static List<List<Double>> transposed(JsonNode matrix) {
        List<List<Double>> rows = numbers(matrix);
        List<List<Double>> out = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            List<Double> column = new ArrayList<>();
            for (List<Double> row : rows) {
                column.add(row.get(c));
            }
            out.add(column);
        }
        return out;
    }
}
