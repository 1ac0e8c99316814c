package dev.deltascope.view.editor;

import dev.deltascope.model.Activation;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.view.field.InvalidEditException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The network being edited. Every command checks its arguments first and throws an
 * {@link InvalidEditException} in plain words without changing anything; every edit that changes
 * the network is recorded for undo.
 */
public final class NetworkEditorModel {

    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final UndoHistory<Network> history = new UndoHistory<>();

    public NetworkEditorModel(Network initial) {
        network.set(Objects.requireNonNull(initial, "initial"));
    }

    // Properties

    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public Network network() {
        return network.get();
    }

    public UndoHistory<Network> history() {
        return history;
    }

    // Commands

    public void setTitle(String title) {
        apply(network().withTitle(title.strip()), "Rename");
    }

    /** Sets n_l for l = 0 (the input) .. L (the output). */
    public void setLayerWidth(int l, int width) {
        checkLayer(l, 0);
        if (width < Limits.MIN_WIDTH || width > Limits.MAX_WIDTH) {
            throw new InvalidEditException("The width of " + layerName(l) + " must be from " + Limits.MIN_WIDTH
                    + " to " + Limits.MAX_WIDTH + " units, not " + width + ".");
        }
        apply(withinParameterLimit(NetworkShapes.withWidth(network(), l, width)), "Change the width of " + layerName(l));
    }

    /** Inserts a hidden layer just before the output layer, as wide as the layer before it. */
    public void addLayer() {
        Network current = network();
        if (current.depth() >= Limits.MAX_LAYERS) {
            throw new InvalidEditException("A network can have at most " + Limits.MAX_LAYERS + " layers after the input.");
        }
        int after = current.depth() - 1;
        Activation activation = after >= 1 ? current.layer(after).activation() : Sigmoid.INSTANCE;
        apply(withinParameterLimit(NetworkShapes.withInsertedLayer(current, after, current.size(after), activation)),
                "Add a layer");
    }

    /** Removes hidden layer l (1..L−1); the input and output layers stay. */
    public void removeLayer(int l) {
        if (l < 1 || l >= network().depth()) {
            throw new InvalidEditException("Only hidden layers can be removed; layer " + l + " is not one.");
        }
        apply(NetworkShapes.withoutLayer(network(), l), "Remove " + layerName(l));
    }

    public void setActivation(int l, Activation activation) {
        checkLayer(l, 1);
        Objects.requireNonNull(activation, "activation");
        Network current = network();
        apply(current.withLayer(l, current.layer(l).withActivation(activation)),
                "Set the activation of " + layerName(l) + " to " + activation.name());
    }

    public void setLoss(Loss loss) {
        apply(network().withLoss(Objects.requireNonNull(loss, "loss")), "Set the loss to " + loss.name());
    }

    /** Sets the examples: inputs n_0 × m and targets n_L × m, one example per column. */
    public void setExamples(Matrix inputs, Matrix targets) {
        Network current = network();
        if (inputs.rows() != current.inputSize()) {
            throw new InvalidEditException("Each input needs " + current.inputSize() + " numbers, one per input unit.");
        }
        int outputs = current.size(current.depth());
        if (targets.rows() != outputs) {
            throw new InvalidEditException("Each target needs " + outputs + " numbers, one per output unit.");
        }
        if (inputs.columns() != targets.columns()) {
            throw new InvalidEditException("There are " + inputs.columns() + " inputs but " + targets.columns()
                    + " targets; give one target per input.");
        }
        if (inputs.columns() > Limits.MAX_EXAMPLES) {
            throw new InvalidEditException("A batch can hold at most " + Limits.MAX_EXAMPLES + " examples.");
        }
        if (!inputs.isFinite() || !targets.isFinite()) {
            throw new InvalidEditException("Inputs and targets must be finite numbers.");
        }
        apply(withinWorkLimit(current.withExamples(inputs, targets)), "Change the examples");
    }

