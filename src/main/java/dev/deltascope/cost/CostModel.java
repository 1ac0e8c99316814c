package dev.deltascope.cost;

import dev.deltascope.model.Activation;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts what one backward step costs the Jacobian chain and the vector–Jacobian product, per
 * example. Notation: layer l has n = n_l units, the layer after it n' = n_{l+1}; g = ∂C/∂a^l is
 * n × 1 and δ^l = ∂C/∂z^l is n × 1.
 *
 * <p>The activation node, from g to δ^l:
 * <ul>
 * <li>Jacobian, elementwise σ: build J = diag(σ′(z^l)), n × n (n² doubles, n of them non-zero),
 *     then the row gᵀ J, 1 × n times n × n: n² multiply-adds and n doubles for δ^l.
 *     Total n² multiply-adds, n² + n doubles.</li>
 * <li>Jacobian, softmax: s = softmax(z^l), n doubles; J = diag(s) − s sᵀ, n² multiplies and n²
 *     doubles; gᵀ J, n² multiply-adds, n doubles. Total 2n² multiply-adds, n² + 2n doubles.</li>
 * <li>VJP, elementwise σ: σ′(z^l), n doubles; g ⊙ σ′(z^l), n multiplies and n doubles.
 *     Total n multiply-adds, 2n doubles.</li>
 * <li>VJP, softmax: s, n doubles; sᵀg, n multiply-adds; s ⊙ (g − (sᵀg) 1), n multiplies and n
 *     doubles. Total 2n multiply-adds, 2n doubles.</li>
 * </ul>
 * A hidden step (l &lt; L) first brings δ^{l+1} (n' × 1) back through z^{l+1} = W^{l+1} a^l + b:
 * the chain forms the row (δ^{l+1})ᵀ W^{l+1}, 1 × n' times n' × n; the VJP forms (W^{l+1})ᵀ δ^{l+1},
 * n × n' times n' × 1. Both cost n' n multiply-adds and store n doubles. The output step (l = L)
 * starts from ∇_a C, which the loss gives.
 *
 * <p>Evaluations of σ, σ′ and e^x are not counted: both methods make the same n of them. The
 * weights and the incoming vector are not counted as memory: both methods read the same ones.
 * For a mini-batch of m examples every count is m times larger ({@link MethodCosts#forBatch}): the
 * chain needs one Jacobian per example, because z^l differs from example to example, and the
 * VJP's vectors become n × m matrices.
 */
public final class CostModel {

    private CostModel() {
    }

    /** The activation node of width n (1..1024) alone: g (n × 1) to δ (n × 1); counts as in the class comment. */
    public static MethodCosts node(Activation activation, int n) {
        checkWidth(n, "n");
        long square = (long) n * n;
        if (activation.isElementwise()) {
            return new MethodCosts(new OperationCount(square, square + n), new OperationCount(n, 2L * n));
        }
        return new MethodCosts(new OperationCount(2 * square, square + 2L * n), new OperationCount(2L * n, 2L * n));
    }

    /**
     * The weight product of a hidden step: δ^{l+1} (n' × 1) to ∂C/∂a^l (n × 1), n' n multiply-adds and
     * n doubles in both methods.
     */
    public static MethodCosts weightProduct(int n, int nextWidth) {
        checkWidth(n, "n");
        checkWidth(nextWidth, "nextWidth");
        OperationCount both = new OperationCount((long) nextWidth * n, n);
        return new MethodCosts(both, both);
    }

    /** Backward step δ^l of the network, l = 1..L, per example. */
    public static StepCost step(Network network, int l) {
        Activation activation = network.layer(l).activation();
        int n = network.size(l);
        MethodCosts node = node(activation, n);
        if (l == network.depth()) {
            return new StepCost(l, n, 0, activation, node, node);
        }
        int nextWidth = network.size(l + 1);
        return new StepCost(l, n, nextWidth, activation, node, weightProduct(n, nextWidth).plus(node));
    }

    /** Every backward step in the order backpropagation takes them: δ^L first, δ^1 last. */
    public static List<StepCost> backwardSteps(Network network) {
        List<StepCost> steps = new ArrayList<>();
        for (int l = network.depth(); l >= 1; l--) {
            steps.add(step(network, l));
        }
        return List.copyOf(steps);
    }

    /**
     * The whole backward pass per example: every step δ^L … δ^1, plus each layer's weight gradient
     * ∂C/∂W^l = δ^l (a^{l−1})ᵀ (n_l n_{l−1} multiply-adds and doubles) and bias gradient δ^l (n_l
     * doubles), which both methods form the same way.
     */
    public static MethodCosts wholePass(Network network) {
        MethodCosts total = new MethodCosts(OperationCount.NONE, OperationCount.NONE);
        for (StepCost step : backwardSteps(network)) {
            long outer = (long) network.size(step.layer()) * network.size(step.layer() - 1);
            OperationCount gradients = new OperationCount(outer, outer + network.size(step.layer()));
            total = total.plus(step.step()).plus(new MethodCosts(gradients, gradients));
        }
        return total;
    }

    private static void checkWidth(int width, String name) {
        if (width < Limits.MIN_WIDTH || width > Limits.MAX_WIDTH) {
            throw new IllegalArgumentException(name + ": must be " + Limits.MIN_WIDTH + ".." + Limits.MAX_WIDTH
                    + ", was " + width);
        }
    }
}
