package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deltascope.external.Pdflatex;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseExportCommandTest {

    private static final String NETWORKS = "src/main/resources/dev/deltascope/networks/";
    private static final Pattern ANSWER = Pattern.compile(
            "% answer: step (\\d+)\\n\\\\begin\\{formula\\}.*? = \\\\begin\\{bmatrix\\}(.*?)\\\\end\\{bmatrix\\}");
    private static final Pattern NUMBER = Pattern.compile("(-?[0-9.]+)(?: \\\\times 10\\^\\{(-?\\d+)\\})?");

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOthers() throws IOException {
        Path first = export("default.json", "first", "--seed", "11", "--count", "2");
        Path second = export("default.json", "second", "--seed", "11", "--count", "2");
        Path other = export("default.json", "other", "--seed", "12", "--count", "2");
        for (String name : List.of("exercises.tex", "answers.tex", "exercise-01.json", "exercise-02.json")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertFalse(Files.readString(first.resolve("answers.tex")).equals(Files.readString(other.resolve("answers.tex"))));
        assertEquals(Files.readString(first.resolve("exercise-02.json")).replace("Exercise 2 (seed 12)", ""),
                Files.readString(other.resolve("exercise-01.json")).replace("Exercise 1 (seed 12)", ""),
                "exercise i is drawn from seed S + i - 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default.json", "softmax-classifier.json", "mini-batch-xor.json"})
    void theKeysNumbersAreDerivesNumbersAsShown(String network) throws IOException {
        Path out = export(network, "key", "--seed", "3", "--count", "2");
        String key = Files.readString(out.resolve("answers.tex"));
        Matcher answers = ANSWER.matcher(key);
        List<String> exercises = List.of(key.split("\\\\section\\*\\{Exercise ")).subList(1, 3);
        int checked = 0;
        for (int i = 0; i < exercises.size(); i++) {
            Path file = out.resolve("exercise-0" + (i + 1) + ".json");
            CommandRun derive = CommandRun.of("derive", file.toString());
            assertEquals(0, derive.exitCode(), derive.err());
            JsonNode trace = new ObjectMapper().readTree(derive.out());
            JsonNode net = new ObjectMapper().readTree(Files.readString(file));
            answers = ANSWER.matcher(exercises.get(i));
            int count = 0;
            while (answers.find()) {
                int step = Integer.parseInt(answers.group(1));
                assertMatrix(expected(trace, net, step), answers.group(2), network + " exercise " + (i + 1) + " step " + step);
                count++;
            }
            int depth = trace.get("layers").size();
            assertEquals(2 * depth + 1 + (depth - 1) + 2 * depth + depth, count, "every step but the cost has an answer");
            checked += count;
        }
        assertTrue(checked > 0);
    }

    @Test
    void theSheetAndTheKeyCompileWithPdflatex() throws IOException, InterruptedException {
        Path out = export("mini-batch-xor.json", "compiled", "--seed", "4", "--count", "2");
        for (String name : List.of("exercises.tex", "answers.tex")) {
            Pdflatex.Result result = Pdflatex.compile(out.resolve(name));
            assertTrue(result.succeeded(), result.tail());
        }
        String sheet = Files.readString(out.resolve("exercises.tex"));
        assertTrue(sheet.contains("\\blank") && sheet.contains("\\section*{Exercise 2}"), "blanks in the sheet");
    }

    @Test
    void existingFilesAreKeptWithoutForce() throws IOException {
        Path out = export("classic-2-2-2.json", "kept", "--seed", "1", "--count", "1");
        byte[] before = Files.readAllBytes(out.resolve("answers.tex"));
        Files.delete(out.resolve("exercises.tex"));
        CommandRun again = CommandRun.of("export", NETWORKS + "classic-2-2-2.json", "--format", "exercises",
                "--out", out.toString(), "--seed", "2", "--count", "1");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("answers.tex: already exists"), again.err());
        assertFalse(Files.exists(out.resolve("exercises.tex")), "nothing written when one file exists");
        assertArrayEquals(before, Files.readAllBytes(out.resolve("answers.tex")));
        CommandRun forced = CommandRun.of("export", NETWORKS + "classic-2-2-2.json", "--format", "exercises",
                "--out", out.toString(), "--seed", "2", "--count", "1", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
    }

    @Test
    void aCountOutsideItsRangeIsRefusedInOneLine() {
        CommandRun run = CommandRun.of("export", NETWORKS + "default.json", "--format", "exercises",
                "--out", folder.resolve("none").toString(), "--count", "0");
        assertEquals(2, run.exitCode());
        assertEquals("deltascope export: --count: must be between 1 and 50, was 0", run.err().strip());
        assertFalse(Files.exists(folder.resolve("none")));
    }

    @Test
    void optionsOfAnotherFormatAreRefusedInOneLine() {
        CommandRun step = CommandRun.of("export", NETWORKS + "default.json", "--format", "exercises",
                "--out", folder.resolve("none").toString(), "--step", "3");
        assertEquals(2, step.exitCode());
        assertEquals("deltascope export: --step: does not apply to --format exercises", step.err().strip());
        CommandRun seed = CommandRun.of("export", NETWORKS + "default.json", "--format", "tex",
                "--out", folder.resolve("none").toString(), "--seed", "3");
        assertEquals(2, seed.exitCode());
        assertEquals("deltascope export: --seed: does not apply to --format tex", seed.err().strip());
        assertFalse(Files.exists(folder.resolve("none")));
    }

    private Path export(String network, String name, String... options) {
        Path out = folder.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", NETWORKS + network, "--format", "exercises",
                "--out", out.toString()));
        args.addAll(List.of(options));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /**
     * The quantity step k (from 1) reveals, in the derivation's documented order for L layers: z^l, a^l
     * for l = 1..L; the cost; δ^l for l = L..1; ∂C/∂W^l, ∂C/∂b^l for l = L..1; W^l − η ∂C/∂W^l for l = L..1.
     */
    private static double[][] expected(JsonNode trace, JsonNode net, int step) {
        JsonNode layers = trace.get("layers");
        int depth = layers.size();
        int k = step - 1;
        if (k < 2 * depth) {
            return rows(layers.get(k / 2).get(k % 2 == 0 ? "z" : "a"));
        }
        k -= 2 * depth + 1;
        if (k < depth) {
            return rows(layers.get(depth - 1 - k).get("delta"));
        }
        k -= depth;
        if (k < 2 * depth) {
            JsonNode layer = layers.get(depth - 1 - k / 2);
            return k % 2 == 0 ? rows(layer.get("weightGradient")) : column(layer.get("biasGradient"));
        }
        k -= 2 * depth;
        int l = depth - k;
        double[][] w = rows(net.get("weights").get(l - 1));
        double[][] g = rows(layers.get(l - 1).get("weightGradient"));
        double eta = net.get("learningRate").asDouble();
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[r].length; c++) {
                w[r][c] -= eta * g[r][c];
            }
        }
        return w;
    }

    private static double[][] rows(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            out[r] = new double[rows.get(r).size()];
            for (int c = 0; c < out[r].length; c++) {
                out[r][c] = rows.get(r).get(c).asDouble();
            }
        }
        return out;
    }

    private static double[][] column(JsonNode values) {
        double[][] out = new double[values.size()][1];
        for (int r = 0; r < values.size(); r++) {
            out[r][0] = values.get(r).asDouble();
        }
        return out;
    }

    /** Each printed entry is the value rounded to 4 significant digits: within half a unit of the 4th digit. */
    private static void assertMatrix(double[][] expected, String bmatrix, String where) {
        String[] printedRows = bmatrix.split(" \\\\\\\\ ");
        assertEquals(expected.length, printedRows.length, where + ": rows");
        for (int r = 0; r < expected.length; r++) {
            String[] cells = printedRows[r].split(" & ");
            assertEquals(expected[r].length, cells.length, where + ": columns");
            for (int c = 0; c < cells.length; c++) {
                Matcher number = NUMBER.matcher(cells[c].strip());
                assertTrue(number.matches(), where + ": " + cells[c]);
                double printed = new BigDecimal(number.group(1))
                        .scaleByPowerOfTen(number.group(2) == null ? 0 : Integer.parseInt(number.group(2))).doubleValue();
                double value = expected[r][c];
                double unit = value == 0 ? 0 : Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 3);
                assertEquals(value, printed, unit / 2 * (1 + 1e-9) + 1e-300, where + " (" + r + ", " + c + ")");
            }
        }
    }
}
