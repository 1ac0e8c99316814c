package dev.deltascope.cli;

import dev.deltascope.derivation.Convention;
import dev.deltascope.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns file arguments into paths, with one-line messages for the problems a user can fix. */
final class Arguments {

    private Arguments() {
    }

    /** The path named by {@code argument}; reading it reports its own problems. */
    static Path inputFile(String argument) {
        return path(argument);
    }

    /**
     * A file that may be written: its folder exists, it is new unless {@code force}, and it is
     * (or links to) a regular file or nothing yet, never a folder, device, FIFO or socket.
     */
    static Path outputFile(String argument, boolean force) {
        Path path = path(argument);
        try {
            AtomicWriter.destination(path, true);
        } catch (IOException e) {
            throw new CommandFailure(argument + ": " + AtomicWriter.problem(e));
        }
        if (Files.exists(path) && !force) {
            throw new CommandFailure(argument + ": already exists; add --force to replace it");
        }
        return path;
    }

    /** The convention named by {@code --convention}'s value, ignoring case; one line naming the known ones otherwise. */
    static Convention convention(String name) {
        try {
            return Convention.named(name);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--convention: " + e.getMessage());
        }
    }

    /** An option's value as a message shows it: quoted, so that an empty or blank value is visible. */
    static String shown(Object value) {
        return "\"" + value + "\"";
    }

    static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CommandFailure(argument + ": not a valid file name (" + e.getReason() + ")");
        }
    }
}
