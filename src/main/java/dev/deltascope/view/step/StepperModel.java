package dev.deltascope.view.step;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.model.FiniteDifferences;
import dev.deltascope.model.GradientCheck;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.field.InvalidEditException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The trace and derivation of the edited network, recomputed on every change, and where the
 * person is in it: the current step, the chosen view of backward steps, the unit the
 * component-wise view shows, the digits printed and the formula zoom. Small networks are
 * computed at once; larger ones on a background thread, the newest request winning. A large
 * network's derivation is published before its finite-difference check (thousands of forward
 * passes): its trace's check is pending until the check, run on a second background thread,
 * arrives; a check that arrives after a newer edit is discarded. A background computation whose
 * result can no longer be shown (cancelled, or overtaken by a newer edit) is interrupted: the
 * model's computations stop at their next {@link dev.deltascope.model.Interruption#check check},
 * within a fraction of a second, and free the thread.
 */
public final class StepperModel {

    public static final int MIN_PRECISION = 1;
    public static final int MAX_PRECISION = 12;
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.25;
    /** Networks whose parameters × examples stay within this are computed on the calling thread. */
    static final long IMMEDIATE_LIMIT = 400;

    private final ObservableValue<Network> network;
    private final Executor background;
    private final Executor foreground;
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<Derivation> derivation = new ReadOnlyObjectWrapper<>(this, "derivation");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper computingText = new ReadOnlyStringWrapper(this, "computingText", "");
    private final ReadOnlyStringWrapper cancelled = new ReadOnlyStringWrapper(this, "cancelled", "");
    private final ObjectProperty<ViewKind> view = new SimpleObjectProperty<>(this, "view", ViewKind.VJP);
    private final IntegerProperty unit = new SimpleIntegerProperty(this, "unit");
    private final IntegerProperty example = new SimpleIntegerProperty(this, "example");
    private final IntegerProperty precision = new SimpleIntegerProperty(this, "precision",
            NumberStyle.DEFAULT.significantDigits());
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Convention> convention = new SimpleObjectProperty<>(this, "convention",
            Convention.DELTASCOPE);
    private final Executor checker;
    private long latestRequest;
    /** The background trace of the newest request, interrupted when cancelled or overtaken. */
    private Future<?> tracing = CompletableFuture.completedFuture(null);
    /** The running finite-difference check, interrupted when a newer trace is shown or computed. */
    private Future<?> checking = CompletableFuture.completedFuture(null);
    /** The unchecked trace whose check is wanted now; an older check is skipped or discarded. */
    private volatile Trace awaitingCheck;
    private boolean restarting;

    /** Computes large networks and their checks on two daemon threads and publishes on the JavaFX thread. */
    public StepperModel(ObservableValue<Network> network) {
        this(network, daemonThread("deltascope-trace"), daemonThread("deltascope-check"), Platform::runLater);
    }

    /**
     * @param background where large networks are traced, and their checks run
     * @param foreground where results are published (the JavaFX thread)
     */
    public StepperModel(ObservableValue<Network> network, Executor background, Executor foreground) {
        this(network, background, background, foreground);
    }

    /**
     * @param background where large networks are traced
     * @param checker where large networks' finite-difference checks run
     * @param foreground where results are published (the JavaFX thread)
     */
    public StepperModel(ObservableValue<Network> network, Executor background, Executor checker, Executor foreground) {
        this.network = Objects.requireNonNull(network, "network");
        this.background = Objects.requireNonNull(background, "background");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.foreground = Objects.requireNonNull(foreground, "foreground");
        network.addListener((observable, old, changed) -> recompute());
        precision.addListener((observable, old, digits) -> recompute());
        convention.addListener((observable, old, chosen) -> recompute());
        example.addListener((observable, old, chosen) -> {
            if (derivation.get() != null && derivation.get().example() != chosen.intValue()) {
                recompute();
            }
        });
        recompute();
    }

    private static Executor daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    // Properties

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Derivation> derivationProperty() {
        return derivation.getReadOnlyProperty();
    }

