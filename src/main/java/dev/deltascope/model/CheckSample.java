package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Which examples and parameters the finite-difference check moves, so that its work is bounded
 * whatever the network: at most {@value #MAX_EXAMPLES} evenly spaced examples (the check then
 * compares the mean cost of those examples with the mean of their own per-example gradients,
 * (1/|S|) Σ_{k∈S} δ_k (a^{l−1}_k)ᵀ, which tests backpropagation just as well), and every
 * {@code stride}-th parameter, the stride chosen so that at most {@link FiniteDifferences#MAX_CHECKED}
 * parameters are checked and the forward passes of the moved costs take at most
 * {@value #MAX_MULTIPLY_ADDS} multiply-adds. A parameter of layer l costs four passes over layers
 * l..L of the sampled examples, 4 |S| (Σ_{k≥l} n_k (n_{k−1} + 1 + A) + n_L A) multiply-adds, A the
 * {@linkplain #ACTIVATION_COST cost of an activation}.
 *
 * @param examples the columns checked, in order
 * @param stride every stride-th parameter is checked, counting weights then biases, layer by layer
 */
record CheckSample(int[] examples, int stride) {

    /** The most examples the check moves. */
    static final int MAX_EXAMPLES = 32;
    /** The budget of multiply-adds for the moved costs: about a second on a slow machine. */
    static final double MAX_MULTIPLY_ADDS = 4e8;
    /**
     * What one unit's activation (with the copy of its z) and one output unit's loss count for, in
     * multiply-adds: an exponential and a few passes over the column. Measured in the moved costs of
     * 1-1024-1 sigmoid and 1-1024 softmax with cross-entropy networks: about 3.5 ns a multiply-add,
     * 8 ns a sigmoid unit and 25 ns a softmax unit with its cross-entropy.
     */
    static final double ACTIVATION_COST = 8;

    CheckSample {
        examples = examples.clone();
    }

    static CheckSample of(Network network) {
        int m = network.batchSize();
        int count = Math.min(m, MAX_EXAMPLES);
        int[] examples = new int[count];
        for (int i = 0; i < count; i++) {
            examples[i] = (int) ((long) i * m / count);
        }
        double work = 0;
        for (int l = 1; l <= network.depth(); l++) {
            double passFromHere = (double) network.size(network.depth()) * ACTIVATION_COST;
            for (int k = l; k <= network.depth(); k++) {
                passFromHere += (double) network.size(k) * (network.size(k - 1) + 1 + ACTIVATION_COST);
            }
            work += 4.0 * count * passFromHere * network.size(l) * (network.size(l - 1) + 1);
        }
        int total = network.parameterCount();
        int byCount = (total + FiniteDifferences.MAX_CHECKED - 1) / FiniteDifferences.MAX_CHECKED;
        int byWork = (int) Math.min(Integer.MAX_VALUE, Math.ceil(work / MAX_MULTIPLY_ADDS));
        return new CheckSample(examples, Math.max(1, Math.max(byCount, byWork)));
    }

    @Override
    public int[] examples() {
        return examples.clone();
    }

    /** True when every example is checked. */
    boolean allExamples(Network network) {
        return examples.length == network.batchSize();
    }

    /** The network with only the sampled examples. */
    Network restrict(Network network) {
        if (allExamples(network)) {
            return network;
        }
        return network.withExamples(columns(network.inputs()), columns(network.targets()));
    }

    /** The gradients of the sampled examples alone, from the per-example δ of {@code gradients}. */
    Gradients restrict(Network network, ForwardPass sampled, Gradients gradients) {
        if (allExamples(network)) {
            return gradients;
        }
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            deltas.add(columns(gradients.delta(l)));
            upstreams.add(columns(gradients.upstream(l)));
        }
        return Gradients.fromDeltas(sampled, deltas, upstreams);
    }

    private Matrix columns(Matrix matrix) {
        DMatrixRMaj out = new DMatrixRMaj(matrix.rows(), examples.length);
        for (int i = 0; i < examples.length; i++) {
            for (int r = 0; r < matrix.rows(); r++) {
                out.set(r, i, matrix.get(r, examples[i]));
            }
        }
        return Matrix.adopt(out);
    }
}
