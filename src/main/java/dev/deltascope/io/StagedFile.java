package dev.deltascope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A file's new content, written to a locked temporary file beside its destination and forced to
 * disk, waiting to be moved over the destination. Closing it without the move deletes it.
 */
final class StagedFile implements AutoCloseable {

    private final Path temporary;
    private final Path destination;
    private final FileChannel channel;
    private boolean moved;

    private StagedFile(Path temporary, Path destination, FileChannel channel) {
        this.temporary = temporary;
        this.destination = destination;
        this.channel = channel;
    }

    /**
     * Writes {@code content} to a new temporary file beside {@code destination}, tagged
     * {@code tag}, with the permissions of the file it will replace (set before the first byte,
     * so a private file's content is never readable by others), and forces it to disk.
     */
    static StagedFile write(Path destination, String tag, AtomicWriter.Content content) throws IOException {
        Path temporary = TemporaryFiles.beside(destination, tag);
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        StagedFile staged = new StagedFile(temporary, destination, channel);
        try {
            TemporaryFiles.lockIfPossible(channel);
            copyPermissions(destination, temporary);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            content.writeTo(out);
            out.flush();
            channel.force(true);
            return staged;
        } catch (UncheckedIOException e) {
            staged.close();
            throw e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            staged.close();
            throw e;
        }
    }

    Path temporary() {
        return temporary;
    }

    Path destination() {
        return destination;
    }

    /** Moves the temporary file over the destination, atomically where the file system can. */
    void moveIntoPlace(boolean replaceExisting) throws IOException {
        if (!replaceExisting) {
            Files.move(temporary, destination);
        } else {
            replace(temporary, destination);
        }
        moved = true;
    }

    /** Moves {@code from} over {@code to}: a rename where possible, so a reader sees the old file or the new. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the temporary file when this is closed: a file set's journal now names it. */
    void keep() {
        moved = true;
    }

    /** Releases the lock; deletes the temporary file unless it was moved into place. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            if (!moved) {
                TemporaryFiles.deleteQuietly(temporary);
            }
        }
    }

    /** Gives {@code temporary} the POSIX permissions of {@code existing}, when that exists and the platform has them. */
    private static void copyPermissions(Path existing, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
