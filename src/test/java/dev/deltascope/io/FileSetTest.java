package dev.deltascope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {

    @TempDir
    Path folder;

    private List<String> contents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> listed = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                listed.add(file.getFileName() + "=" + Files.readString(file));
            }
            return listed;
        }
    }

    private void oldSet() throws IOException {
        for (int i = 1; i <= 3; i++) {
            Files.writeString(folder.resolve("step-0" + i + ".png"), "old " + i);
        }
    }

    private FileSet stagedNewSet() throws IOException {
        FileSet set = FileSet.begin(folder);
        for (int i = 1; i <= 2; i++) {
            String text = "new " + i;
            set.write(folder.resolve("step-0" + i + ".png"), true, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        set.deleteOnCommit(folder.resolve("step-03.png"));
        return set;
    }

    @Test
    void aCommittedSetReplacesTheOldOneWholeAndDeletesItsStaleFiles() throws IOException {
        oldSet();
        try (FileSet set = stagedNewSet()) {
            assertEquals(List.of("step-01.png=old 1", "step-02.png=old 2", "step-03.png=old 3"),
                    contents().stream().filter(line -> !line.startsWith(".")).toList(),
                    "nothing is replaced before the commit");
            set.commit();
        }
        assertEquals(List.of("step-01.png=new 1", "step-02.png=new 2"), contents());
    }

    @Test
    void aSetClosedWithoutCommitLeavesTheOldSetAndNoTemporaryFile() throws IOException {
        oldSet();
        try (FileSet set = stagedNewSet()) {
            set.write(folder.resolve("step-04.png"), true, out -> {
                throw new IOException("No space left on device");
            });
        } catch (IOException expected) {
            assertEquals("No space left on device", expected.getMessage());
        }
        assertEquals(List.of("step-01.png=old 1", "step-02.png=old 2", "step-03.png=old 3"), contents());
    }

    @Test
    void aWriterKilledAfterTheJournalIsFinishedByTheNextWrite() throws IOException {
        oldSet();
        FileSet killed = stagedNewSet();
        killed.writeJournal();
        killed.abandon();

        AtomicWriter.write(folder.resolve("notes.txt"), "n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("notes.txt=n", "step-01.png=new 1", "step-02.png=new 2"), contents());
    }

    @Test
    void aWriterKilledBeforeTheJournalLeavesTheOldSetAndItsTemporaryFilesAreRemoved() throws IOException {
        oldSet();
        FileSet killed = stagedNewSet();
        killed.abandon();

        AtomicWriter.write(folder.resolve("notes.txt"), "n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("notes.txt=n", "step-01.png=old 1", "step-02.png=old 2", "step-03.png=old 3"), contents());
    }

    @Test
    void aSetBeingWrittenIsNotDisturbedByAnotherWriteToTheFolder() throws IOException {
        oldSet();
        try (FileSet set = stagedNewSet()) {
            AtomicWriter.write(folder.resolve("notes.txt"), "n".getBytes(StandardCharsets.UTF_8));
            set.commit();
        }
        assertEquals(List.of("notes.txt=n", "step-01.png=new 1", "step-02.png=new 2"), contents());
    }

    @Test
    void aMissingFolderIsRefused() {
        WriteRefused refused = assertThrows(WriteRefused.class, () -> FileSet.begin(folder.resolve("absent")));
        assertEquals("cannot be written: the folder " + folder.resolve("absent") + " does not exist", refused.getMessage());
    }
}
