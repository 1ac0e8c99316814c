package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training whose cost is or becomes infinite stops with one line and writes nothing. */
class RobustTrainCommandTest {

    /**
     * 1-1 identity, ½(z − y)², x = 1, y = 0, W = w, b = 0, η = 3. With s = w + b = z, both gradients
     * are s, so a step makes s ← s − 2ηs = −5s: z goes 1e153, −5e153, 2.5e154, and the cost ½z²
     * goes 5e305, 1.25e307, then 3.125e308, past the largest double, while w (1e153, −2e153,
     * 1.3e154) and b (0, −3e153, 1.2e154) stay finite.
     */
    private static final String OVERFLOWS = """
            {"format": "deltascope-network", "version": 1,
             "layers": [{"size": 1}, {"size": 1, "activation": "identity"}],
             "loss": "half_squared_error", "input": [1], "target": [0],
             "weights": [[[1e153]]], "biases": [[0]], "learningRate": 3}
            """;

    @TempDir
    Path folder;

    @Test
    void trainingStopsWhenTheCostOverflowsThoughTheWeightsAreStillFinite() throws IOException {
        Path input = Files.writeString(folder.resolve("overflows.json"), OVERFLOWS);
        Path output = folder.resolve("out.json");
        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "5", "--out", output.toString());
        assertEquals(CommandLine.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("deltascope train: " + input + ": training diverged at step 2 of 5: the cost is no longer a"
                + " finite number (Infinity); try a learningRate below 3.0; " + output + " was not written"
                + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(output));
    }

    @Test
    void oneStepBeforeTheOverflowIsWrittenWithItsFiniteCost() throws IOException {
        Path input = Files.writeString(folder.resolve("overflows.json"), OVERFLOWS);
        Path output = folder.resolve("out.json");
        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "1", "--out", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        Matcher line = Pattern.compile("trained 1 step: cost (\\S+) -> (\\S+); wrote (.+)\\R").matcher(run.out());
        assertTrue(line.matches(), run.out());
        assertEquals(5e305, Double.parseDouble(line.group(1)), 1e290);
        assertEquals(1.25e307, Double.parseDouble(line.group(2)), 1e292);
        assertEquals(output.toString(), line.group(3));
        assertTrue(Files.exists(output));
    }

    @Test
    void aNetworkWhoseCostIsInfiniteBeforeTrainingIsRefused() throws IOException {
        Path input = Files.writeString(folder.resolve("infinite.json"), OVERFLOWS.replace("1e153", "1e200"));
        Path output = folder.resolve("out.json");
        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "5", "--out", output.toString());
        assertEquals(CommandLine.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("deltascope train: " + input + ": the cost is Infinity before training, not a finite number;"
                + " make the weights or inputs smaller; " + output + " was not written" + System.lineSeparator(),
                run.err());
        assertFalse(Files.exists(output));
    }
}
