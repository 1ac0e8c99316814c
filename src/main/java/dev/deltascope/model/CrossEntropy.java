package dev.deltascope.model;

import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * Cross-entropy, computed from the output layer's z (the logits) so that it stays exact where
 * the output a saturates to 0 or 1 in doubles.
 *
 * <p>With a softmax output, C = −Σ_i y_i ln s_i = Σ_i y_i (lse(z) − z_i), where
 * lse(z) − z_i = (max z − z_i) + ln Σ_j e^{z_j − max z} (log-sum-exp); ∇_a C = −y / s, and
 * δ^L = ∂C/∂z = s (Σ_i y_i) − y.
 *
 * <p>With a sigmoid output, per unit (binary), C = −Σ_i [y_i ln a_i + (1 − y_i) ln(1 − a_i)] =
 * Σ_i [y_i softplus(−z_i) + (1 − y_i) softplus(z_i)] with softplus(x) = ln(1 + e^x) =
 * max(x, 0) + ln(1 + e^{−|x|}); ∇_a C = −y/a + (1 − y)/(1 − a) = −y (1 + e^{−z}) + (1 − y)(1 + e^{z});
 * δ^L = a − y.
 *
 * <p>So a softmax output with logits (40, 0, 0) and target class 3 costs 40, not the 34.54 a clamp
 * of a to 1e−15 gave, and its δ is (1, 0, −1) to within 1e−17, not 0: the cost and δ are finite
 * and right for any finite z whose differences are finite (|z| up to 1e300 and beyond). ∇_a C
 * itself is larger than any double once |z| passes about 709 and is then ∞; δ^L does not go
 * through it. A term whose target weight is 0 contributes 0. Any other output activation (the
 * file format refuses them; an editor might not) uses the formula on a directly, without a clamp.
 */
public final class CrossEntropy implements Loss {

    public static final CrossEntropy INSTANCE = new CrossEntropy();

    private CrossEntropy() {
    }

    @Override
    public String name() {
        return "cross_entropy";
    }

    @Override
    public double[] exampleCosts(Matrix z, Matrix a, Matrix y, Activation output) {
        double[] costs = new double[a.columns()];
        for (int c = 0; c < a.columns(); c++) {
            double logSumExp = output instanceof Softmax ? shiftedLogSumExp(z, c) : 0;
            double max = output instanceof Softmax ? columnMax(z, c) : 0;
            for (int r = 0; r < a.rows(); r++) {
                double t = y.get(r, c);
                double v = z.get(r, c);
                if (output instanceof Softmax) {
                    costs[c] += weighted(t, (max - v) + logSumExp);
                } else if (output instanceof Sigmoid) {
                    costs[c] += weighted(t, softplus(-v)) + weighted(1 - t, softplus(v));
                } else {
                    double p = a.get(r, c);
                    costs[c] -= weighted(t, Math.log(p)) + weighted(1 - t, Math.log(1 - p));
                }
            }
        }
        return costs;
    }

    @Override
    public Matrix gradient(Matrix z, Matrix a, Matrix y, Activation output) {
        DMatrixRMaj g = new DMatrixRMaj(a.rows(), a.columns());
        for (int c = 0; c < a.columns(); c++) {
            double max = output instanceof Softmax ? columnMax(z, c) : 0;
            double logSumExp = output instanceof Softmax ? shiftedLogSumExp(z, c) : 0;
            for (int r = 0; r < a.rows(); r++) {
                double t = y.get(r, c);
                double v = z.get(r, c);
                double value;
                if (output instanceof Softmax) {
                    value = t == 0 ? 0 : -t * Math.exp((max - v) + logSumExp);
                } else if (output instanceof Sigmoid) {
                    value = (t == 0 ? 0 : -t * (1 + Math.exp(-v))) + (t == 1 ? 0 : (1 - t) * (1 + Math.exp(v)));
                } else {
                    double p = a.get(r, c);
                    value = -t / p + (1 - t) / (1 - p);
                }
                g.set(r, c, value);
            }
        }
        return Matrix.adopt(g);
    }

    /** δ^L from the logits: a − y after a sigmoid, s (1ᵀy) − y after a softmax; n_L × m. */
    @Override
    public Optional<Matrix> outputDelta(Matrix a, Matrix y, Activation output) {
        if (!(output instanceof Softmax || output instanceof Sigmoid)) {
            return Optional.empty();
        }
        DMatrixRMaj delta = new DMatrixRMaj(a.rows(), a.columns());
        for (int c = 0; c < a.columns(); c++) {
            double targetSum = 0;
            for (int r = 0; r < a.rows(); r++) {
                targetSum += y.get(r, c);
            }
            for (int r = 0; r < a.rows(); r++) {
                delta.set(r, c, output instanceof Softmax
                        ? a.get(r, c) * targetSum - y.get(r, c)
                        : a.get(r, c) - y.get(r, c));
            }
        }
        return Optional.of(Matrix.adopt(delta));
    }

    /** softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^{−|x|}), exact for every finite x. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** ln Σ_j e^{z_j − max z} for column c, between 0 and ln n. */
    private static double shiftedLogSumExp(Matrix z, int c) {
        double max = columnMax(z, c);
        double sum = 0;
        for (int r = 0; r < z.rows(); r++) {
            sum += Math.exp(z.get(r, c) - max);
        }
        return Math.log(sum);
    }

    private static double columnMax(Matrix z, int c) {
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < z.rows(); r++) {
            max = Math.max(max, z.get(r, c));
        }
        return max;
    }

    /** weight · value, 0 when the weight is 0 (so 0 · ∞ is 0, as the limit y ln a → 0 has it). */
    private static double weighted(double weight, double value) {
        return weight == 0 ? 0 : weight * value;
    }

    @Override
    public String toString() {
        return name();
    }
}
