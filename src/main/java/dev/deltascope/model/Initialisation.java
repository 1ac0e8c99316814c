package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reproducible weights from a seed, identical on every machine and JDK.
 *
 * <p>Scheme: one SplitMix64 stream seeded with {@code seed}. For l = 1..L in order, first every
 * weight of W^l in row-major order, then every bias of b^l, each takes the next 64-bit value x and
 * uses u = (x >>> 11) · 2^−53 ∈ [0, 1). Weights are (2u − 1) · r with the Glorot bound
 * r = √(6 / (n_{l−1} + n_l)), or the He bound r = √(6 / n_{l−1}) for a ReLU layer. Biases are
 * (2u − 1) · 0.1.
 */
public final class Initialisation {

    /** Half-width of the uniform range biases are drawn from. */
    public static final double BIAS_RANGE = 0.1;

    private Initialisation() {
    }

    /**
     * Layers of the given widths and activations with weights drawn from {@code seed}.
     *
     * @param inputSize n_0
     * @param sizes n_1 … n_L
     * @param activations σ^1 … σ^L, same length as sizes
     */
    public static List<DenseLayer> layers(int inputSize, List<Integer> sizes, List<Activation> activations, long seed) {
        if (sizes.size() != activations.size()) {
            throw new IllegalArgumentException(
                    "sizes and activations differ in length: " + sizes.size() + " and " + activations.size());
        }
        SplitMix64 random = new SplitMix64(seed);
        List<DenseLayer> layers = new ArrayList<>();
        int previous = inputSize;
        for (int i = 0; i < sizes.size(); i++) {
            int n = sizes.get(i);
            Activation activation = activations.get(i);
            double bound = activation instanceof Relu
                    ? Math.sqrt(6.0 / previous)
                    : Math.sqrt(6.0 / (previous + n));
            double[][] weights = new double[n][previous];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < previous; c++) {
                    weights[r][c] = (2 * random.nextUnit() - 1) * bound;
                }
            }
            double[] biases = new double[n];
            for (int r = 0; r < n; r++) {
                biases[r] = (2 * random.nextUnit() - 1) * BIAS_RANGE;
            }
            layers.add(new DenseLayer(Matrix.of(weights), Matrix.column(biases), activation));
            previous = n;
        }
        return layers;
    }

    /** SplitMix64: a fixed, published 64-bit generator with no hidden state. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, 1) with 53 random bits. */
        double nextUnit() {
            return (next() >>> 11) * 0x1.0p-53;
        }
    }
}
