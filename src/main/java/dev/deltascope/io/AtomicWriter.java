package dev.deltascope.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way Deltascope writes a file: the content goes to a locked temporary file beside the
 * destination, is forced to disk, then moved over the destination, so a reader (or a crash)
 * sees the whole old file or the whole new one. The rules:
 * <ul>
 * <li>only a regular file is replaced: a folder, device, FIFO or socket is refused
 *     ({@link WriteRefused});
 * <li>a symbolic link is followed: its target is replaced and the link stays;
 * <li>a replaced file keeps its permissions;
 * <li>on failure, or a {@link java.util.concurrent.CancellationException} from the content,
 *     the earlier file is untouched and no temporary file is left;
 * <li>temporary files that a killed process left in the folder are removed first.
 * </ul>
 */
public final class AtomicWriter {

    /** Writes a file's content to a stream (left open: the writer closes it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWriter() {
    }

    /** Writes {@code bytes} to {@code target}, replacing an earlier regular file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, true, out -> out.write(bytes));
    }

    /**
     * Writes {@code target}. When {@code replaceExisting} is false and the target exists, fails
     * without touching it.
     */
    public static void write(Path target, boolean replaceExisting, Content content) throws IOException {
        Path destination = destination(target, replaceExisting);
        TemporaryFiles.removeStale(destination.getParent());
        try (StagedFile staged = StagedFile.write(destination, TemporaryFiles.newTag(), content)) {
            staged.moveIntoPlace(replaceExisting);
        }
    }

    /**
     * The file a write to {@code target} replaces or creates: the target with its links
     * followed, checked against the rules above without writing anything.
     */
    public static Path destination(Path target, boolean replaceExisting) throws IOException {
        Path destination = WriteTarget.resolve(target);
        if (!replaceExisting && Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteRefused("already exists; choose to replace it or give another name");
        }
        return destination;
    }

    /** The reason a write failed, in a few plain words for a one-line message. */
    public static String reason(IOException e) {
        if (e instanceof WriteRefused) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** The one-line message after a target's name: a refusal as it stands, anything else "cannot be written: …". */
    public static String problem(IOException e) {
        return e instanceof WriteRefused ? e.getMessage() : "cannot be written: " + reason(e);
    }
}
