package dev.deltascope.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deltascope's temporary files: {@code .NAME.TAG.tmp} beside the file NAME they will replace,
 * TAG being up to 16 hexadecimal digits. A temporary file is locked by the process writing it
 * for as long as it is in use, so one left behind by a killed process is told apart from one
 * being written: its lock can be taken. {@link #removeStale} removes those.
 */
final class TemporaryFiles {

    /** {@code .NAME.TAG.tmp}: group 1 is NAME, group 2 TAG. */
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.([0-9a-f]{1,16})\\.tmp");

    private TemporaryFiles() {
    }

    /** A new tag: 16 random hexadecimal digits. */
    static String newTag() {
        return String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong());
    }

    /** The temporary file beside {@code destination} with this tag. */
    static Path beside(Path destination, String tag) {
        return destination.resolveSibling("." + destination.getFileName() + "." + tag + ".tmp");
    }

    /** NAME and TAG of a temporary file's name, or null for any other name. */
    static Matcher parse(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        return matcher.matches() ? matcher : null;
    }

    /**
     * Removes, quietly, every temporary file in {@code folder} that no running writer holds:
     * first finishing or abandoning each file set whose commit a killed process left (see
     * {@link FileSet}), then deleting the other temporary files whose lock can be taken. A
     * temporary file of a file set still being written is kept.
     */
    static void removeStale(Path folder) {
        Set<String> liveSets = new HashSet<>();
        try (DirectoryStream<Path> journals = Files.newDirectoryStream(folder, FileSet.JOURNAL_GLOB)) {
            for (Path journal : journals) {
                Matcher name = parse(journal);
                if (name != null && !FileSet.recover(journal)) {
                    liveSets.add(name.group(2));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return;
        }
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path candidate : candidates) {
                Matcher name = parse(candidate);
                if (name != null && !liveSets.contains(name.group(2))) {
                    deleteIfAbandoned(candidate);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Clean-up is a courtesy: a folder that cannot be listed is written to all the same.
        }
    }

    /** Deletes a regular file whose lock no process holds; true when it was deleted or is gone. */
    static boolean deleteIfAbandoned(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return false;
            }
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Locks a temporary file for as long as its channel is open. Where the file system has no
     * locks (some network file systems), the file is written unlocked: the clean-up cannot take
     * its lock either, so it leaves the file alone.
     */
    static void lockIfPossible(FileChannel channel) {
        try {
            channel.lock();
        } catch (IOException noLocks) {
            // Unlocked is still safe: see above.
        }
    }

    /** The file's lock, or null when another process or another channel of this one holds it. */
    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** Deletes a file; a failure here must not hide the failure being reported. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }
}
