package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.Version;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void theTopLevelHelpListsBothCommands() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Usage: deltascope [-hV] [NET.json | COMMAND]"), run.out());
        assertTrue(run.out().contains("with a network file, opens it in"), run.out());
        assertTrue(run.out().contains("\n  derive  Print the forward and backward pass of a network file as JSON."));
        assertTrue(run.out().contains("\n  train   Train a network file by gradient descent and write the result."));
    }

    @Test
    void deriveHasItsOwnHelp() {
        CommandRun run = CommandRun.of("derive", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: deltascope derive [-hV] [--convention=NAME] [--format=FORMAT] NET.json"),
                run.out());
    }

    @Test
    void trainHasItsOwnHelp() {
        CommandRun run = CommandRun.of("train", "-h");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: deltascope train [-hV] [--force] --out=OUT.json --steps=N NET.json"),
                run.out());
    }

    @Test
    void theVersionIsPrinted() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.exitCode());
        assertEquals("deltascope " + Version.number() + System.lineSeparator(), run.out());
        assertFalse(Version.number().contains("development"), "the build filters the version in");
    }
}
