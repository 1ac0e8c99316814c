package dev.deltascope.export;

import java.nio.file.Path;

/** An export could not be written; the message names the file and why, in words a person can act on. */
public final class ExportException extends Exception {

    private final Path file;

    public ExportException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public ExportException(Path file, String reason) {
        this(file, reason, null);
    }

    /** The file that was being written. */
    public Path file() {
        return file;
    }
}
