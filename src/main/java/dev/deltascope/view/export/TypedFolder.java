package dev.deltascope.view.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** A folder as a person types it into an export form. */
final class TypedFolder {

    private TypedFolder() {
    }

    /** The folder {@code typed} names, when it is a folder name and the folder exists. */
    static Optional<Path> existing(String typed) {
        if (typed.isBlank()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(typed.strip());
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
