package dev.deltascope.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Several files replaced as one: a folder of step images holds either the whole earlier set or
 * the whole new one, even when the writing process is killed.
 *
 * <p>Each file is staged as {@link AtomicWriter} stages one, tagged with the set's tag. While the
 * set is open, a locked journal {@code .deltascope-set.TAG.tmp} in the folder marks those
 * temporary files as in use. {@link #commit} writes into the journal every move and deletion
 * still to do, then an end mark, forces it to disk, and only then moves the files into place and
 * deletes the stale ones. A process killed before the end mark leaves the old set (its temporary
 * files are removed by the next write to the folder); one killed after it leaves a complete
 * journal, and the next write to the folder finishes the moves and deletions from it.
 */
public final class FileSet implements AutoCloseable {

    static final String JOURNAL_GLOB = ".deltascope-set.*.tmp";
    private static final int FORMAT = 1;
    private static final int END_MARK = 0x656e6421;

    private final Path folder;
    private final String tag;
    private final Path journal;
    private final FileChannel journalChannel;
    private final List<StagedFile> staged = new ArrayList<>();
    private final List<Path> deletions = new ArrayList<>();
    private boolean journalWritten;

    private FileSet(Path folder, String tag, Path journal, FileChannel journalChannel) {
        this.folder = folder;
        this.tag = tag;
        this.journal = journal;
        this.journalChannel = journalChannel;
    }

    /** Opens a set whose journal lives in {@code folder} (which must exist), clearing what killed writers left there. */
    public static FileSet begin(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            throw new WriteRefused("cannot be written: the folder " + absolute + " does not exist");
        }
        TemporaryFiles.removeStale(absolute);
        String tag = TemporaryFiles.newTag();
        Path journal = absolute.resolve(".deltascope-set." + tag + ".tmp");
        FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        TemporaryFiles.lockIfPossible(channel);
        return new FileSet(absolute, tag, journal, channel);
    }

    /** Stages the new content of {@code target} (checked as {@link AtomicWriter#destination}); nothing is replaced until {@link #commit}. */
    public void write(Path target, boolean replaceExisting, AtomicWriter.Content content) throws IOException {
        Path destination = AtomicWriter.destination(target, replaceExisting);
        StagedFile file = StagedFile.write(destination, tag, content);
        staged.add(file);
    }

    /** Marks a regular file (links not followed) to be deleted when the set is committed. */
    public void deleteOnCommit(Path file) {
        deletions.add(file.toAbsolutePath());
    }

    /** Moves every staged file into place and deletes the marked files, as one step a kill cannot split. */
    public void commit() throws IOException {
        writeJournal();
        apply(moves(), deletions);
    }

    /** The journal written and forced to disk, the point after which the new set wins. */
    void writeJournal() throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(journalChannel)));
        out.writeInt(FORMAT);
        out.writeInt(staged.size());
        for (StagedFile file : staged) {
            out.writeUTF(file.temporary().toString());
            out.writeUTF(file.destination().toString());
        }
        out.writeInt(deletions.size());
        for (Path file : deletions) {
            out.writeUTF(file.toString());
        }
        out.writeInt(END_MARK);
        out.flush();
        journalChannel.force(true);
        journalWritten = true;
        for (StagedFile file : staged) {
            file.keep();
        }
    }

    private List<Path[]> moves() {
        List<Path[]> moves = new ArrayList<>();
        for (StagedFile file : staged) {
            moves.add(new Path[] {file.temporary(), file.destination()});
        }
        return moves;
    }

    /** Moves each temporary file that is still there over its destination, then deletes the stale files. */
    private static void apply(List<Path[]> moves, List<Path> deletions) throws IOException {
        for (Path[] move : moves) {
            if (Files.exists(move[0], LinkOption.NOFOLLOW_LINKS)) {
                StagedFile.replace(move[0], move[1]);
            }
        }
        for (Path file : deletions) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Finishes or abandons the set of a journal whose writer is gone: a complete journal is
     * applied, an incomplete one dropped. False when the journal's writer still holds it.
     */
    static boolean recover(Path journal) {
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = TemporaryFiles.tryLock(channel);
            if (lock == null) {
                return false;
            }
            List<Path[]> moves = new ArrayList<>();
            List<Path> deletions = new ArrayList<>();
            if (readJournal(channel, moves, deletions)) {
                apply(moves, deletions);
            }
            Files.deleteIfExists(journal);
            return true;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Reads a journal into moves and deletions; false when it has no end mark (the writer died before committing). */
    private static boolean readJournal(FileChannel channel, List<Path[]> moves, List<Path> deletions) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        try {
            if (in.readInt() != FORMAT) {
                return false;
            }
            int moveCount = in.readInt();
            for (int i = 0; i < moveCount; i++) {
                moves.add(new Path[] {Path.of(in.readUTF()), Path.of(in.readUTF())});
            }
            int deletionCount = in.readInt();
            for (int i = 0; i < deletionCount; i++) {
                deletions.add(Path.of(in.readUTF()));
            }
            return in.readInt() == END_MARK;
        } catch (EOFException incomplete) {
            return false;
        }
    }

    /**
     * Ends the set. Before {@link #commit}, every staged file is deleted and the earlier files stay
     * as they were; after a commit that failed halfway, the journal and the files not yet moved
     * stay for the next write to the folder to finish.
     */
    @Override
    public void close() throws IOException {
        boolean finished = true;
        try {
            for (StagedFile file : staged) {
                file.close();
                finished &= !Files.exists(file.temporary(), LinkOption.NOFOLLOW_LINKS);
            }
        } finally {
            if (!journalWritten) {
                journalChannel.truncate(0);
            }
            journalChannel.close();
            if (!journalWritten || finished) {
                TemporaryFiles.deleteQuietly(journal);
            }
        }
    }

    /** What a killed process leaves: every lock released, nothing moved or deleted (tests use it to stand for a kill). */
    void abandon() throws IOException {
        for (StagedFile file : staged) {
            file.keep();
            file.close();
        }
        journalChannel.close();
    }

    /** The folder the journal lives in. */
    public Path folder() {
        return folder;
    }
}
