package dev.deltascope.model;

/**
 * Whether moving one parameter by up to 2h can carry some ReLU pre-activation across 0, so that
 * the cost is not smooth over the finite-difference stencil and the estimate blends two one-sided
 * slopes. A bound, not a guess: moving W^l_rc (or b^l_r) by 2h shifts z^l_r by at most
 * 2h · max_k |a^{l−1}_ck| (or 2h); a shift of at most Δ in z^{l} moves a^{l} by at most L_l Δ
 * (L the activation's Lipschitz constant in the max norm: 1 for relu, tanh and identity, ¼ for
 * sigmoid, ½ for softmax) and so z^{l+1} by at most ‖W^{l+1}‖_∞ L_l Δ, ‖W‖_∞ the largest
 * absolute row sum.
 */
final class KinkReach {

    private final ForwardPass forward;
    /** For each ReLU layer l, the smallest |z^l_jk| over its units j and examples k; +∞ for other layers. */
    private final double[] closestToZero;
    private final double[] rowSumNorms;

    KinkReach(ForwardPass forward) {
        this.forward = forward;
        int depth = forward.depth();
        closestToZero = new double[depth + 1];
        rowSumNorms = new double[depth + 1];
        for (int l = 1; l <= depth; l++) {
            DenseLayer layer = forward.network().layer(l);
            closestToZero[l] = layer.activation() instanceof Relu ? closest(forward.z(l), -1) : Double.POSITIVE_INFINITY;
            rowSumNorms[l] = rowSumNorm(layer.weights());
        }
    }

    /** True when moving W^l[r][c] (or b^l[r] when {@code bias}) by up to {@code reach} can cross a ReLU kink. */
    boolean canCross(int l, int r, int c, boolean bias, double reach) {
        double shift = reach * (bias ? 1 : largest(forward.a(l - 1), c));
        DenseLayer layer = forward.network().layer(l);
        if (layer.activation() instanceof Relu && closest(forward.z(l), r) <= shift) {
            return true;
        }
        shift *= lipschitz(layer.activation());
        for (int next = l + 1; next <= forward.depth(); next++) {
            shift *= rowSumNorms[next];
            if (closestToZero[next] <= shift) {
                return true;
            }
            shift *= lipschitz(forward.network().layer(next).activation());
        }
        return false;
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

    /** The largest |a| in row {@code row}. */
    private static double largest(Matrix a, int row) {
        double max = 0;
        for (int k = 0; k < a.columns(); k++) {
            max = Math.max(max, Math.abs(a.get(row, k)));
        }
        return max;
    }

    /** The smallest |z| in row {@code row}, or in every row when it is −1. */
    private static double closest(Matrix z, int row) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = row < 0 ? 0 : row; r < (row < 0 ? z.rows() : row + 1); r++) {
            for (int k = 0; k < z.columns(); k++) {
                min = Math.min(min, Math.abs(z.get(r, k)));
            }
        }
        return min;
    }
}
