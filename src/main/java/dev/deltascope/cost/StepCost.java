package dev.deltascope.cost;

import dev.deltascope.model.Activation;
import java.util.Objects;

/**
 * What one backward step δ^l costs each method, per example.
 *
 * @param layer l, 1..L
 * @param width n_l, the units of layer l
 * @param nextWidth n_{l+1}, or 0 for the output step (l = L), which has no weight product
 * @param activation σ^l
 * @param node the activation node alone: from ∂C/∂a^l (n_l) to δ^l (n_l)
 * @param step the whole step: the weight product that brings δ^{l+1} back to ∂C/∂a^l, then the node
 */
public record StepCost(int layer, int width, int nextWidth, Activation activation, MethodCosts node,
        MethodCosts step) {

    public StepCost {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(step, "step");
    }

    /** True for δ^L, the output error. */
    public boolean isOutput() {
        return nextWidth == 0;
    }
}
