package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.DesignExample;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path folder;

    @Test
    void oneStepOnTheClassicExampleGivesTheHandWorkedWeights() throws IOException {
        Path input = write("classic.json", DesignExample.TEXT);
        Path output = folder.resolve("trained.json");
        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "1", "--out", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Network trained = NetworkFile.read(output);
        assertEquals(0.35891648, trained.layer(2).weights().get(0, 0), 1e-8);
        assertEquals(0.408666186, trained.layer(2).weights().get(0, 1), 1e-9);
        assertEquals(0.511301270, trained.layer(2).weights().get(1, 0), 1e-9);
        assertEquals(0.561370121, trained.layer(2).weights().get(1, 1), 1e-9);
        assertEquals(0.149780716, trained.layer(1).weights().get(0, 0), 1e-9);
        assertEquals(0.19956143, trained.layer(1).weights().get(0, 1), 1e-8);
        assertEquals(0.24975114, trained.layer(1).weights().get(1, 0), 1e-8);
        assertEquals(0.29950229, trained.layer(1).weights().get(1, 1), 1e-8);
        assertEquals("The classic 2-2-2 example", trained.title());
        assertEquals(0.5, trained.learningRate());
        assertTrue(run.out().startsWith("trained 1 step: cost 0.2983711087600027 -> "), run.out());
        assertTrue(run.out().endsWith("; wrote " + output + System.lineSeparator()), run.out());
    }

    @Test
    void manyStepsLowerTheCostAndKeepEverythingButTheParameters() throws IOException {
        Path input = write("classic.json", DesignExample.TEXT);
        Path output = folder.resolve("trained.json");
        assertEquals(0, CommandRun.of("train", input.toString(), "--steps", "500", "--out", output.toString())
                .exitCode());
        Network before = NetworkFile.read(input);
        Network after = NetworkFile.read(output);
        assertTrue(ForwardPass.of(after).cost() < ForwardPass.of(before).cost() / 10);
        assertEquals(before.withLayers(after.layers()), after);
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
        Path input = write("classic.json", DesignExample.TEXT);
        Path output = write("trained.json", "earlier");
        CommandRun refused = CommandRun.of("train", input.toString(), "--steps", "1", "--out", output.toString());
        assertEquals(2, refused.exitCode());
        assertEquals("deltascope train: " + output + ": already exists; add --force to replace it"
                + System.lineSeparator(), refused.err());
        assertEquals("earlier", Files.readString(output));
        CommandRun forced = CommandRun.of("train", input.toString(), "--steps", "1", "--out", output.toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(0.35891648, NetworkFile.read(output).layer(2).weights().get(0, 0), 1e-8);
    }

    @Test
    void trainingThatDivergesStopsWithAMessageAndWritesNothing() throws IOException {
        Path input = write("explodes.json", """
                {"format": "deltascope-network", "version": 1,
                 "layers": [{"size": 1}, {"size": 1, "activation": "identity"}],
                 "loss": "half_squared_error", "input": [1e10], "target": [0],
                 "weights": [[[1]]], "biases": [[0]], "learningRate": 1e300}
                """);
        Path output = folder.resolve("out.json");
        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "5", "--out", output.toString());
        assertEquals(2, run.exitCode());
        assertEquals("deltascope train: " + input + ": training diverged at step 1 of 5: the weights are no longer"
                + " finite numbers; try a learningRate below 1.0E300; " + output + " was not written"
                + System.lineSeparator(), run.err());
        assertFalse(Files.exists(output));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
