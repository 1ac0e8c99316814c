package dev.deltascope.io;

import java.io.IOException;

/**
 * A target that must not be written as asked: a folder, a device, FIFO or socket, a missing
 * folder, or an existing file that may not be replaced. The message is the whole rule, ready to
 * follow the target's name ("is a FIFO, not a regular file; …").
 */
public final class WriteRefused extends IOException {

    WriteRefused(String message) {
        super(message);
    }
}
