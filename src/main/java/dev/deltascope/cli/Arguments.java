package dev.deltascope.cli;

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

    /** A file that may be written: its folder exists, it is not a folder, and it is new unless {@code force}. */
    static Path outputFile(String argument, boolean force) {
        Path path = path(argument);
        if (Files.isDirectory(path)) {
            throw new CommandFailure(argument + ": is a folder; give a file name to write to");
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandFailure(argument + ": " + folder + " is a file, not a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(argument + ": the folder " + folder + " does not exist");
        }
        if (Files.exists(path) && !force) {
            throw new CommandFailure(argument + ": already exists; add --force to replace it");
        }
        return path;
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
