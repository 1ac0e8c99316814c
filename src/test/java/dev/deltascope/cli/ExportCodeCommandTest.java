package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.code.CodeExport;
import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.DesignExample;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code deltascope export NET.json --format numpy|pytorch|notebook --out DIR}: the derivation as code. */
class ExportCodeCommandTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(CodeFormat.class)
    void eachCodeFormatWritesItsFileIntoTheFolder(CodeFormat format) throws IOException {
        Path input = classic();
        Path out = folder.resolve("code");
        CommandRun run = CommandRun.of("export", input.toString(), "--format", format.formatName(),
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path file = out.resolve(format.fileName());
        assertEquals("wrote " + file + System.lineSeparator(), run.out());
        String expected = CodeExport.text(format,
                DerivationBuilder.build(Trace.of(NetworkFile.read(input)), NumberStyle.DEFAULT));
        assertEquals(expected, Files.readString(file));
    }

    @Test
    void anOutEndingInPyIsTheScriptItself() throws IOException {
        Path script = folder.resolve("mine.py");
        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "numpy", "--out", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(script).contains("import numpy as np"));
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path input = classic();
        Path existing = Files.writeString(folder.resolve("derivation_torch.py"), "earlier");
        CommandRun refused = CommandRun.of("export", input.toString(), "--format", "pytorch", "--out", folder.toString());
        assertEquals(2, refused.exitCode());
        assertEquals("deltascope export: " + existing + ": already exists; add --force to replace it"
                + System.lineSeparator(), refused.err());
        assertEquals("earlier", Files.readString(existing));
        CommandRun forced = CommandRun.of("export", input.toString(), "--format", "pytorch", "--out", folder.toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(existing).contains("import torch"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--step|7", "--scale|2", "--view|jacobian", "--digits|6", "--theme|dark"})
    void aPictureOptionWithACodeFormatIsOneLineAndExitTwo(String option, String value) throws IOException {
        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "notebook", option, value,
                "--out", folder.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertEquals("deltascope export: " + option + ": does not apply to --format notebook (the code holds every step,"
                + " to full precision)" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void aBadNetworkIsOneLineAndExitTwo() throws IOException {
        Path input = Files.writeString(folder.resolve("bad.json"), DesignExample.TEXT.replace("\"size\": 2", "\"size\": 0"));
        CommandRun run = CommandRun.of("export", input.toString(), "--format", "numpy", "--out", folder.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("deltascope export: " + input + ": layers[0].size"), run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    private Path classic() throws IOException {
        return Files.writeString(folder.resolve("classic.json"), DesignExample.TEXT);
    }
}
