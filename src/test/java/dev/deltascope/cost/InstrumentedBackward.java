package dev.deltascope.cost;

import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;

/**
 * Both backward methods written as plain loops over arrays for the first example, counting every
 * multiplication and every double written into a new array as it goes: an oracle for
 * {@link CostModel} that shares none of its formulas.
 */
final class InstrumentedBackward {

    long multiplyAdds;
    long doubles;

    private final Network network;
    private final ForwardPass forward;

    InstrumentedBackward(Network network) {
        this.network = network;
        this.forward = ForwardPass.of(network);
    }

    /** The Jacobian chain's step δ^l from δ^{l+1} (null at the output); counts what it does. */
    double[] jacobianStep(int l, double[] nextDelta) {
        int n = network.size(l);
        double[] g = upstream(l, nextDelta);
        double[][] jacobian;
        if (network.layer(l).activation().isElementwise()) {
            jacobian = allocate(n, n);
            double[] slope = forward.slope(l).column(0);
            for (int i = 0; i < n; i++) {
                jacobian[i][i] = slope[i];
            }
        } else {
            double[] s = softmaxOutput(l);
            jacobian = allocate(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    jacobian[i][j] = (i == j ? s[i] : 0) - multiply(s[i], s[j]);
                }
            }
        }
        double[] delta = allocate(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                delta[j] += multiply(g[i], jacobian[i][j]);
            }
        }
        return delta;
    }

    /** The VJP's step δ^l from δ^{l+1} (null at the output); counts what it does. */
    double[] vjpStep(int l, double[] nextDelta) {
        int n = network.size(l);
        double[] g = upstream(l, nextDelta);
        double[] delta = allocate(n);
        if (network.layer(l).activation().isElementwise()) {
            double[] slope = allocate(n);
            double[] slopeValues = forward.slope(l).column(0);
            for (int i = 0; i < n; i++) {
                slope[i] = slopeValues[i];
                delta[i] = multiply(g[i], slope[i]);
            }
        } else {
            double[] s = softmaxOutput(l);
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += multiply(s[i], g[i]);
            }
            for (int i = 0; i < n; i++) {
                delta[i] = multiply(s[i], g[i] - dot);
            }
        }
        return delta;
    }

    /** ∇_a C at the output (given by the loss, not counted); below it g = (W^{l+1})ᵀ δ^{l+1}, counted. */
    private double[] upstream(int l, double[] nextDelta) {
        if (l == network.depth()) {
            return forward.outputGradient().column(0);
        }
        Matrix weights = network.layer(l + 1).weights();
        double[] g = allocate(network.size(l));
        for (int j = 0; j < weights.rows(); j++) {
            for (int i = 0; i < weights.columns(); i++) {
                g[i] += multiply(weights.get(j, i), nextDelta[j]);
            }
        }
        return g;
    }

    private double[] softmaxOutput(int l) {
        double[] values = forward.a(l).column(0);
        double[] s = allocate(values.length);
        System.arraycopy(values, 0, s, 0, values.length);
        return s;
    }

    private double multiply(double left, double right) {
        multiplyAdds++;
        return left * right;
    }

    private double[] allocate(int n) {
        doubles += n;
        return new double[n];
    }

    private double[][] allocate(int rows, int columns) {
        doubles += (long) rows * columns;
        return new double[rows][columns];
    }
}
