package dev.deltascope.view.step;

import dev.deltascope.model.FiniteDifferences;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the derivations of the edited network are computed. Small networks are computed at once;
 * larger ones on a background thread, the newest request winning. A large network's derivation is
 * published before its finite-difference check (thousands of forward passes): its trace's check is
 * pending until the check, run on a second background thread, arrives; a check that arrives after a
 * newer edit is discarded. A background computation whose result can no longer be shown (cancelled,
 * or overtaken by a newer edit) is interrupted: the model's computations stop at their next
 * {@link dev.deltascope.model.Interruption#check check}, within a fraction of a second, and free the thread.
 */
final class DerivationComputation {

    /** Networks whose parameters × examples stay within this are computed on the calling thread. */
    static final long IMMEDIATE_LIMIT = 400;

    private final Executor background;
    private final Executor checker;
    private final Executor foreground;
    private final Consumer<DerivationOutcome> publish;
    private final Supplier<Trace> shownTrace;
    private final Supplier<DerivationSettings> shownSettings;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper computingText = new ReadOnlyStringWrapper(this, "computingText", "");
    private long latestRequest;
    /** The background trace of the newest request, interrupted when cancelled or overtaken. */
    private Future<?> tracing = CompletableFuture.completedFuture(null);
    /** The running finite-difference check, interrupted when a newer trace is shown or computed. */
    private Future<?> checking = CompletableFuture.completedFuture(null);
    /** The unchecked trace whose check is wanted now; an older check is skipped or discarded. */
    private volatile Trace awaitingCheck;

    /**
     * @param background where large networks are traced
     * @param checker where large networks' finite-difference checks run
     * @param foreground where results are handed to {@code publish} (the JavaFX thread)
     * @param shownTrace the trace of the derivation shown now, or null
     * @param shownSettings what the derivation shown now is printed with
     */
    DerivationComputation(Executor background, Executor checker, Executor foreground,
            Consumer<DerivationOutcome> publish, Supplier<Trace> shownTrace, Supplier<DerivationSettings> shownSettings) {
        this.background = Objects.requireNonNull(background, "background");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.foreground = Objects.requireNonNull(foreground, "foreground");
        this.publish = publish;
        this.shownTrace = shownTrace;
        this.shownSettings = shownSettings;
    }

    /** An executor running its tasks one at a time on a daemon thread named {@code name}. */
    static Executor daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** True while a large network is being traced in the background. */
    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** What is being computed ("Computing the derivation of …"), or "". */
    ReadOnlyStringProperty computingTextProperty() {
        return computingText.getReadOnlyProperty();
    }

    /**
     * Computes the derivation of {@code network} printed with {@code settings} and publishes it, from
     * {@code reusable} where that is its trace already: at once for a small network or a reused
     * trace, else in the background, interrupting the computation of an older request.
     */
    void compute(Network network, Trace reusable, DerivationSettings settings) {
        long request = ++latestRequest;
        tracing.cancel(true);
        if (reusable == null) {
            awaitingCheck = null;
            checking.cancel(true);
        }
        if (reusable == null && (long) network.parameterCount() * network.batchSize() > IMMEDIATE_LIMIT) {
            computing.set(true);
            computingText.set("Computing the derivation of " + count(network.parameterCount()) + " parameters × "
                    + count(network.batchSize()) + (network.batchSize() == 1 ? " example…" : " examples…"));
            FutureTask<Void> task = new FutureTask<>(() -> {
                DerivationOutcome outcome = DerivationOutcome.of(network, null, settings, false);
                foreground.execute(() -> {
                    if (request == latestRequest) {
                        computing.set(false);
                        computingText.set("");
                        publish.accept(outcome);
                        checkLater();
                    }
                });
            }, null);
            tracing = task;
            background.execute(task);
        } else {
            computing.set(false);
            computingText.set("");
            publish.accept(DerivationOutcome.of(network, reusable, settings, true));
        }
    }

    /**
     * Stops the background computation: its thread is interrupted (or it never starts, if it was
     * still queued) and nothing of it is published. Returns false, doing nothing, when nothing is
     * being computed.
     */
    boolean cancel() {
        if (!computing.get()) {
            return false;
        }
        latestRequest++;
        tracing.cancel(true);
        computing.set(false);
        computingText.set("");
        return true;
    }

    /**
     * Runs the check of the shown trace if it is pending and builds the checked derivation on the
     * checker's thread, publishing it unless a newer trace is shown by then (rebuilt here if the
     * settings changed meanwhile). A newer edit interrupts it.
     */
    private void checkLater() {
        Trace unchecked = shownTrace.get();
        if (unchecked == null || !unchecked.check().isPending()) {
            return;
        }
        awaitingCheck = unchecked;
        DerivationSettings settings = shownSettings.get();
        FutureTask<Void> task = new FutureTask<>(() -> {
            if (awaitingCheck != unchecked) {
                return;
            }
            Trace checked = unchecked.withCheck(FiniteDifferences.check(unchecked.network(), unchecked.vjp()));
            DerivationOutcome outcome = DerivationOutcome.of(checked.network(), checked, settings, true);
            foreground.execute(() -> {
                if (shownTrace.get() == unchecked) {
                    DerivationSettings now = shownSettings.get();
                    publish.accept(now.equals(settings) ? outcome
                            : DerivationOutcome.of(checked.network(), checked, now, true));
                }
            });
        }, null);
        checking = task;
        checker.execute(task);
    }

    /** A count with thousands separated by commas, as the README writes them: 24,584. */
    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
