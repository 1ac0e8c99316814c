package dev.deltascope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What autodiff does: pass g back through each node's VJP and never build a Jacobian.
 * Through z = Wa + b the VJP is Wᵀg; through a = σ(z) it is g ⊙ σ′(z) (softmax: s ⊙ (g − sᵀg)).
 */
public final class VectorJacobianProduct implements GradientMethod {

    public static final VectorJacobianProduct INSTANCE = new VectorJacobianProduct();

    private VectorJacobianProduct() {
    }

    @Override
    public String name() {
        return "vjp";
    }

    /** g^L = ∇_a C; δ^l = VJP_σ(z^l, g^l) (δ^L from the loss where it has a closed form); g^{l−1} = (W^l)ᵀ δ^l. */
    @Override
    public Gradients backward(ForwardPass forward) {
        Network network = forward.network();
        int depth = network.depth();
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        Matrix g = forward.outputGradient();
        Optional<Matrix> outputDelta = forward.outputDelta();
        for (int l = depth; l >= 1; l--) {
            Interruption.check();
            Matrix delta = l == depth && outputDelta.isPresent()
                    ? outputDelta.get()
                    : network.layer(l).activation().vjp(forward.z(l), g);
            upstreams.add(g);
            deltas.add(delta);
            if (l > 1) {
                g = throughWeights(network.layer(l).weights(), delta);
            }
        }
        Collections.reverse(deltas);
        Collections.reverse(upstreams);
        return Gradients.fromDeltas(forward, deltas, upstreams);
    }

    /**
     * The VJP of z^l = W^l a^{l−1} + b^l with respect to a^{l−1}: (W^l)ᵀ δ^l, n_{l−1} × m, formed without
     * transposing or copying W. Inputs not modified.
     */
    public static Matrix throughWeights(Matrix weights, Matrix delta) {
        return weights.transposeTimes(delta);
    }
}
