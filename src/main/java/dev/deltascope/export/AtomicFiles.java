package dev.deltascope.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all at once: the content goes to a temporary file in the same folder, is forced
 * to disk, then moved over the target. A failure, or a cancellation thrown by the content writer,
 * leaves any earlier file untouched and no temporary file behind.
 */
public final class AtomicFiles {

    /** Writes a file's content to a stream (left open: the caller closes it). */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes the target, replacing any earlier file. */
    public static void write(Path target, ContentWriter content) throws ExportException {
        write(target, true, content);
    }

    /**
     * Writes the target. When replaceExisting is false and the target exists, fails without
     * touching it. A {@link CancellationException} from the writer is rethrown after cleaning up.
     */
    public static void write(Path target, boolean replaceExisting, ContentWriter content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = checkFolder(absolute);
        if (Files.isDirectory(absolute)) {
            throw new ExportException(target, "is a folder; give a file name to write to");
        }
        if (!replaceExisting && Files.exists(absolute)) {
            throw new ExportException(target, "already exists; choose to replace it or give another name");
        }
        Path temporary = null;
        boolean moved = false;
        try {
            temporary = folder.resolve("." + absolute.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute, replaceExisting);
            moved = true;
        } catch (IOException e) {
            throw new ExportException(target, "cannot be written: " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new ExportException(target, "cannot be written: " + reason(e.getCause()), e);
        } finally {
            if (!moved && temporary != null) {
                deleteAfterFailure(temporary);
            }
        }
    }

    private static Path checkFolder(Path absolute) throws ExportException {
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new ExportException(absolute, "is not a file name");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(absolute, "cannot be written: " + folder + " is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new ExportException(absolute, "cannot be written: the folder " + folder + " does not exist");
        }
        return folder;
    }

    private static void move(Path temporary, Path target, boolean replaceExisting) throws IOException {
        if (!replaceExisting) {
            Files.move(temporary, target);
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
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
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Removes the temporary file; a failure here must not hide the failure being reported. */
    private static void deleteAfterFailure(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanupFailure) {
            temporary.toFile().deleteOnExit();
        }
    }
}
