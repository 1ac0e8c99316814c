package dev.deltascope.model;

import org.ejml.data.DMatrixRMaj;

/**
 * Cross-entropy. With a softmax output: C = −Σ_i y_i ln a_i, ∇_a C = −y / a. Otherwise, per
 * unit (binary): C = −Σ_i [y_i ln a_i + (1 − y_i) ln(1 − a_i)], ∇_a C = −y/a + (1 − y)/(1 − a).
 *
 * <p>To keep log(0) finite, a is clamped to [{@value #EPSILON}, 1 − {@value #EPSILON}] before
 * the logarithm and the division, in the cost and the gradient alike; a term whose target
 * weight is 0 contributes 0. A saturated output (a sigmoid of z = ±800 is exactly 1 or 0)
 * therefore gives a large finite cost of about 34.54 per unit instead of ∞ or NaN:
 * −ln 10^{−15} = 15 ln 10 ≈ 34.5388 when a = 0 and y = 1, and −ln(1 − (1 − 10^{−15})) ≈ 34.5396
 * when a = 1 and y = 0 (1 − 10^{−15} rounds to 1 − 9.992 × 10^{−16} in doubles). The gradient
 * stays finite too (about 10^{15} at most), but it is the gradient of the clamped cost: a
 * saturated unit's δ is 0, so training cannot pull it back.
 */
public final class CrossEntropy implements Loss {

    /** The clamp applied to outputs before ln and division. */
    public static final double EPSILON = 1e-15;

    public static final CrossEntropy INSTANCE = new CrossEntropy();

    private CrossEntropy() {
    }

    @Override
    public String name() {
        return "cross_entropy";
    }

    @Override
    public double[] exampleCosts(Matrix a, Matrix y, Activation output) {
        boolean softmax = output instanceof Softmax;
        double[] costs = new double[a.columns()];
        for (int c = 0; c < a.columns(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                double p = clamp(a.get(r, c));
                double t = y.get(r, c);
                costs[c] -= term(t, p);
                if (!softmax) {
                    costs[c] -= term(1 - t, 1 - p);
                }
            }
        }
        return costs;
    }

    @Override
    public Matrix gradient(Matrix a, Matrix y, Activation output) {
        boolean softmax = output instanceof Softmax;
        DMatrixRMaj g = new DMatrixRMaj(a.rows(), a.columns());
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.columns(); c++) {
                double p = clamp(a.get(r, c));
                double t = y.get(r, c);
                double value = -t / p;
                if (!softmax) {
                    value += (1 - t) / (1 - p);
                }
                g.set(r, c, value);
            }
        }
        return Matrix.adopt(g);
    }

    private static double term(double weight, double probability) {
        return weight == 0 ? 0 : weight * Math.log(probability);
    }

    private static double clamp(double p) {
        if (Double.isNaN(p)) {
            return p;
        }
        return Math.min(1 - EPSILON, Math.max(EPSILON, p));
    }

    @Override
    public String toString() {
        return name();
    }
}
