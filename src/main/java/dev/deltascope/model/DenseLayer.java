package dev.deltascope.model;

import java.util.Objects;

/**
 * One dense layer l: z^l = W^l a^{l−1} + b^l, a^l = σ(z^l). W^l is n_l × n_{l−1} (row j holds
 * the weights into unit j); b^l is n_l × 1.
 */
public record DenseLayer(Matrix weights, Matrix biases, Activation activation) {

    public DenseLayer {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(biases, "biases");
        Objects.requireNonNull(activation, "activation");
        if (biases.columns() != 1 || biases.rows() != weights.rows()) {
            throw new IllegalArgumentException("biases must be " + weights.rows() + "×1, was " + biases.shape());
        }
    }

    /** n_l, the number of units. */
    public int size() {
        return weights.rows();
    }

    /** n_{l−1}, the number of inputs. */
    public int inputSize() {
        return weights.columns();
    }

    public DenseLayer withWeights(Matrix newWeights) {
        return new DenseLayer(newWeights, biases, activation);
    }

    public DenseLayer withBiases(Matrix newBiases) {
        return new DenseLayer(weights, newBiases, activation);
    }

    public DenseLayer withActivation(Activation newActivation) {
        return new DenseLayer(weights, biases, newActivation);
    }
}
