package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines open the window ({@code deltascope}, {@code deltascope net.json}) and which run a command. */
class OpensWindowTest {

    @TempDir
    Path folder;

    @Test
    void noArgumentsOrOneNetworkFileOpenTheWindow() throws Exception {
        Path notes = Files.writeString(folder.resolve("network.txt"), "{}");
        assertTrue(CommandLine.opensWindow(new String[0]));
        assertTrue(CommandLine.opensWindow(new String[] {"net.json"}), "a .json name, even one that does not exist yet");
        assertTrue(CommandLine.opensWindow(new String[] {"Slides/NET.JSON"}));
        assertTrue(CommandLine.opensWindow(new String[] {notes.toString()}), "any file that exists");
    }

    @Test
    void commandsOptionsAndEverythingElseGoToTheCommandLine() {
        for (String command : new String[] {"derive", "train", "export"}) {
            assertFalse(CommandLine.opensWindow(new String[] {command}), command);
        }
        assertFalse(CommandLine.opensWindow(new String[] {"--help"}));
        assertFalse(CommandLine.opensWindow(new String[] {"-V"}));
        assertFalse(CommandLine.opensWindow(new String[] {"-x.json"}));
        assertFalse(CommandLine.opensWindow(new String[] {"deriv"}), "a mistyped command gets picocli's suggestion");
        assertFalse(CommandLine.opensWindow(new String[] {""}));
        assertFalse(CommandLine.opensWindow(new String[] {"net\u0000.json"}), "not a path");
        assertFalse(CommandLine.opensWindow(new String[] {"a.json", "b.json"}));
        assertFalse(CommandLine.opensWindow(new String[] {"derive", "net.json"}));
    }

    @Test
    void aMistypedCommandIsStillExplained() {
        CommandRun run = CommandRun.of("deriv");
        assertTrue(run.err().contains("did you mean derive?"), run.err());
    }
}
