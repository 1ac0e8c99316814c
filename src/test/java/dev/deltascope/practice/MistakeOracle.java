package dev.deltascope.practice;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.EnumMap;
import java.util.Map;

/**
 * The named wrong answers computed a second way, entry by entry with plain loops over the trace's
 * z, a, δ, W and the targets, independent of {@link WrongAnswers} and of EJML. The slopes σ′(z)
 * are written out from their closed forms.
 */
final class MistakeOracle {

    private MistakeOracle() {
    }

    static Map<Mistake, double[][]> of(Trace trace, StepKind kind, int l) {
        Network network = trace.network();
        int m = network.batchSize();
        Map<Mistake, double[][]> out = new EnumMap<>(Mistake.class);
        switch (kind) {
            case FORWARD_LINEAR -> {
                double[][] z = trace.forward().z(l).toArray();
                double[][] b = network.layer(l).biases().toArray();
                for (int j = 0; j < z.length; j++) {
                    for (int k = 0; k < m; k++) {
                        z[j][k] -= b[j][0];
                    }
                }
                out.put(Mistake.FORGOT_BIAS, z);
            }
            case OUTPUT_ERROR, BACKWARD -> errors(trace, l, out);
            case WEIGHT_GRADIENT -> {
                double[][] delta = trace.gradients().delta(l).toArray();
                double[][] a = trace.forward().a(l - 1).toArray();
                double[][] sum = new double[delta.length][a.length];
                double[][] reversed = new double[a.length][delta.length];
                for (int j = 0; j < delta.length; j++) {
                    for (int i = 0; i < a.length; i++) {
                        for (int k = 0; k < m; k++) {
                            sum[j][i] += delta[j][k] * a[i][k];
                            reversed[i][j] += a[i][k] * delta[j][k] / m;
                        }
                    }
                }
                if (m > 1) {
                    out.put(Mistake.FORGOT_MEAN, sum);
                }
                if (delta.length == a.length) {
                    out.put(Mistake.WEIGHT_GRADIENT_WRONG_ORDER, reversed);
                }
            }
            case BIAS_GRADIENT -> {
                double[][] delta = trace.gradients().delta(l).toArray();
                double[][] sum = new double[delta.length][1];
                for (int j = 0; j < delta.length; j++) {
                    for (int k = 0; k < m; k++) {
                        sum[j][0] += delta[j][k];
                    }
                }
                if (m > 1) {
                    out.put(Mistake.FORGOT_MEAN, sum);
                }
            }
            case UPDATE -> {
                double[][] w = network.layer(l).weights().toArray();
                double[][] g = trace.gradients().weightGradient(l).toArray();
                for (int j = 0; j < w.length; j++) {
                    for (int i = 0; i < w[j].length; i++) {
                        w[j][i] += network.learningRate() * g[j][i];
                    }
                }
                out.put(Mistake.UPDATE_SIGN, w);
            }
            default -> {
            }
        }
        return out;
    }

    private static void errors(Trace trace, int l, Map<Mistake, double[][]> out) {
        Network network = trace.network();
        String name = network.layer(l).activation().name();
        double[][] z = trace.forward().z(l).toArray();
        double[][] a = trace.forward().a(l).toArray();
        double[][] g = trace.gradients().upstream(l).toArray();
        int n = z.length;
        int m = network.batchSize();
        double[][] withA = new double[n][m];
        double[][] diagonal = new double[n][m];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < m; k++) {
                withA[j][k] = g[j][k] * a[j][k];
                diagonal[j][k] = g[j][k] * a[j][k] * (1 - a[j][k]);
            }
        }
        out.put(Mistake.ACTIVATION_INSTEAD_OF_SLOPE, withA);
        if (name.equals("softmax")) {
            out.put(Mistake.SOFTMAX_DIAGONAL_ONLY, diagonal);
        }
        if (l < network.depth() && network.size(l + 1) == n) {
            double[][] w = network.layer(l + 1).weights().toArray();
            double[][] below = trace.gradients().delta(l + 1).toArray();
            double[][] untransposed = new double[n][m];
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < m; k++) {
                    for (int i = 0; i < n; i++) {
                        untransposed[j][k] += w[j][i] * below[i][k];
                    }
                }
            }
            out.put(Mistake.FORGOT_TRANSPOSE, throughActivation(name, z, a, untransposed));
        }
    }

    /** Jᵀ u for every column: u ⊙ σ′(z) from the closed forms, or s ⊙ (u − (sᵀu) 1) for softmax. */
    private static double[][] throughActivation(String name, double[][] z, double[][] a, double[][] u) {
        int n = z.length;
        int m = z[0].length;
        double[][] out = new double[n][m];
        for (int k = 0; k < m; k++) {
            double dot = 0;
            for (int j = 0; j < n; j++) {
                dot += a[j][k] * u[j][k];
            }
            for (int j = 0; j < n; j++) {
                double slope = switch (name) {
                    case "sigmoid" -> a[j][k] * (1 - a[j][k]);
                    case "tanh" -> 1 - a[j][k] * a[j][k];
                    case "relu" -> z[j][k] > 0 ? 1 : 0;
                    case "identity" -> 1;
                    default -> Double.NaN;
                };
                out[j][k] = name.equals("softmax") ? a[j][k] * (u[j][k] - dot) : u[j][k] * slope;
            }
        }
        return out;
    }

    /** The values as a learner types them: rounded half up to d significant digits. */
    static double[][] typed(double[][] values, int digits) {
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = new double[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                out[r][c] = values[r][c] == 0 ? 0 : new java.math.BigDecimal(values[r][c])
                        .round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_UP)).doubleValue();
            }
        }
        return out;
    }

    static double[][] typed(Matrix values, int digits) {
        return typed(values.toArray(), digits);
    }
}
