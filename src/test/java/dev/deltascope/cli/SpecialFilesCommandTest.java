package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.ExternalTools;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.file.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** derive and train never hang on a FIFO, never replace a device, FIFO or link, and keep a file's permissions. */
class SpecialFilesCommandTest {

    @TempDir
    Path folder;

    private Path classic() throws IOException {
        return Files.writeString(folder.resolve("classic.json"), NetworkFile.toJson(Presets.CLASSIC.load()));
    }

    private Path fifo(String name) throws Exception {
        return ExternalTools.fifo(folder.resolve(name));
    }

    private static CommandRun withinASecond(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(1), () -> CommandRun.of(args));
    }

    private static void assertOneLine(String expected, CommandRun run) {
        assertEquals(CommandLine.BAD_INPUT, run.exitCode(), run.err());
        assertEquals(expected + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void deriveRefusesAFifoWithNoWriterWithinASecond() throws Exception {
        Path pipe = fifo("net.json");
        assertOneLine("deltascope derive: " + pipe + ": is a FIFO, not a regular file; give a network file to read",
                withinASecond("derive", pipe.toString()));
    }

    @Test
    void trainRefusesAFifoAsInputWithinASecond() throws Exception {
        Path pipe = fifo("net.json");
        Path out = folder.resolve("out.json");
        assertOneLine("deltascope train: " + pipe + ": is a FIFO, not a regular file; give a network file to read",
                withinASecond("train", pipe.toString(), "--steps", "1", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void trainRefusesAFifoAsOutputEvenWithForceAndLeavesIt() throws Exception {
        Path pipe = fifo("out.json");
        assertOneLine("deltascope train: " + pipe + ": is a FIFO, not a regular file; give a file name to write to",
                withinASecond("train", classic().toString(), "--steps", "1", "--out", pipe.toString(), "--force"));
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe));
    }

    @Test
    void trainRefusesADeviceAsOutputEvenWithForce() throws Exception {
        assertTrue(Files.exists(Path.of("/dev/null")), "/dev/null");
        assertOneLine("deltascope train: /dev/null: is a device, not a regular file; give a file name to write to",
                withinASecond("train", classic().toString(), "--steps", "1", "--out", "/dev/null", "--force"));
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }

    @Test
    void trainThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path target = Files.writeString(folder.resolve("trained.json"), "earlier");
        Path link = Files.createSymbolicLink(folder.resolve("latest.json"), target.getFileName());

        CommandRun run = CommandRun.of("train", classic().toString(), "--steps", "1", "--out", link.toString(), "--force");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(2, NetworkFile.read(target).depth(), "the link's target holds the trained network");
    }

    @Test
    void trainKeepsThePermissionsOfTheFileItReplacesAndLeavesNoTemporaryFile() throws Exception {
        Path input = classic();
        Path out = Files.writeString(folder.resolve("out.json"), "earlier");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));

        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "1", "--out", out.toString(), "--force");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(input, out), files.sorted().toList());
        }
    }

    @Test
    void aTemporaryFileAKilledTrainLeftIsRemovedByTheNextTrain() throws Exception {
        Path input = classic();
        Path stale = Files.writeString(folder.resolve(".out.json.5eed5eed5eed5eed.tmp"), "{\"format\": \"deltas");
        Path out = folder.resolve("out.json");

        CommandRun run = CommandRun.of("train", input.toString(), "--steps", "1", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(stale));
    }
}
