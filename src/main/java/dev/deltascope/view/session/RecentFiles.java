package dev.deltascope.view.session;

import dev.deltascope.io.AtomicWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened or saved most recently, newest first, at most {@value #CAPACITY}, kept in a
 * text file (one absolute path a line) so they survive a restart.
 */
public final class RecentFiles {

    static final int CAPACITY = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** Reads the list from {@code store}; a missing or unreadable store gives an empty list, lines that are not absolute paths are skipped. */
    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(load(store));
    }

    /** The list kept in the default configuration folder. */
    public static RecentFiles inConfigDirectory() {
        return new RecentFiles(ConfigDirectory.resolve().resolve("recent-files.txt"));
    }

    // Properties

    public ObservableList<Path> files() {
        return readOnly;
    }

    // Commands

    /** Puts the file first. Throws UncheckedIOException if the list cannot be written. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        while (updated.size() > CAPACITY) {
            updated.remove(updated.size() - 1);
        }
        files.setAll(updated);
        save();
    }

    /** Forgets the file, as when it no longer exists. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void save() {
        List<String> lines = files.stream().map(Path::toString).toList();
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            AtomicWriter.write(store, lines.stream().map(line -> line + "\n").collect(Collectors.joining())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the recent files list " + store, e);
        }
    }

    private static List<Path> load(Path store) {
        List<Path> loaded = new ArrayList<>();
        if (!Files.isRegularFile(store)) {
            return loaded;
        }
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                addParsed(loaded, line.strip());
            }
        } catch (IOException | UncheckedIOException unreadable) {
            return new ArrayList<>();
        }
        return loaded;
    }

    private static void addParsed(List<Path> loaded, String line) {
        if (line.isEmpty() || loaded.size() >= CAPACITY) {
            return;
        }
        try {
            Path path = Path.of(line);
            if (path.isAbsolute() && !loaded.contains(path)) {
                loaded.add(path);
            }
        } catch (InvalidPathException notAPath) {
            return;
        }
    }
}
