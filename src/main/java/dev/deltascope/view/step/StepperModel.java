package dev.deltascope.view.step;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.field.InvalidEditException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * computed at once, larger ones in the background ({@link DerivationComputation}).
 */
public final class StepperModel {

    public static final int MIN_PRECISION = 1;
    public static final int MAX_PRECISION = 12;
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.25;

    private final ObservableValue<Network> network;
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<Derivation> derivation = new ReadOnlyObjectWrapper<>(this, "derivation");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper cancelled = new ReadOnlyStringWrapper(this, "cancelled", "");
    private final ObjectProperty<ViewKind> view = new SimpleObjectProperty<>(this, "view", ViewKind.VJP);
    private final IntegerProperty unit = new SimpleIntegerProperty(this, "unit");
    private final IntegerProperty example = new SimpleIntegerProperty(this, "example");
    private final IntegerProperty precision = new SimpleIntegerProperty(this, "precision",
            NumberStyle.DEFAULT.significantDigits());
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Convention> convention = new SimpleObjectProperty<>(this, "convention",
            Convention.DELTASCOPE);
    private final DerivationComputation computation;
    private final ElidedDerivations elidedDerivations = new ElidedDerivations();
    private boolean restarting;

    /** Computes large networks and their checks on two daemon threads and publishes on the JavaFX thread. */
    public StepperModel(ObservableValue<Network> network) {
        this(network, DerivationComputation.daemonThread("deltascope-trace"), DerivationComputation.daemonThread("deltascope-check"),
                Platform::runLater);
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
        computation = new DerivationComputation(background, checker, foreground, this::publish, trace::get,
                () -> new DerivationSettings(digits(), convention.get(), derivation.get().example()));
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
        return computation.computingProperty();
    }

    /** What is being computed in the background ("Computing the derivation of …"), or "". */
    public ReadOnlyStringProperty computingTextProperty() {
        return computation.computingTextProperty();
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
        if (!computation.cancel()) {
            return;
        }
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
        if (!computation.computingProperty().get()) {
            restarting = false;
        }
    }

    /** The notation the derivation is shown in; a view setting, never part of the network. */
    public ObjectProperty<Convention> conventionProperty() {
        return convention;
    }

    /**
     * {@code shown}, a step of the derivation shown now, printed with every matrix elided past
     * {@code limit} rows and columns (by the one {@link dev.deltascope.derivation.Elision} rule) instead
     * of the derivation's own limit: for a screen too small for the whole step. The same step when
     * {@code limit} is not below the derivation's limit or the step is not of the derivation shown.
     * Each limit's derivation is built once, from the same trace, so its numbers are the same.
     */
    public Step elided(Step shown, int limit) {
        return elidedDerivations.elided(derivation.get(), shown, limit);
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
        int shown = example.get() >= 0 && example.get() < current.batchSize() ? example.get() : 0;
        Trace reusable = trace.get() != null && trace.get().network().equals(current) ? trace.get() : null;
        computation.compute(current, reusable, new DerivationSettings(digits(), convention.get(), shown));
    }

    /** The precision, kept within {@value #MIN_PRECISION}..{@value #MAX_PRECISION}. */
    private int digits() {
        return Math.max(MIN_PRECISION, Math.min(MAX_PRECISION, precision.get()));
    }

    private void publish(DerivationOutcome outcome) {
        if (outcome.derivation() == null) {
            problem.set(outcome.problem());
            return;
        }
        Step before = step.get();
        int depthBefore = trace.get() == null ? 0 : trace.get().network().depth();
        problem.set("");
        cancelled.set("");
        trace.set(outcome.derivation().trace());
        elidedDerivations.clear();
        derivation.set(outcome.derivation());
        example.set(outcome.derivation().example());
        goTo(restarting ? 0 : MatchingStep.index(steps(), trace.get().network().depth(), before, depthBefore));
        restarting = false;
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
}
