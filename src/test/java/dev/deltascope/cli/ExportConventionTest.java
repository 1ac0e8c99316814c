package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.DesignExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deltascope export --convention NAME} writes the derivation in that notation, and refuses a name it does not know. */
class ExportConventionTest {

    @TempDir
    Path folder;

    @Test
    void theArticleFollowsTheNamedConvention() throws IOException {
        Path input = Files.writeString(folder.resolve("classic.json"), DesignExample.TEXT);
        CommandRun pytorch = CommandRun.of("export", input.toString(), "--format", "tex", "--convention", "pytorch",
                "--out", folder.resolve("pytorch").toString());
        CommandRun ng = CommandRun.of("export", input.toString(), "--format", "tex", "--convention", "NG",
                "--out", folder.resolve("ng").toString());
        assertEquals(0, pytorch.exitCode(), pytorch.err());
        assertEquals(0, ng.exitCode(), ng.err());
        String rows = Files.readString(folder.resolve("pytorch/derivation.tex"));
        String brackets = Files.readString(folder.resolve("ng/derivation.tex"));
        assertTrue(rows.contains("PyTorch nn.Linear"), rows);
        assertTrue(rows.contains("so it needs no transpose."), rows);
        assertTrue(brackets.contains("W^{[2]}"), brackets);
        assertFalse(brackets.contains("W^{(2)}"), brackets);
    }

    @Test
    void anUnknownConventionIsOneLineAndExitTwo() throws IOException {
        Path input = Files.writeString(folder.resolve("classic.json"), DesignExample.TEXT);
        CommandRun run = CommandRun.of("export", input.toString(), "--format", "tex", "--convention", "keras",
                "--out", folder.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertEquals("deltascope export: --convention: no convention 'keras'; known: deltascope, nielsen, ng, pytorch,"
                + " cs231n, d2l" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }
}