    /** Sets W^l[row][column]: the weight from unit column of layer l−1 into unit row of layer l. */
    public void setWeight(int l, int row, int column, double value) {
        checkLayer(l, 1);
        DenseLayer layer = network().layer(l);
        checkIndex(row, layer.size(), "row");
        checkIndex(column, layer.inputSize(), "column");
        checkFinite(value, "Weight " + ParameterLabels.weight(l, row, column));
        apply(network().withLayer(l, layer.withWeights(layer.weights().with(row, column, value))),
                "Change weight " + ParameterLabels.weight(l, row, column));
    }

    /** Sets b^l[row]. */
    public void setBias(int l, int row, double value) {
        checkLayer(l, 1);
        DenseLayer layer = network().layer(l);
        checkIndex(row, layer.size(), "row");
        checkFinite(value, "Bias " + ParameterLabels.bias(l, row));
        apply(network().withLayer(l, layer.withBiases(layer.biases().with(row, 0, value))),
                "Change bias " + ParameterLabels.bias(l, row));
    }

    public void setSeed(long seed) {
        apply(network().withSeed(seed), "Set the seed to " + seed);
    }

    /** Sets the seed and draws every weight and bias from it. */
    public void reinitialise(long seed) {
        apply(NetworkShapes.reinitialised(network().withSeed(seed)), "Re-initialise from seed " + seed);
    }

    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new InvalidEditException("The learning rate must be a number greater than 0, not " + learningRate + ".");
        }
        apply(network().withLearningRate(learningRate), "Set the learning rate to " + learningRate);
    }

    /** Replaces the whole network with a preset's, as one edit that can be undone. */
    public void loadPreset(Network preset) {
        apply(Objects.requireNonNull(preset, "preset"), "Load “" + preset.title() + "”");
    }

    /** Replaces the whole network as one undoable edit with the given name (training, resets). */
    public void replace(Network replacement, String description) {
        apply(Objects.requireNonNull(replacement, "replacement"), description);
    }

    /** Starts over with another network and an empty history, as when a file is opened. */
    public void reset(Network replacement) {
        history.clear();
        network.set(Objects.requireNonNull(replacement, "replacement"));
    }

    public void undo() {
        if (history.canUndoProperty().get()) {
            network.set(history.undo(network()));
        }
    }

    public void redo() {
        if (history.canRedoProperty().get()) {
            network.set(history.redo(network()));
        }
    }

    /** The changed network, if its weights and biases fit the limit a file can hold. */
    private static Network withinParameterLimit(Network changed) {
        if (changed.parameterCount() > Limits.MAX_PARAMETERS) {
            throw new InvalidEditException("That would make " + changed.parameterCount()
                    + " weights and biases; a network can have at most " + Limits.MAX_PARAMETERS + ".");
        }
        withinWorkLimit(changed);
        return changed;
    }

    /** The changed network, if its layers and batch meet the work rules a file must (Limits#examplesTooMany). */
    private static Network withinWorkLimit(Network changed) {
        List<Integer> sizes = new ArrayList<>();
        for (int l = 0; l <= changed.depth(); l++) {
            sizes.add(changed.size(l));
        }
        Optional<String> tooMany = Limits.examplesTooMany(sizes, changed.batchSize());
        if (tooMany.isPresent()) {
            throw new InvalidEditException("The batch " + tooMany.get() + ".");
        }
        return changed;
    }

    private void apply(Network changed, String description) {
        Network before = network();
        if (changed.equals(before)) {
            return;
        }
        history.record(before, description);
        network.set(changed);
    }

    private void checkLayer(int l, int first) {
        int depth = network().depth();
        if (l < first || l > depth) {
            throw new InvalidEditException("There is no layer " + l + "; layers run from " + first + " to " + depth + ".");
        }
    }

    private static void checkIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new InvalidEditException("There is no " + what + " " + index + "; there are " + size + ".");
        }
    }

    private static void checkFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new InvalidEditException(what + " must be a finite number, not " + value + ".");
        }
    }

    /** "the input layer", "layer 2" or "the output layer". */
    private String layerName(int l) {
        if (l == 0) {
            return "the input layer";
        }
        return l == network().depth() ? "the output layer" : "hidden layer " + l;
    }
}
