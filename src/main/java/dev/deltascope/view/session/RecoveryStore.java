package dev.deltascope.view.session;

import dev.deltascope.file.NetworkFile;
import dev.deltascope.file.NetworkFileException;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A copy of the edited network written shortly after each edit, so that work survives a crash:
 * the next start finds it and offers it back; a normal exit deletes it. Networks holding ∞ or
 * NaN are not written (the file format cannot hold them), leaving the last finite copy.
 */
public final class RecoveryStore {

    /** How long after an edit the copy is written, so a burst of edits makes one write. */
    static final long DELAY_MILLIS = 400;

    private final Path file;
    private final ScheduledExecutorService writer;
    private ScheduledFuture<?> pending;
    private volatile String lastProblem = "";

    /** A store writing on its own daemon thread. */
    public RecoveryStore(Path file) {
        this(file, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deltascope-recovery");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** A store whose writes and deletes run on {@code writer}, one at a time in the order given. */
    public RecoveryStore(Path file, ScheduledExecutorService writer) {
        this.file = file;
        this.writer = writer;
    }

    /** The store in the default configuration folder. */
    public static RecoveryStore inConfigDirectory() {
        return new RecoveryStore(ConfigDirectory.resolve().resolve("recovery.json"));
    }

    public Path file() {
        return file;
    }

    /** The network left by a session that did not end normally, if there is a readable one. */
    public Optional<Network> left() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(NetworkFile.read(file));
        } catch (NetworkFileException | UncheckedIOException unreadable) {
            lastProblem = unreadable.getMessage();
            return Optional.empty();
        }
    }

    /**
     * Writes {@code network} after {@value #DELAY_MILLIS} ms unless another edit comes first. A network holding ∞
     * or NaN is not written and does not cancel the finite copy still waiting to be written.
     */
    public synchronized void schedule(Network network) {
        if (!isFinite(network)) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(() -> write(network), DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Deletes the copy, as at a normal exit or after the person declined to restore it. */
    public synchronized void discard() {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            writer.submit(() -> Files.deleteIfExists(file)).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException notDeleted) {
            lastProblem = "could not delete " + file + ": " + notDeleted.getMessage();
        }
    }

    /** Why the last write, read or delete failed, or "". */
    public String lastProblem() {
        return lastProblem;
    }

    private void write(Network network) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            NetworkFile.write(network, file);
            lastProblem = "";
        } catch (IOException | NetworkFileException | UncheckedIOException failure) {
            lastProblem = failure.getMessage();
        }
    }

    private static boolean isFinite(Network network) {
        if (!network.inputs().isFinite() || !network.targets().isFinite()) {
            return false;
        }
        for (DenseLayer layer : network.layers()) {
            if (!layer.weights().isFinite() || !layer.biases().isFinite()) {
                return false;
            }
        }
        return true;
    }
}
