package dev.deltascope.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Names what a path that is neither a regular file nor a folder is, for messages that refuse it. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** "a FIFO", "a device", "a socket" or "a special file", from the Unix file mode where the platform gives it. */
    public static String kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
