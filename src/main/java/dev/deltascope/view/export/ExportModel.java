package dev.deltascope.view.export;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.export.ExportException;
import dev.deltascope.export.ExportMonitor;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.model.FiniteDifferences;
import dev.deltascope.model.Trace;
import dev.deltascope.view.field.InvalidEditException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs the export its settings describe, off the JavaFX thread: progress from 0 to 1 as steps are
 * done, a cancel that stops the exporter through its monitor (a cancelled export leaves the earlier
 * files as they were, never part of a new set; the export counts as running until the exporter has stopped), and the outcome in plain
 * words. Must be used from the JavaFX thread.
 */
public final class ExportModel {

    private final ExportSettings settings;
    private final Executor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(this, "written", List.of());
    private ExportTask task;

    /** Runs each export on a daemon thread of its own. */
    public ExportModel(ExportSettings settings) {
        this(settings, runnable -> {
            Thread thread = new Thread(runnable, "deltascope-export");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** @param executor runs the export; never the JavaFX thread */
    public ExportModel(ExportSettings settings, Executor executor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    // Properties

    public ExportSettings settings() {
        return settings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1: the share of the steps done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last export did, in plain words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed, in plain words; "" when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The files the last export wrote. */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    // Commands

    /**
     * Starts the export; replaceExisting says whether files that exist may be replaced (ask first).
     *
     * @throws InvalidEditException when the settings have a problem or an export is running
     */
    public void start(boolean replaceExisting) {
        if (running.get()) {
            throw new InvalidEditException("An export is already running; cancel it first.");
        }
        ExportRequest request = settings.request().withReplaceExisting(replaceExisting);
        ExportTask started = new ExportTask(settings.formatProperty().get(), settings.derivation(),
                settings.digitsProperty().get(), settings.conventionProperty().get(), request);
        started.progressProperty().addListener((observable, old, value) ->
                progress.set(Math.max(0, value.doubleValue())));
        started.setOnSucceeded(event -> finish(started, started.getValue(), "Done. " + describe(started.getValue())));
        started.setOnFailed(event -> {
            if (started.getException() instanceof CancellationException) {
                finish(started, started.writtenSoFar(), stopped("Cancelled"));
            } else {
                finish(started, started.writtenSoFar(), stopped("The export failed"));
                failure.set(plainWords(started.getException()));
            }
        });
        task = started;
        failure.set("");
        written.set(List.of());
        progress.set(0);
        status.set("Exporting…");
        running.set(true);
        executor.execute(started);
    }

    /**
     * Asks a running export to stop at its next step; nothing it wrote is kept (the earlier files
     * stay as they were). The export
     * is running until the exporter has stopped and cleaned up.
     */
    public void cancel() {
        if (task != null && running.get()) {
            task.stop();
            status.set("Cancelling…");
        }
    }

    private void finish(ExportTask done, List<Path> files, String outcome) {
        written.set(List.copyOf(files));
        if (!files.isEmpty() && files.equals(done.planned())) {
            progress.set(1);
        }
        status.set(outcome);
        running.set(false);
    }

    /** "Cancelled; nothing was written.": an export that stops leaves the earlier files as they were. */
    private static String stopped(String what) {
        return what + "; nothing was written.";
    }

    private static String describe(List<Path> files) {
        return files.size() == 1 ? "Wrote " + files.get(0) + "."
                : "Wrote " + files.size() + " files into " + files.get(0).getParent() + ".";
    }

    private static String plainWords(Throwable failure) {
        if (failure instanceof ExportException || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            return "There was not enough memory for this export. Try a smaller scale or fewer steps.";
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "Something went wrong while exporting: " + detail;
    }

    /** The exporter on a worker thread, with the derivation rebuilt when other digits or another convention were asked for. */
    private static final class ExportTask extends Task<List<Path>> {
        private final Exporter exporter;
        private final Derivation derivation;
        private final int digits;
        private final Convention convention;
        private final ExportRequest request;
        private final List<Path> planned;
        private final AtomicReference<List<Path>> finished = new AtomicReference<>();
        private final AtomicBoolean stopRequested = new AtomicBoolean();

        ExportTask(Exporter exporter, Derivation derivation, int digits, Convention convention, ExportRequest request) {
            this.exporter = exporter;
            this.derivation = derivation;
            this.digits = digits;
            this.convention = Objects.requireNonNull(convention, "convention");
            this.request = request;
            this.planned = exporter.plannedFiles(derivation, request);
        }

        /** Makes the exporter stop at its next check, rather than cancelling the task while it still writes. */
        void stop() {
            stopRequested.set(true);
        }

        List<Path> planned() {
            return planned;
        }

        /** The files written: all of them once the export has finished, none before (a set of pictures is replaced whole). */
        List<Path> writtenSoFar() {
            List<Path> all = finished.get();
            return all != null ? all : List.of();
        }

        @Override
        protected List<Path> call() throws ExportException {
            updateProgress(0, request.stepCount());
            Trace trace = derivation.trace();
            boolean checkPending = trace.check().isPending();
            if (checkPending) {
                trace = trace.withCheck(FiniteDifferences.check(trace.network(), trace.vjp()));
            }
            boolean same = digits == derivation.style().significantDigits() && convention.equals(derivation.convention());
            Derivation shown = same && !checkPending ? derivation
                    : DerivationBuilder.build(trace, derivation.style().withSignificantDigits(digits), convention,
                            derivation.example());
            List<Path> files = exporter.export(shown, request, new ExportMonitor() {
                @Override
                public void progress(int done, int total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return stopRequested.get();
                }
            });
            finished.set(files);
            return files;
        }
    }
}
