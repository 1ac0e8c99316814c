package dev.deltascope.model;

/**
 * Whether a finite-difference check of a network can cross a ReLU kink. The stencil moves one
 * parameter at a time by at most 2h (h = {@link FiniteDifferences#STEP}); if that can carry some
 * ReLU pre-activation z across 0, the cost is not smooth over the stencil and finite differences
 * measure a blend of the two one-sided slopes instead of σ′(0) = 0 or 1.
 *
 * <p>The margin is a proven bound, not a guess. Let Δ^l bound how far any single parameter
 * moved by 2h can shift any entry of z^l. A parameter of layer l itself shifts z^l by at most
 * 2h · max(1, max |a^{l−1}|) (a weight multiplies an input, a bias adds directly); a parameter of
 * a lower layer shifts a^{l−1} by at most L_{l−1} Δ^{l−1}, and so z^l by ‖W^l‖_∞ L_{l−1} Δ^{l−1},
 * where ‖W‖_∞ is the largest absolute row sum and L is the activation's Lipschitz constant in the
 * max norm (1 for relu, tanh and identity, ¼ for sigmoid, ½ for softmax, whose Jacobian rows
 * have absolute sum 2 s_i (1 − s_i) ≤ ½). So Δ^0 = 0 and
 * Δ^l = max(2h · max(1, max |a^{l−1}|), ‖W^l‖_∞ L_{l−1} Δ^{l−1}).
 * A network is clear of kinks when every ReLU unit of every example has |z^l_j| &gt; Δ^l.
 *
 * <p>Written apart from the check's own {@link KinkReach} on purpose, with the coarser bound over
 * all parameters at once: the tests that pick kink-free networks with it compare the check against
 * backpropagation, so they must not rely on the code they test.
 */
final class ReluKinks {

    private ReluKinks() {
    }

    /** True when no single-parameter move of up to 2h can carry any ReLU input across 0. */
    static boolean clearOfKinks(Network network) {
        ForwardPass forward = ForwardPass.of(network);
        double reach = 0;
        double lipschitz = 1;
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            double own = 2 * FiniteDifferences.STEP * Math.max(1, forward.a(l - 1).maxAbs());
            reach = Math.max(own, rowSumNorm(layer.weights()) * lipschitz * reach);
            if (layer.activation() instanceof Relu && closestToZero(forward.z(l)) <= reach) {
                return false;
            }
            lipschitz = lipschitz(layer.activation());
        }
        return true;
    }

    private static double lipschitz(Activation activation) {
        if (activation instanceof Sigmoid) {
            return 0.25;
        }
        return activation instanceof Softmax ? 0.5 : 1;
    }

    /** ‖W‖_∞ = max_j Σ_i |W_ji|. */
    private static double rowSumNorm(Matrix weights) {
        double max = 0;
        for (int r = 0; r < weights.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < weights.columns(); c++) {
                sum += Math.abs(weights.get(r, c));
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    private static double closestToZero(Matrix z) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < z.rows(); r++) {
            for (int c = 0; c < z.columns(); c++) {
                min = Math.min(min, Math.abs(z.get(r, c)));
            }
        }
        return min;
    }
}
