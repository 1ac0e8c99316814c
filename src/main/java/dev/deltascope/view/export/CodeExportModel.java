package dev.deltascope.view.export;

import dev.deltascope.code.CodeExport;
import dev.deltascope.code.CodeExportException;
import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.view.field.InvalidEditException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * File → Export code…: which kinds of code to write (a NumPy script, a PyTorch script, a notebook), into which
 * folder, and what happened. Writing runs off the JavaFX thread. Must be used from the JavaFX thread.
 */
public final class CodeExportModel {

    private final Derivation derivation;
    private final Executor executor;
    private final Map<CodeFormat, BooleanProperty> chosen = new EnumMap<>(CodeFormat.class);
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyObjectWrapper<List<Path>> plannedFiles = new ReadOnlyObjectWrapper<>(this, "plannedFiles",
            List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Task<List<Path>> task;

    /** Writes on a daemon thread of its own; every kind of code chosen, into startFolder. */
    public CodeExportModel(Derivation derivation, Path startFolder) {
        this(derivation, startFolder, runnable -> {
            Thread thread = new Thread(runnable, "deltascope-code-export");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** @param executor runs the writing; never the JavaFX thread */
    public CodeExportModel(Derivation derivation, Path startFolder, Executor executor) {
        this.derivation = Objects.requireNonNull(derivation, "derivation");
        this.executor = Objects.requireNonNull(executor, "executor");
        List<Observable> inputs = new ArrayList<>(List.of(folder));
        for (CodeFormat format : CodeFormat.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, format.formatName(), true);
            chosen.put(format, property);
            inputs.add(property);
        }
        folder.set(startFolder.toString());
        inputs.forEach(input -> input.addListener(changed -> plan()));
        plan();
    }

    // Properties

    /** Whether to write this kind of code; all three at first. */
    public BooleanProperty chosenProperty(CodeFormat format) {
        return chosen.get(format);
    }

    /** The folder to write into, as typed; created when missing. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** The files an export would write now, in the order of {@link CodeFormat}. */
    public ReadOnlyObjectProperty<List<Path>> plannedFilesProperty() {
        return plannedFiles.getReadOnlyProperty();
    }

    /** Why nothing can be exported as chosen, in plain words; "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the files go, in one sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last export did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed, in plain words; "" when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The folder typed, when it names a folder that exists. */
    public Optional<Path> existingFolder() {
        return TypedFolder.existing(folder.get());
    }

    /** The planned files that exist already, to ask before replacing them. */
    public List<Path> existingFiles() {
        return plannedFiles.get().stream().filter(Files::exists).toList();
    }

    // Commands

    /**
     * Writes the chosen files; replaceExisting says whether files that exist may be replaced (ask first).
     *
     * @throws InvalidEditException when the choice has a problem or an export is running
     */
    public void start(boolean replaceExisting) {
        if (running.get()) {
            throw new InvalidEditException("An export is already running.");
        }
        if (!problem.get().isEmpty()) {
            throw new InvalidEditException(problem.get());
        }
        Path target = Path.of(folder.get().strip());
        List<CodeFormat> formats = chosenFormats();
        List<Path> written = new CopyOnWriteArrayList<>();
        Task<List<Path>> started = new Task<>() {
            @Override
            protected List<Path> call() {
                for (CodeFormat format : formats) {
                    if (isCancelled()) {
                        break;
                    }
                    written.add(CodeExport.write(format, derivation, target, replaceExisting));
                }
                return List.copyOf(written);
            }
        };
        started.setOnSucceeded(event -> finish("Done. Wrote " + names(started.getValue()) + " in " + target + "."));
        started.setOnCancelled(event -> finish(stopped("Cancelled", written)));
        started.setOnFailed(event -> {
            Throwable problemSeen = started.getException();
            finish(stopped("The export failed", written));
            failure.set(problemSeen instanceof CodeExportException ? problemSeen.getMessage()
                    : "Unexpected problem: " + problemSeen);
        });
        task = started;
        failure.set("");
        status.set("Writing…");
        running.set(true);
        executor.execute(started);
    }

    /** Stops a running export before its next file; the files it has written stay. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** "Cancelled; nothing was written." or "…; derivation_numpy.py was written before it and kept." */
    private static String stopped(String what, List<Path> written) {
        return what + (written.isEmpty() ? "; nothing was written."
                : "; " + names(written) + (written.size() == 1 ? " was" : " were") + " written before it and kept.");
    }

    private void finish(String outcome) {
        status.set(outcome);
        running.set(false);
    }

    private List<CodeFormat> chosenFormats() {
        return chosen.entrySet().stream().filter(entry -> entry.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private void plan() {
        List<CodeFormat> formats = chosenFormats();
        String typed = folder.get() == null ? "" : folder.get().strip();
        Path target = null;
        String why = "";
        if (formats.isEmpty()) {
            why = "Choose at least one kind of code.";
        } else if (typed.isEmpty()) {
            why = "Choose a folder to write into.";
        } else {
            try {
                target = Path.of(typed);
            } catch (InvalidPathException e) {
                why = "“" + typed + "” is not a folder name: " + e.getReason() + ".";
            }
            if (target != null && Files.exists(target) && !Files.isDirectory(target)) {
                why = target + " is a file; choose a folder.";
                target = null;
            }
        }
        List<Path> files = new ArrayList<>();
        if (target != null) {
            for (CodeFormat format : formats) {
                files.add(target.resolve(format.fileName()));
            }
        }
        plannedFiles.set(List.copyOf(files));
        problem.set(why);
        summary.set(files.isEmpty() ? "" : "Writes " + names(files) + " into " + target
                + (Files.isDirectory(target) ? "" : " (a new folder)") + ".");
    }

    private static String names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
    }
}
