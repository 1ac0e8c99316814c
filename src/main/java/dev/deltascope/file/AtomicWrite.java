package dev.deltascope.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the bytes go to a temporary file in the same folder, are forced
 * to disk, then moved over the target. On failure the earlier file is untouched and the
 * temporary file is removed. Failures are reported as a {@link NetworkFileException} naming the
 * source and the reason; the network file and the code export write through it.
 */
public final class AtomicWrite {

    /** The last step, moving the finished temporary file over the target. */
    @FunctionalInterface
    interface Move {
        void move(Path temporary, Path target) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Writes bytes to target, replacing any earlier file; {@code source} names the file in messages. */
    public static void write(Path target, byte[] bytes, String source) {
        write(target, bytes, source, AtomicWrite::replace);
    }

    static void write(Path target, byte[] bytes, String source, Move move) {
        if (Files.isDirectory(target)) {
            throw new NetworkFileException(source, "", "is a folder; give a file name to write to");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NetworkFileException(source, "", "cannot be written: the folder " + folder + " does not exist");
        }
        Path temporary = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move.move(temporary, target);
            moved = true;
        } catch (IOException e) {
            throw new NetworkFileException(source, "", "cannot be written: " + reason(e));
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
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
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** Removes the temporary file; a failure here must not hide the failure being reported. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            temporary.toFile().deleteOnExit();
        }
    }
}