    /** The steps of the current derivation (empty before the first one is ready). */
    public List<Step> steps() {
        return derivation.get() == null ? List.of() : derivation.get().steps();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public int stepIndex() {
        return stepIndex.get();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step step() {
        return step.get();
    }

    /** True while a large network is being traced in the background. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last network could not be traced, or "". */
    public ReadOnlyStringProperty computingTextProperty() {
        return computingText.getReadOnlyProperty();
    }

    /**
     * What a {@link #cancel cancelled} computation left shown ("" when none was cancelled since the
     * last published derivation): the derivation of the network before the edit, not of the edited one.
     */
    public ReadOnlyStringProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /**
     * Stops the background computation of the edited network: its thread is interrupted and stops
     * computing (or the computation never starts, if it was still queued), nothing of it is published,
     * and the derivation shown stays that of the previous network (said by {@link #cancelledProperty()}).
     * The edit itself is kept, to undo or to edit further; the next edit computes again. Nothing
     * happens when nothing is being computed.
     */
    public void cancel() {
        if (!computing.get()) {
            return;
        }
        latestRequest++;
        tracing.cancel(true);
        computing.set(false);
        computingText.set("");
        cancelled.set(trace.get() == null
                ? "Cancelled: no derivation is shown; edit the network to compute again."
                : "Cancelled: the derivation shown is of the network before the last edit; undo it or edit again"
                        + " to compute anew.");
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The view of backward steps the person chose; kept from step to step. */
    public ObjectProperty<ViewKind> viewProperty() {
        return view;
    }

    /** The unit j the component-wise view shows. */
    public IntegerProperty unitProperty() {
        return unit;
    }

    /**
     * The example k (from 0) of a mini-batch that the diagram and the per-example views (Jacobian
     * chain, naive chain, component-wise, softmax) show; kept within the batch, 0 after an edit
     * that leaves it outside.
     */
    public IntegerProperty exampleProperty() {
        return example;
    }

    /** Significant digits printed, {@value #MIN_PRECISION}..{@value #MAX_PRECISION}; change it with {@link #setPrecision}. */
    public IntegerProperty precisionProperty() {
        return precision;
    }

    /** How much formulas are magnified, {@value #MIN_ZOOM}..{@value #MAX_ZOOM}. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    // Commands

    public void first() {
        goTo(0);
    }

    public void previous() {
        goTo(stepIndex.get() - 1);
    }

    public void next() {
        goTo(stepIndex.get() + 1);
    }

    public void last() {
        goTo(steps().size() - 1);
    }

    /** Shows step {@code index}, kept within the steps there are. */
    public void goTo(int index) {
        List<Step> steps = steps();
        if (steps.isEmpty()) {
            return;
        }
        int clamped = Math.max(0, Math.min(index, steps.size() - 1));
        stepIndex.set(clamped);
        step.set(steps.get(clamped));
        clampUnit();
    }

    /**
     * Shows step 1, now and when the next derivation is published: for a network that replaces the
     * whole one before (a preset, an opened file), where keeping the step would land mid-derivation.
     */
    public void restart() {
        restarting = true;
        first();
        if (!computing.get()) {
            restarting = false;
        }
    }

    /** The notation the derivation is shown in; a view setting, never part of the network. */
    public ObjectProperty<Convention> conventionProperty() {
        return convention;
    }

    public void setPrecision(int digits) {
        if (digits < MIN_PRECISION || digits > MAX_PRECISION) {
            throw new InvalidEditException("Digits must be from " + MIN_PRECISION + " to " + MAX_PRECISION
                    + ", not " + digits + ".");
        }
        precision.set(digits);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    public void resetZoom() {
        zoom.set(1);
    }

    private void recompute() {
        Network current = network.getValue();
        int digits = digits();
        Convention notation = convention.get();
        int shown = example.get() >= 0 && example.get() < current.batchSize() ? example.get() : 0;
        Trace reusable = trace.get() != null && trace.get().network().equals(current) ? trace.get() : null;
        long request = ++latestRequest;
        tracing.cancel(true);
        if (reusable == null) {
            awaitingCheck = null;
            checking.cancel(true);
        }
        if (reusable == null && (long) current.parameterCount() * current.batchSize() > IMMEDIATE_LIMIT) {
            computing.set(true);
            computingText.set("Computing the derivation of " + count(current.parameterCount()) + " parameters × "
                    + count(current.batchSize()) + (current.batchSize() == 1 ? " example…" : " examples…"));
            FutureTask<Void> task = new FutureTask<>(() -> {
                Outcome outcome = Outcome.of(current, null, digits, notation, shown, false);
                foreground.execute(() -> {
                    if (request == latestRequest) {
                        computing.set(false);
                        computingText.set("");
                        publish(outcome);
                        checkLater();
                    }
                });
            }, null);
            tracing = task;
            background.execute(task);
        } else {
            computing.set(false);
            computingText.set("");
            publish(Outcome.of(current, reusable, digits, notation, shown, true));
        }
    }

    /**
     * Runs the check of the shown trace if it is pending and builds the checked derivation on the
     * checker's thread, publishing it unless a newer trace is shown by then (rebuilt here if the
     * digits changed meanwhile). A newer edit interrupts it.
     */
    private void checkLater() {
        Trace unchecked = trace.get();
        if (unchecked == null || !unchecked.check().isPending()) {
            return;
        }
        awaitingCheck = unchecked;
        int digits = digits();
        Convention notation = convention.get();
        int shown = derivation.get().example();
        FutureTask<Void> task = new FutureTask<>(() -> {
            if (awaitingCheck != unchecked) {
                return;
            }
            Trace checked = unchecked.withCheck(FiniteDifferences.check(unchecked.network(), unchecked.vjp()));
            Outcome outcome = Outcome.of(checked.network(), checked, digits, notation, shown, true);
            foreground.execute(() -> {
                if (trace.get() == unchecked) {
                    publish(digits == digits() && notation.equals(convention.get()) && shown == derivation.get().example()
                            ? outcome
                            : Outcome.of(checked.network(), checked, digits(), convention.get(), derivation.get().example(),
                                    true));
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

    /** The precision, kept within {@value #MIN_PRECISION}..{@value #MAX_PRECISION}. */
    private int digits() {
        return Math.max(MIN_PRECISION, Math.min(MAX_PRECISION, precision.get()));
    }

    private void publish(Outcome outcome) {
        if (outcome.derivation() == null) {
            problem.set(outcome.problem());
            return;
        }
        Step before = step.get();
        int depthBefore = trace.get() == null ? 0 : trace.get().network().depth();
        problem.set("");
        cancelled.set("");
        trace.set(outcome.derivation().trace());
        derivation.set(outcome.derivation());
        example.set(outcome.derivation().example());
        goTo(restarting ? 0 : matchingIndex(before, depthBefore));
        restarting = false;
    }

    /**
     * The index of the step of the same kind and layer as {@code before}; failing that, of the
     * same kind as far from the output; failing that, its old index.
     */
    private int matchingIndex(Step before, int depthBefore) {
        if (before == null) {
            return 0;
        }
        int depth = trace.get().network().depth();
        for (Step candidate : steps()) {
            if (candidate.kind() == before.kind() && candidate.layer() == before.layer()) {
                return candidate.index();
            }
        }
        for (Step candidate : steps()) {
            if (candidate.kind() == before.kind() && depth - candidate.layer() == depthBefore - before.layer()) {
                return candidate.index();
            }
        }
        return before.index();
    }

    private void clampUnit() {
        Step current = step.get();
        if (current != null && trace.get() != null) {
            int width = trace.get().network().size(Math.min(current.layer(), trace.get().network().depth()));
            if (unit.get() >= width || unit.get() < 0) {
                unit.set(0);
            }
        }
    }

    /** A derivation, or why there is none. */
    private record Outcome(Derivation derivation, String problem) {

        /**
         * {@code example}: the example the per-example views show; {@code checked}: when there is
         * no reusable trace, run the finite-difference check now.
         */
        static Outcome of(Network network, Trace reusable, int digits, Convention convention, int example,
                boolean checked) {
            try {
                Trace computed = reusable != null ? reusable
                        : checked ? Trace.of(network) : Trace.withoutCheck(network);
                return new Outcome(DerivationBuilder.build(computed,
                        NumberStyle.DEFAULT.withSignificantDigits(digits), convention, example), "");
            } catch (CancellationException cancelled) {
                throw cancelled;
            } catch (RuntimeException failure) {
                return new Outcome(null, "This network cannot be traced: " + failure.getMessage());
            }
        }
    }
}
