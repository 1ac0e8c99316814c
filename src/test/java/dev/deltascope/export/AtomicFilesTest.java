package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesTheContentAndReplacesAnEarlierFile() throws Exception {
        Path target = folder.resolve("step.svg");
        Files.write(target, bytes("earlier"));

        AtomicFiles.write(target, out -> out.write(bytes("later")));

        assertEquals("later", Files.readString(target));
        assertEquals(List.of(target), folderContents(), "no temporary file left");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheEarlierFileAndNoPartialFile() throws Exception {
        Path target = folder.resolve("handout.pdf");
        Files.write(target, bytes("earlier"));

        ExportException failure = assertThrows(ExportException.class, () -> AtomicFiles.write(target, out -> {
            out.write(bytes("half a docu"));
            out.flush();
            throw new IOException("No space left on device");
        }));

        assertEquals("earlier", Files.readString(target));
        assertEquals(List.of(target), folderContents());
        assertEquals(target, failure.file());
        assertEquals(target + ": cannot be written: No space left on device", failure.getMessage());
    }

    @Test
    void aCancelLeavesTheEarlierFileAndNoPartialFileAndIsRethrown() throws Exception {
        Path target = folder.resolve("slides.tex");
        Files.write(target, bytes("earlier"));

        assertThrows(CancellationException.class, () -> AtomicFiles.write(target, out -> {
            out.write(bytes("\\begin{frame}"));
            throw new CancellationException("cancelled");
        }));

        assertEquals("earlier", Files.readString(target));
        assertEquals(List.of(target), folderContents());
    }

    @Test
    void aTargetWhoseFolderIsAFileGivesAClearError() throws Exception {
        Path notAFolder = folder.resolve("plain-file");
        Files.write(notAFolder, bytes("x"));

        ExportException failure = assertThrows(ExportException.class,
                () -> AtomicFiles.write(notAFolder.resolve("step.png"), out -> out.write(1)));

        assertTrue(failure.getMessage().endsWith("is a file, not a folder"), failure.getMessage());
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void aMissingFolderGivesAClearError() {
        ExportException failure = assertThrows(ExportException.class,
                () -> AtomicFiles.write(folder.resolve("missing/step.png"), out -> out.write(1)));

        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    }

    @Test
    void aTargetThatIsAFolderGivesAClearError() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("out"));

        ExportException failure = assertThrows(ExportException.class,
                () -> AtomicFiles.write(sub, out -> out.write(1)));

        assertTrue(failure.getMessage().endsWith("is a folder; give a file name to write to"), failure.getMessage());
    }

    @Test
    void withoutReplaceAnExistingFileIsLeftAlone() throws Exception {
        Path target = folder.resolve("step.png");
        Files.write(target, bytes("earlier"));

        ExportException failure = assertThrows(ExportException.class,
                () -> AtomicFiles.write(target, false, out -> out.write(bytes("later"))));

        assertEquals("earlier", Files.readString(target));
        assertTrue(failure.getMessage().contains("already exists"));
    }

    @Test
    void withoutReplaceANewFileIsWritten() throws Exception {
        Path target = folder.resolve("new.png");

        AtomicFiles.write(target, false, out -> out.write(bytes("content")));

        assertEquals("content", Files.readString(target));
    }
}
