package dev.deltascope.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a write really lands: the target with every symbolic link followed, so that writing
 * through a link replaces the file it points to and the link stays. Only a regular file (or no
 * file yet) may be replaced; a folder, device, FIFO or socket is refused.
 */
final class WriteTarget {

    /** Links followed before giving up, as Linux does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private WriteTarget() {
    }

    /** The absolute path a write to {@code target} replaces or creates, its folder checked to exist. */
    static Path resolve(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new WriteRefused("cannot be written: too many levels of symbolic links");
            }
            Path folder = path.getParent();
            path = folder.resolve(Files.readSymbolicLink(path)).normalize();
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            refuseUnlessRegular(path);
        }
        Path folder = path.getParent();
        if (folder == null) {
            throw new WriteRefused("is not a file name");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new WriteRefused("cannot be written: " + folder + " is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new WriteRefused("cannot be written: the folder " + folder + " does not exist");
        }
        return path;
    }

    /** Refuses anything at {@code path} but a regular file (links not followed). */
    static void refuseUnlessRegular(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            throw new WriteRefused("is a folder; give a file name to write to");
        }
        if (!attributes.isRegularFile() && !attributes.isSymbolicLink()) {
            throw new WriteRefused("is " + SpecialFiles.kind(path) + ", not a regular file; give a file name to write to");
        }
    }
}
