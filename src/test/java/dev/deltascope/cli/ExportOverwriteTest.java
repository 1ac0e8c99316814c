package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.ExternalTools;
import dev.deltascope.file.DesignExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export checks every file before writing the first, replaces whole sets, and refuses what it must not write. */
class ExportOverwriteTest {

    /** The steps of the 2-2-2 network's derivation, the BP1–BP4 summary last: one file each. */
    private static final int CLASSIC_STEPS = 14;

    @TempDir
    Path folder;

    private Path classic() throws IOException {
        return Files.writeString(folder.resolve("classic.json"), DesignExample.TEXT);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyFileIsCheckedBeforeTheFirstIsWrittenAndTheRefusalNamesForce() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.writeString(out.resolve("step-03.svg"), "earlier");

        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "svg", "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertEquals("deltascope export: " + out.resolve("step-03.svg") + ": already exists; add --force to replace it"
                + System.lineSeparator(), run.err());
        assertEquals(List.of("step-03.svg"), names(out), "step-01.svg was not written first");
    }

    @Test
    void forceReplacesTheSetAndRemovesOnlyTheStaleStepFilesOfTheSameFormat() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        for (String name : new String[] {"step-01.svg", "step-15.svg", "step-16.svg", "step-01.png", "notes.svg"}) {
            Files.writeString(out.resolve(name), "earlier");
        }

        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "svg", "--out", out.toString(),
                "--force");

        assertEquals(0, run.exitCode(), run.err());
        List<String> names = names(out);
        assertFalse(names.contains("step-15.svg") || names.contains("step-16.svg"), names.toString());
        assertTrue(names.contains("step-01.png") && names.contains("notes.svg"), names.toString());
        assertEquals(CLASSIC_STEPS + 2, names.size(), names.toString());
        assertFalse(Files.readString(out.resolve("step-01.svg")).equals("earlier"));
    }

    @Test
    void aMissingParentFolderIsAnErrorUnlessParents() throws IOException {
        Path out = folder.resolve("a").resolve("b").resolve("out");

        CommandRun refused = CommandRun.of("export", classic().toString(), "--format", "svg", "--out", out.toString());
        assertEquals(2, refused.exitCode());
        assertEquals("deltascope export: " + out + ": the folder " + out.getParent()
                + " does not exist; add --parents to create it" + System.lineSeparator(), refused.err());
        assertFalse(Files.exists(folder.resolve("a")));

        CommandRun created = CommandRun.of("export", classic().toString(), "--format", "svg", "--out", out.toString(),
                "--parents");
        assertEquals(0, created.exitCode(), created.err());
        assertEquals(CLASSIC_STEPS, names(out).size());
    }

    @Test
    void aDocumentInAMissingFolderNamesParents() throws IOException {
        Path out = folder.resolve("absent").resolve("handout.tex");
        CommandRun refused = CommandRun.of("export", classic().toString(), "--format", "tex", "--out", out.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("add --parents"), refused.err());
    }

    @Test
    void anOutputWithAnotherFormatsExtensionIsRefused() throws IOException {
        Path out = folder.resolve("out.pdf");
        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "png", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("deltascope export: " + out + ": names a .pdf file, but png writes one file per step into a"
                + " folder; give a folder, or a name ending in .png for one step" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFifoAmongTheFilesIsRefusedWithinASecondEvenWithForce() throws Exception {
        Path out = Files.createDirectory(folder.resolve("out"));
        Path pipe = ExternalTools.fifo(out.resolve("step-02.svg"));
        Path input = classic();

        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CommandRun.of("export",
                input.toString(), "--format", "svg", "--out", out.toString(), "--force"));

        assertEquals(2, run.exitCode());
        assertEquals("deltascope export: " + pipe + ": is a FIFO, not a regular file; give a file name to write to"
                + System.lineSeparator(), run.err());
        assertEquals(List.of("step-02.svg"), names(out));
    }

    @Test
    void temporaryFilesAKilledExportLeftAreRemovedByTheNextExport() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.writeString(out.resolve(".step-01.svg.00000000000000aa.tmp"), "<svg");
        Files.writeString(out.resolve(".deltascope-set.00000000000000aa.tmp"), "");

        CommandRun run = CommandRun.of("export", classic().toString(), "--format", "svg", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(names(out).stream().noneMatch(name -> name.startsWith(".")), names(out).toString());
    }
}
