package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole problem as the file describes it: layers l = 1..L, the loss, the examples (inputs
 * n_0 × m and targets n_L × m, one example per column), the learning rate η and the seed.
 * Immutable; every {@code with…} method returns a new network.
 */
public record Network(
        String title,
        int inputSize,
        List<DenseLayer> layers,
        Loss loss,
        Matrix inputs,
        Matrix targets,
        double learningRate,
        long seed) {

    public Network {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(targets, "targets");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer after the input");
        }
        int previous = inputSize;
        for (int i = 0; i < layers.size(); i++) {
            DenseLayer layer = layers.get(i);
            if (layer.inputSize() != previous) {
                throw new IllegalArgumentException("W^" + (i + 1) + " must have " + previous
                        + " columns, has " + layer.inputSize());
            }
            previous = layer.size();
        }
        if (inputs.rows() != inputSize) {
            throw new IllegalArgumentException("inputs must have " + inputSize + " rows, has " + inputs.rows());
        }
        if (targets.rows() != previous) {
            throw new IllegalArgumentException("targets must have " + previous + " rows, has " + targets.rows());
        }
        if (targets.columns() != inputs.columns()) {
            throw new IllegalArgumentException("inputs have " + inputs.columns() + " examples but targets have "
                    + targets.columns());
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, was " + learningRate);
        }
    }

    /** L, the number of layers after the input. */
    public int depth() {
        return layers.size();
    }

    /** Layer l, for l = 1..L. */
    public DenseLayer layer(int l) {
        if (l < 1 || l > layers.size()) {
            throw new IndexOutOfBoundsException("layer " + l + " is not in 1.." + layers.size());
        }
        return layers.get(l - 1);
    }

    /** n_l, for l = 0..L. */
    public int size(int l) {
        return l == 0 ? inputSize : layer(l).size();
    }

    /** m, the number of examples. */
    public int batchSize() {
        return inputs.columns();
    }

    /** Σ_l (n_l n_{l−1} + n_l), the number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (DenseLayer layer : layers) {
            count += layer.size() * layer.inputSize() + layer.size();
        }
        return count;
    }

    public Activation outputActivation() {
        return layers.get(layers.size() - 1).activation();
    }

    /** This network with layer l (1..L) replaced; the replacement must keep the shapes. */
    public Network withLayer(int l, DenseLayer replacement) {
        layer(l);
        List<DenseLayer> copy = new ArrayList<>(layers);
        copy.set(l - 1, replacement);
        return new Network(title, inputSize, copy, loss, inputs, targets, learningRate, seed);
    }

    public Network withLayers(List<DenseLayer> newLayers) {
        return new Network(title, inputSize, newLayers, loss, inputs, targets, learningRate, seed);
    }

    public Network withTitle(String newTitle) {
        return new Network(newTitle, inputSize, layers, loss, inputs, targets, learningRate, seed);
    }

    public Network withLoss(Loss newLoss) {
        return new Network(title, inputSize, layers, newLoss, inputs, targets, learningRate, seed);
    }

    public Network withExamples(Matrix newInputs, Matrix newTargets) {
        return new Network(title, inputSize, layers, loss, newInputs, newTargets, learningRate, seed);
    }

    public Network withLearningRate(double newLearningRate) {
        return new Network(title, inputSize, layers, loss, inputs, targets, newLearningRate, seed);
    }

    public Network withSeed(long newSeed) {
        return new Network(title, inputSize, layers, loss, inputs, targets, learningRate, newSeed);
    }
}
