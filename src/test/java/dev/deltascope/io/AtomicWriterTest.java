package dev.deltascope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.ExternalTools;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> contents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("net.json");
        Files.writeString(target, "earlier");

        AtomicWriter.write(target, bytes("later"));

        assertEquals("later", Files.readString(target));
        assertEquals(List.of(target), contents());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = folder.resolve("private.json");
        Files.writeString(target, "earlier");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        AtomicWriter.write(target, bytes("later"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("later", Files.readString(target));
    }

    @Test
    void aSymbolicLinkIsFollowedItsTargetReplacedAndTheLinkKept() throws IOException {
        Path real = Files.createDirectory(folder.resolve("real")).resolve("net.json");
        Files.writeString(real, "earlier");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), Path.of("real", "net.json"));

        AtomicWriter.write(link, bytes("later"));

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("later", Files.readString(real));
        assertEquals(List.of(real), Files.list(real.getParent()).toList(), "no temporary file beside the target");
    }

    @Test
    void aDanglingSymbolicLinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), Path.of("new.json"));

        AtomicWriter.write(link, bytes("content"));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("content", Files.readString(folder.resolve("new.json")));
    }

    @Test
    void aFifoIsRefusedAtOnceAndLeftAFifo() throws Exception {
        Path pipe = ExternalTools.fifo(folder.resolve("pipe"));

        WriteRefused refused = assertTimeoutPreemptively(() -> assertThrows(WriteRefused.class,
                () -> AtomicWriter.write(pipe, bytes("x"))));

        assertEquals("is a FIFO, not a regular file; give a file name to write to", refused.getMessage());
        assertTrue(Files.isRegularFile(pipe) == false && Files.exists(pipe), "the FIFO is still there");
        assertEquals(List.of(pipe), contents());
    }

    @Test
    void aDeviceIsRefusedAndNotReplaced() {
        Path device = Path.of("/dev/null");
        assertTrue(Files.exists(device), "/dev/null exists on every Linux machine");

        WriteRefused refused = assertThrows(WriteRefused.class, () -> AtomicWriter.write(device, bytes("x")));

        assertEquals("is a device, not a regular file; give a file name to write to", refused.getMessage());
        assertTrue(!Files.isRegularFile(device));
    }

    @Test
    void aSymbolicLinkToAFifoIsRefused() throws Exception {
        Path pipe = ExternalTools.fifo(folder.resolve("pipe"));
        Path link = Files.createSymbolicLink(folder.resolve("out.json"), pipe.getFileName());

        WriteRefused refused = assertThrows(WriteRefused.class, () -> AtomicWriter.write(link, bytes("x")));

        assertTrue(refused.getMessage().startsWith("is a FIFO"), refused.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFolderInTheWayIsRefused() throws IOException {
        Path target = Files.createDirectory(folder.resolve("out"));

        WriteRefused refused = assertThrows(WriteRefused.class, () -> AtomicWriter.write(target, bytes("x")));

        assertEquals("is a folder; give a file name to write to", refused.getMessage());
    }

    @Test
    void withoutReplaceAnExistingFileIsLeftAlone() throws IOException {
        Path target = folder.resolve("step.png");
        Files.writeString(target, "earlier");

        WriteRefused refused = assertThrows(WriteRefused.class,
                () -> AtomicWriter.write(target, false, out -> out.write(bytes("later"))));

        assertTrue(refused.getMessage().startsWith("already exists"), refused.getMessage());
        assertEquals("earlier", Files.readString(target));
    }

    @Test
    void aCancelLeavesTheEarlierFileAndNoPartialFile() throws IOException {
        Path target = folder.resolve("slides.tex");
        Files.writeString(target, "earlier");

        assertThrows(CancellationException.class, () -> AtomicWriter.write(target, true, out -> {
            out.write(bytes("\\begin{frame}"));
            throw new CancellationException("cancelled");
        }));

        assertEquals("earlier", Files.readString(target));
        assertEquals(List.of(target), contents());
    }

    @Test
    void aMoveThatFailsLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("net.json");

        IOException failure = assertThrows(IOException.class, () -> AtomicWriter.write(target, true, out -> {
            out.write(bytes("new"));
            Files.writeString(Files.createDirectory(target).resolve("keep.txt"), "kept");
        }));

        assertEquals("cannot be written: " + AtomicWriter.reason(failure), AtomicWriter.problem(failure));
        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
        assertEquals(List.of(target), contents(), "only the folder that got in the way");
    }

    @Test
    void staleTemporaryFilesOfAKilledWriterAreRemovedOnTheNextWriteButNotOnesInUse() throws IOException {
        Path stale = Files.writeString(folder.resolve(".net.json.00000000deadbeef.tmp"), "half");
        Path oldNaming = Files.writeString(folder.resolve(".net.json.1f.tmp"), "half");
        Path inUse = folder.resolve(".other.json.0123456789abcdef.tmp");
        Path notOurs = Files.writeString(folder.resolve(".notes.tmp"), "mine");
        Path alsoNotOurs = Files.writeString(folder.resolve(".draft.v2.tmp"), "mine");
        try (FileChannel channel = FileChannel.open(inUse, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.lock();

            AtomicWriter.write(folder.resolve("net.json"), bytes("new"));

            assertTrue(Files.exists(inUse), "a temporary file whose writer holds its lock stays");
        }
        assertTrue(!Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
        assertTrue(!Files.exists(oldNaming, LinkOption.NOFOLLOW_LINKS));
        assertEquals("mine", Files.readString(notOurs));
        assertEquals("mine", Files.readString(alsoNotOurs));
    }

    @Test
    void aFifoWithTheTemporaryNamingIsNotOpenedByTheCleanUp() throws Exception {
        Path pipe = ExternalTools.fifo(folder.resolve(".net.json.00000000deadbeef.tmp"));

        assertTimeoutPreemptively(() -> {
            AtomicWriter.write(folder.resolve("net.json"), bytes("new"));
            return null;
        });

        assertTrue(Files.exists(pipe));
    }

    private static <T> T assertTimeoutPreemptively(org.junit.jupiter.api.function.ThrowingSupplier<T> action) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), action);
    }
}
