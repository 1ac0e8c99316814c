package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

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
    /** Networks with more parameters are checked on an evenly spaced sample of at most this many (see {@link CheckSample}). */
    public static final int MAX_CHECKED = 2000;
    /**
     * The relative error above which a disagreement is examined: if the cost's own rounding could
     * explain it, or a ReLU kink lies within the stencil, the check says so instead of judging.
     */
    public static final double TOLERANCE = 1e-6;
    /** The stencil's points, in the order {@link #stencil} reads the costs. */
    private static final double[] OFFSETS = {2 * STEP, STEP, -STEP, -2 * STEP};

    private FiniteDifferences() {
    }

    /**
     * Checks the gradients against finite differences of the network's batch cost, on the
     * examples and parameters of {@link CheckSample} (all of them for a small network).
     */
    public static GradientCheck check(Network network, Gradients wholeBatch) {
        int total = network.parameterCount();
        CheckSample sample = CheckSample.of(network);
        int stride = sample.stride();
        List<ParameterCheck> checks = new ArrayList<>();
        Network sampled = sample.restrict(network);
        ForwardPass base = ForwardPass.of(sampled);
        Gradients gradients = sample.restrict(network, base, wholeBatch);
        MovedParameterCost cost = new MovedParameterCost(base);
        KinkReach kinks = new KinkReach(base);
        int index = 0;
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            for (int r = 0; r < layer.size(); r++) {
                for (int c = 0; c < layer.inputSize(); c++) {
                    if (index++ % stride == 0) {
                        checks.add(estimate(cost, kinks, l, r, c, false, gradients.weightGradient(l).get(r, c)));
                    }
                }
            }
            for (int r = 0; r < layer.size(); r++) {
                if (index++ % stride == 0) {
                    checks.add(estimate(cost, kinks, l, r, 0, true, gradients.biasGradient(l).get(r, 0)));
                }
            }
        }
        return new GradientCheck(checks, total, sample.examples().length, network.batchSize());
    }

    /** |g − ĝ| / max(|g|, |ĝ|, FLOOR). */
    public static double relativeError(double backprop, double numeric) {
        double scale = Math.max(FLOOR, Math.max(Math.abs(backprop), Math.abs(numeric)));
        return Math.abs(backprop - numeric) / scale;
    }

    private static ParameterCheck estimate(MovedParameterCost cost, KinkReach kinks, int l, int r, int c, boolean bias,
            double backprop) {
        Interruption.check();
        double[] costs = new double[OFFSETS.length];
        for (int i = 0; i < OFFSETS.length; i++) {
            costs[i] = bias ? cost.bias(l, r, OFFSETS[i]) : cost.weight(l, r, c, OFFSETS[i]);
        }
        double numeric = stencil(costs);
        double error = relativeError(backprop, numeric);
        ParameterCheck.Verdict verdict = verdict(costs, backprop, numeric, error,
                () -> kinks.canCross(l, r, c, bias, 2 * STEP));
        return new ParameterCheck(l, bias, r, c, backprop, numeric, error, verdict);
    }

    /**
     * What the estimate can tell. A moved cost that is not finite while backpropagation is:
     * overflow. Otherwise, only an error above {@link #TOLERANCE} is examined: when the stencil's
     * rounding noise, 18 ulp(max |C|) / 12h (the weights 1 + 8 + 8 + 1 times the cost's rounding),
     * is itself above TOLERANCE times the scale of the comparison, precision was lost to the cost's
     * magnitude; when a ReLU kink lies within 2h of the parameter's reach, the cost has no
     * derivative there to estimate. Anything else is compared.
     */
    private static ParameterCheck.Verdict verdict(double[] costs, double backprop, double numeric, double error,
            BooleanSupplier kink) {
        boolean costsFinite = true;
        double largest = 0;
        for (double c : costs) {
            costsFinite &= Double.isFinite(c);
            largest = Math.max(largest, Math.abs(c));
        }
        if (Double.isFinite(backprop) && (!costsFinite || !Double.isFinite(numeric))) {
            return ParameterCheck.Verdict.OVERFLOW;
        }
        if (!(error > TOLERANCE) || !costsFinite) {
            return ParameterCheck.Verdict.COMPARED;
        }
        double noise = 18 * Math.ulp(largest) / (12 * STEP);
        double scale = Math.max(FLOOR, Math.max(Math.abs(backprop), Math.abs(numeric)));
        if (noise > TOLERANCE * scale) {
            return ParameterCheck.Verdict.PRECISION_LOST;
        }
        return kink.getAsBoolean() ? ParameterCheck.Verdict.KINK : ParameterCheck.Verdict.COMPARED;
    }

    /** (−C(θ+2h) + 8C(θ+h) − 8C(θ−h) + C(θ−2h)) / 12h from costs at +2h, +h, −h, −2h. */
    private static double stencil(double[] costs) {
        return (-costs[0] + 8 * costs[1] - 8 * costs[2] + costs[3]) / (12 * STEP);
    }
}
