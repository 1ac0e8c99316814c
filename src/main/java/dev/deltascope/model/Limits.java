package dev.deltascope.model;

import java.util.List;
import java.util.Optional;

/** The bounds every network must respect, shared by the file reader and the editor. */
public final class Limits {

    /** Smallest width of any layer. */
    public static final int MIN_WIDTH = 1;
    /** Largest width of any layer. */
    public static final int MAX_WIDTH = 1024;
    /** Largest number of layers after the input layer. */
    public static final int MAX_LAYERS = 16;
    /** Largest number of examples in a mini-batch. */
    public static final int MAX_EXAMPLES = 4096;
    /**
     * Largest number of weights and biases, Σ n_l (n_{l−1} + 1). Written out, one takes at most
     * 34 bytes (the longest shortest form of a double, with brackets and indentation), so every
     * network's parameters fit in a file of {@link #MAX_FILE_BYTES}; and a short file that leaves
     * the weights to the seed cannot ask for millions of them.
     */
    public static final int MAX_PARAMETERS = 100_000;
    /**
     * Largest Σ_{l=1..L} n_l × m, the entries of each of z, a and δ for a batch of m examples: the
     * memory of a derivation and the length of {@code derive}'s output grow with it. The
     * 2-3-3-3-512-3-1 network with 4,095 examples (2,149,875) is within it.
     */
    public static final long MAX_ACTIVATIONS = 2_200_000;
    /**
     * Largest Σ_{l=1..L} n_l² × m, the entries of the n_l × n_l Jacobians ∂a^l/∂z^l the Jacobian
     * chain builds, one per layer and example, and the multiply-adds of its row-times-Jacobian
     * products: 2^30. The 2-3-3-3-512-3-1 network with 4,095 examples (1,073,631,195) is within it.
     */
    public static final long MAX_JACOBIAN_ENTRIES = 1L << 30;
    /** Largest network file, in bytes (4 MiB). */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private Limits() {
    }

    /** Σ_{l=1..L} n_l × m for layer sizes n_0..n_L and m examples, the rule {@link #MAX_ACTIVATIONS} bounds. */
    public static long activations(List<Integer> sizes, int examples) {
        long sum = 0;
        for (int l = 1; l < sizes.size(); l++) {
            sum += sizes.get(l);
        }
        return sum * examples;
    }

    /** Σ_{l=1..L} n_l² × m for layer sizes n_0..n_L and m examples, the rule {@link #MAX_JACOBIAN_ENTRIES} bounds. */
    public static long jacobianEntries(List<Integer> sizes, int examples) {
        long sum = 0;
        for (int l = 1; l < sizes.size(); l++) {
            sum += (long) sizes.get(l) * sizes.get(l);
        }
        return sum * examples;
    }

    /**
     * Why m examples are too many for layer sizes n_0..n_L, as "must hold at most K examples
     * with these layers (...), was m", or empty when both work rules hold.
     */
    public static Optional<String> examplesTooMany(List<Integer> sizes, int examples) {
        long activations = activations(sizes, 1);
        long jacobian = jacobianEntries(sizes, 1);
        long mostByActivations = MAX_ACTIVATIONS / activations;
        long most = Math.min(mostByActivations, MAX_JACOBIAN_ENTRIES / jacobian);
        if (examples <= most) {
            return Optional.empty();
        }
        String rule = most == mostByActivations
                ? "the entries of z, a and δ, Σ n_l × m, may be at most " + MAX_ACTIVATIONS
                : "the entries of the Jacobians, Σ n_l² × m, may be at most " + MAX_JACOBIAN_ENTRIES;
        return Optional.of("must hold at most " + most + " examples with these layers (" + rule + "), was " + examples);
    }
}
