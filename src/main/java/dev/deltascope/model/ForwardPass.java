package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forward pass of a network over its batch: z^l and a^l for every layer, ∇_a C at the
 * output and the cost. Immutable.
 *
 * @param network the network this pass ran on
 * @param preActivations z^1 … z^L, each n_l × m
 * @param activations a^0 … a^L, each n_l × m (a^0 is the input)
 * @param outputGradient ∇_a C_k for each example k, n_L × m, not divided by m
 * @param exampleCosts C_k for each example
 * @param cost (1/m) Σ_k C_k
 */
public record ForwardPass(
        Network network,
        List<Matrix> preActivations,
        List<Matrix> activations,
        Matrix outputGradient,
        double[] exampleCosts,
        double cost) {

    public ForwardPass {
        preActivations = List.copyOf(preActivations);
        activations = List.copyOf(activations);
        exampleCosts = exampleCosts.clone();
    }

    /** z^l = W^l a^{l−1} + b^l 1ᵀ, a^l = σ^l(z^l) for l = 1..L; C = (1/m) Σ_k C_k. */
    public static ForwardPass of(Network network) {
        List<Matrix> z = new ArrayList<>();
        List<Matrix> a = new ArrayList<>();
        a.add(network.inputs());
        for (DenseLayer layer : network.layers()) {
            Interruption.check();
            Matrix zl = layer.weights().affine(a.get(a.size() - 1), layer.biases());
            z.add(zl);
            a.add(layer.activation().apply(zl));
        }
        Matrix output = a.get(a.size() - 1);
        Matrix logits = z.get(z.size() - 1);
        double[] costs = network.loss().exampleCosts(logits, output, network.targets(), network.outputActivation());
        Matrix gradient = network.loss().gradient(logits, output, network.targets(), network.outputActivation());
        return new ForwardPass(network, z, a, gradient, costs, mean(costs));
    }

    /** The cost (1/m) Σ_k C_k of a network whose layer l has given z^l, running σ^l and layers l+1..L as {@link #of} does. */
    static double costFrom(Network network, int l, Matrix preActivation) {
        Matrix z = preActivation;
        Matrix a = network.layer(l).activation().apply(z);
        for (int next = l + 1; next <= network.depth(); next++) {
            Interruption.check();
            DenseLayer layer = network.layer(next);
            z = layer.weights().affine(a, layer.biases());
            a = layer.activation().apply(z);
        }
        return mean(network.loss().exampleCosts(z, a, network.targets(), network.outputActivation()));
    }

    private static double mean(double[] costs) {
        double sum = 0;
        for (double c : costs) {
            sum += c;
        }
        return sum / costs.length;
    }

    /** C_k for each example, as a new array. */
    @Override
    public double[] exampleCosts() {
        return exampleCosts.clone();
    }

    /** z^l for l = 1..L; n_l × m. */
    public Matrix z(int l) {
        network.layer(l);
        return preActivations.get(l - 1);
    }

    /** a^l for l = 0..L; n_l × m. */
    public Matrix a(int l) {
        if (l != 0) {
            network.layer(l);
        }
        return activations.get(l);
    }

    /**
     * δ^L straight from the loss where it has a closed form for the output activation (see
     * {@link Loss#outputDelta}); every backward method starts from it then. n_L × m.
     */
    public Optional<Matrix> outputDelta() {
        return network.loss().outputDelta(a(depth()), network.targets(), network.outputActivation());
    }

    /** σ′(z^l), elementwise, for l = 1..L; n_l × m (for softmax, the Jacobian's diagonal only). */
    public Matrix slope(int l) {
        return network.layer(l).activation().derivative(z(l));
    }

    /** ∂a^l/∂z^l for example k; n_l × n_l. */
    public Matrix jacobian(int l, int k) {
        return network.layer(l).activation().jacobian(z(l).columnMatrix(k));
    }

    /** L. */
    public int depth() {
        return network.depth();
    }

    /** True when every z, a, the gradient and the cost are finite. */
    public boolean isFinite() {
        if (!Double.isFinite(cost) || !outputGradient.isFinite()) {
            return false;
        }
        for (Matrix m : preActivations) {
            if (!m.isFinite()) {
                return false;
            }
        }
        for (Matrix m : activations) {
            if (!m.isFinite()) {
                return false;
            }
        }
        return true;
    }
}
