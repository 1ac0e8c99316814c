package dev.deltascope.view.training;

import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Network;
import dev.deltascope.model.VectorJacobianProduct;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.field.InvalidEditException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Full-batch gradient descent on the edited network, off the JavaFX thread. The cost of every
 * step goes into {@link #losses()}; the trained network replaces the edited one as one undoable
 * edit. Training stops early, with a message, when the cost stops being a finite number. Must be
 * used from the JavaFX thread.
 */
public final class TrainingModel {

    /** The most steps one run may take. */
    public static final int MAX_STEPS = 100_000;

    private final NetworkEditorModel editor;
    private final ObservableList<Double> losses = FXCollections.observableArrayList();
    private final ObservableList<Double> readOnlyLosses = FXCollections.unmodifiableObservableList(losses);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper(this, "canReset");
    private Network beforeTraining;
    private Network lastTrained;
    private Task<Network> task;

    public TrainingModel(NetworkEditorModel editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
        editor.networkProperty().addListener((observable, old, network) -> updateCanReset(network));
    }

    // Properties

    /** The cost before each step and after the last, since training began from the reset point. */
    public ObservableList<Double> losses() {
        return readOnlyLosses;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last run did, in plain words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the weights from before training can be put back. */
    public ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    // Commands

    /** Starts {@code steps} steps of gradient descent with the network's learning rate. */
    public void train(int steps) {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new InvalidEditException("The number of steps must be from 1 to " + MAX_STEPS + ", not " + steps + ".");
        }
        if (running.get()) {
            throw new InvalidEditException("Training is already running; cancel it first.");
        }
        Network start = editor.network();
        boolean continuing = start.equals(lastTrained);
        if (!continuing) {
            beforeTraining = start;
            losses.clear();
        }
        task = new TrainingTask(start, steps, continuing);
        progress.bind(task.progressProperty());
        running.set(true);
        message.set("Training " + steps + (steps == 1 ? " step…" : " steps…"));
        Thread thread = new Thread(task, "deltascope-training");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops a run; the steps already taken are kept. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Puts back the weights and biases from before training, keeping every other setting. */
    public void resetWeights() {
        if (!canReset.get()) {
            throw new InvalidEditException("There are no weights from before training to go back to.");
        }
        Network before = beforeTraining;
        beforeTraining = null;
        lastTrained = null;
        losses.clear();
        editor.replace(editor.network().withLayers(before.layers()), "Reset the weights to before training");
        message.set("Weights reset to before training.");
    }

    private void finish(Network trained, int taken, String outcome) {
        progress.unbind();
        running.set(false);
        task = null;
        message.set(outcome);
        lastTrained = trained;
        editor.replace(trained, "Train " + taken + (taken == 1 ? " step" : " steps"));
        updateCanReset(editor.network());
    }

    private void updateCanReset(Network network) {
        canReset.set(!running.get() && beforeTraining != null && sameShapes(beforeTraining, network));
    }

    private static boolean sameShapes(Network a, Network b) {
        if (a.inputSize() != b.inputSize() || a.depth() != b.depth()) {
            return false;
        }
        for (int l = 1; l <= a.depth(); l++) {
            DenseLayer x = a.layer(l);
            DenseLayer y = b.layer(l);
            if (x.size() != y.size() || !x.activation().equals(y.activation())) {
                return false;
            }
        }
        return true;
    }

    /** Descends, sending each cost to the JavaFX thread in batches. */
    private final class TrainingTask extends Task<Network> {
        private final Network start;
        private final int steps;
        private final boolean continuing;
        private final AtomicReference<Network> latest;
        private final Queue<Double> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean drainScheduled = new AtomicBoolean();
        private volatile int taken;
        private volatile String stop;
        private boolean finished;

        TrainingTask(Network start, int steps, boolean continuing) {
            this.start = start;
            this.steps = steps;
            this.continuing = continuing;
            this.latest = new AtomicReference<>(start);
            setOnSucceeded(event -> conclude());
            setOnCancelled(event -> conclude());
            setOnFailed(event -> {
                drain();
                finished = true;
                finish(latest.get(), taken, "Training stopped: " + getException().getMessage());
            });
        }

        @Override
        protected Network call() {
            Network network = start;
            for (int i = 0; i <= steps && !isCancelled(); i++) {
                ForwardPass forward = ForwardPass.of(network);
                if (isCancelled()) {
                    break;
                }
                if (i > 0 || !continuing) {
                    publish(forward.cost());
                }
                if (!Double.isFinite(forward.cost())) {
                    stop = "Training stopped after " + i + (i == 1 ? " step" : " steps")
                            + ": the cost became " + describe(forward.cost())
                            + ". Try a smaller learning rate, then Reset weights.";
                    break;
                }
                if (i == steps) {
                    break;
                }
                network = GradientDescent.step(network, VectorJacobianProduct.INSTANCE.backward(forward));
                latest.set(network);
                taken = i + 1;
                updateProgress(i + 1, steps);
            }
            return network;
        }

        private void conclude() {
            drain();
            String outcome;
            if (stop != null) {
                outcome = stop;
            } else if (isCancelled()) {
                outcome = "Cancelled after " + taken + " of " + steps + " steps" + costSummary();
            } else {
                outcome = "Trained " + steps + (steps == 1 ? " step" : " steps") + costSummary();
            }
            finished = true;
            finish(latest.get(), taken, outcome);
        }

        private String costSummary() {
            if (losses.isEmpty()) {
                return ".";
            }
            NumberFormatter numbers = new NumberFormatter(4);
            return ": cost " + numbers.text(losses.get(0)) + " → " + numbers.text(losses.get(losses.size() - 1)) + ".";
        }

        private void publish(double cost) {
            pending.add(cost);
            if (drainScheduled.compareAndSet(false, true)) {
                Platform.runLater(this::drain);
            }
        }

        private void drain() {
            drainScheduled.set(false);
            if (finished) {
                pending.clear();
                return;
            }
            List<Double> batch = new ArrayList<>();
            for (Double cost = pending.poll(); cost != null; cost = pending.poll()) {
                batch.add(cost);
            }
            losses.addAll(batch);
        }

        private static String describe(double cost) {
            return Double.isNaN(cost) ? "not a number (NaN)" : "infinite";
        }
    }
}
