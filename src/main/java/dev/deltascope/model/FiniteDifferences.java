package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Central finite differences of the batch cost with respect to each weight and bias, the
 * independent oracle for every backward method.
 *
 * <p>Each derivative uses the fourth-order central stencil
 * ∂C/∂θ ≈ (−C(θ+2h) + 8C(θ+h) − 8C(θ−h) + C(θ−2h)) / 12h with h = {@value #STEP}, whose
 * truncation error is O(h⁴). The relative error is |g − ĝ| / max(|g|, |ĝ|, {@value #FLOOR}):
 * below the floor the comparison is effectively absolute, so gradients that are almost zero do
 * not report huge relative errors from rounding alone.
 *
 * <p>Why these numbers: on random networks of widths up to 6, h = 1e-3 gives truncation errors
 * below 3e-9 while the rounding noise, about 18 times the rounding error of C over 12h, stays
 * near 1e-12 for costs of order one; smaller steps raise the noise, larger ones the truncation,
 * and the second-order stencil at this h errs by up to 4e-5 relative. That noise does not shrink
 * with the gradient, so the floor keeps noise / floor well under a 1e-6 tolerance (a floor of
 * 1e-6 reported a correct gradient of 1.8e-6 as 2.8e-6 off).
 *
 * <p>Each cost comes from {@link MovedParameterCost}: a forward evaluation of the moved network
 * that starts at the moved parameter's layer, not a derivative.
 */
public final class FiniteDifferences {

    /** The step h. */
    public static final double STEP = 1e-3;
    /** The smallest denominator in the relative error. */
    public static final double FLOOR = 1e-5;
    /** Networks with more parameters are checked on an evenly spaced sample of this many. */
    public static final int MAX_CHECKED = 2000;
    /** The stencil's points, in the order {@link #stencil} reads the costs. */
    private static final double[] OFFSETS = {2 * STEP, STEP, -STEP, -2 * STEP};

    private FiniteDifferences() {
    }

    /** Checks the gradients against finite differences of the network's batch cost. */
    public static GradientCheck check(Network network, Gradients gradients) {
        int total = network.parameterCount();
        int stride = Math.max(1, (total + MAX_CHECKED - 1) / MAX_CHECKED);
        List<ParameterCheck> checks = new ArrayList<>();
        MovedParameterCost cost = new MovedParameterCost(ForwardPass.of(network));
        int index = 0;
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            for (int r = 0; r < layer.size(); r++) {
                for (int c = 0; c < layer.inputSize(); c++) {
                    if (index++ % stride == 0) {
                        checks.add(weight(cost, l, r, c, gradients.weightGradient(l).get(r, c)));
                    }
                }
            }
            for (int r = 0; r < layer.size(); r++) {
                if (index++ % stride == 0) {
                    checks.add(bias(cost, l, r, gradients.biasGradient(l).get(r, 0)));
                }
            }
        }
        return new GradientCheck(checks, total);
    }

    /** |g − ĝ| / max(|g|, |ĝ|, FLOOR). */
    public static double relativeError(double backprop, double numeric) {
        double scale = Math.max(FLOOR, Math.max(Math.abs(backprop), Math.abs(numeric)));
        return Math.abs(backprop - numeric) / scale;
    }

    private static ParameterCheck weight(MovedParameterCost cost, int l, int r, int c, double backprop) {
        double[] costs = new double[OFFSETS.length];
        for (int i = 0; i < OFFSETS.length; i++) {
            costs[i] = cost.weight(l, r, c, OFFSETS[i]);
        }
        double numeric = stencil(costs);
        return new ParameterCheck(l, false, r, c, backprop, numeric, relativeError(backprop, numeric));
    }

    private static ParameterCheck bias(MovedParameterCost cost, int l, int r, double backprop) {
        double[] costs = new double[OFFSETS.length];
        for (int i = 0; i < OFFSETS.length; i++) {
            costs[i] = cost.bias(l, r, OFFSETS[i]);
        }
        double numeric = stencil(costs);
        return new ParameterCheck(l, true, r, 0, backprop, numeric, relativeError(backprop, numeric));
    }

    /** (−C(θ+2h) + 8C(θ+h) − 8C(θ−h) + C(θ−2h)) / 12h from costs at +2h, +h, −h, −2h. */
    private static double stencil(double[] costs) {
        return (-costs[0] + 8 * costs[1] - 8 * costs[2] + costs[3]) / (12 * STEP);
    }
}
