package dev.deltascope.code;

/** A code export that cannot be written; the message is one line naming the file and the problem. */
public final class CodeExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CodeExportException(String message) {
        super(message);
    }
}
