package dev.deltascope.cost;

import dev.deltascope.model.Activation;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.JacobianChain;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.VectorJacobianProduct;

/**
 * Measures the engine's two backward methods on the first example of a network: one activation
 * node, or one backward step, or the whole backward pass. The work timed is the engine's own:
 * {@link JacobianChain#throughWeights}, {@link JacobianChain#throughActivation} with the Jacobian
 * built by {@link Activation#jacobian}, against {@link VectorJacobianProduct#throughWeights} and
 * {@link Activation#vjp}; the whole pass is each method's {@code backward}.
 */
public final class BackwardTimer {

    private final Stopwatch stopwatch;

    public BackwardTimer(Stopwatch stopwatch) {
        this.stopwatch = stopwatch;
    }

    /**
     * The activation node of layer l (1..L) for the first example: the chain's gᵀ J^l with
     * J^l = ∂a^l/∂z^l built (1 × n times n × n) against the VJP g ⊙ σ′(z^l) (softmax:
     * s ⊙ (g − sᵀg)), where g = ∂C/∂a^l is n × 1.
     */
    public Timing node(Network network, int l) {
        Activation activation = network.layer(l).activation();
        ForwardPass forward = ForwardPass.of(ScaledCopy.firstExample(network));
        Matrix g = VectorJacobianProduct.INSTANCE.backward(forward).upstream(l);
        Matrix row = g.transpose();
        Matrix z = forward.z(l);
        double jacobian = stopwatch.median(() -> JacobianChain.throughActivation(row, activation.jacobian(z)));
        double vjp = stopwatch.median(() -> activation.vjp(z, g));
        return new Timing(jacobian, vjp);
    }

    /**
     * The whole backward step δ^l (l = 1..L) for the first example. For a hidden layer the chain
     * forms ((δ^{l+1})ᵀ W^{l+1}) J^l and the VJP forms VJP_σ(z^l, (W^{l+1})ᵀ δ^{l+1}); at the
     * output the step is the node alone, from ∇_a C.
     */
    public Timing step(Network network, int l) {
        Activation activation = network.layer(l).activation();
        if (l == network.depth()) {
            return node(network, l);
        }
        ForwardPass forward = ForwardPass.of(ScaledCopy.firstExample(network));
        Matrix next = VectorJacobianProduct.INSTANCE.backward(forward).delta(l + 1);
        Matrix nextRow = next.transpose();
        Matrix z = forward.z(l);
        Matrix weights = network.layer(l + 1).weights();
        double jacobian = stopwatch.median(() -> JacobianChain.throughActivation(
                JacobianChain.throughWeights(nextRow, weights), activation.jacobian(z)));
        double vjp = stopwatch.median(() -> activation.vjp(z, VectorJacobianProduct.throughWeights(weights, next)));
        return new Timing(jacobian, vjp);
    }

    /** The whole backward pass for the first example, the forward pass done beforehand. */
    public Timing wholePass(Network network) {
        ForwardPass forward = ForwardPass.of(ScaledCopy.firstExample(network));
        return new Timing(stopwatch.median(() -> JacobianChain.INSTANCE.backward(forward)),
                stopwatch.median(() -> VectorJacobianProduct.INSTANCE.backward(forward)));
    }
}
