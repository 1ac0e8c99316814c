package dev.deltascope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Backpropagation one entry at a time with index sums and no matrix operations:
 * δ^l_j = Σ_k w^{l+1}_{kj} δ^{l+1}_k σ′(z^l_j); for softmax, δ_j = Σ_i g_i s_i ([i = j] − s_j).
 * Where the loss gives δ^L in closed form from the logits ({@link Loss#outputDelta}), it starts there.
 */
public final class ComponentWise implements GradientMethod {

    public static final ComponentWise INSTANCE = new ComponentWise();

    private ComponentWise() {
    }

    @Override
    public String name() {
        return "component";
    }

    @Override
    public Gradients backward(ForwardPass forward) {
        Network network = forward.network();
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        Matrix g = forward.outputGradient();
        Matrix nextDelta = null;
        for (int l = network.depth(); l >= 1; l--) {
            if (nextDelta != null) {
                g = weightedSums(network.layer(l + 1).weights(), nextDelta);
            }
            Matrix delta = l == network.depth() && forward.outputDelta().isPresent()
                    ? forward.outputDelta().get()
                    : throughActivation(forward, l, g);
            deltas.add(delta);
            upstreams.add(g);
            nextDelta = delta;
        }
        Collections.reverse(deltas);
        Collections.reverse(upstreams);
        return Gradients.fromDeltas(forward, deltas, upstreams);
    }

    /**
     * g_je = Σ_k w_kj δ_ke, the sum over k = 0..n_{l+1}−1 in order, for every unit j and example e;
     * n_l × m from W^{l+1} (n_{l+1} × n_l) and δ^{l+1} (n_{l+1} × m). Example by example, checking for
     * {@link Interruption} between examples. Inputs not modified.
     */
    private static Matrix weightedSums(Matrix weights, Matrix nextDelta) {
        int n = weights.columns();
        int next = weights.rows();
        int m = nextDelta.columns();
        double[] w = weights.entries();
        double[] d = nextDelta.entries();
        DMatrixRMaj sums = new DMatrixRMaj(n, m);
        double[] sum = new double[n];
        for (int e = 0; e < m; e++) {
            Interruption.check();
            Arrays.fill(sum, 0);
            for (int k = 0; k < next; k++) {
                double dk = d[k * m + e];
                for (int j = 0; j < n; j++) {
                    sum[j] += w[k * n + j] * dk;
                }
            }
            for (int j = 0; j < n; j++) {
                sums.data[j * m + e] = sum[j];
            }
        }
        return Matrix.adopt(sums);
    }

    /** δ_j = g_j σ′(z_j), or for softmax δ_j = Σ_i g_i s_i ([i = j] − s_j). */
    private static Matrix throughActivation(ForwardPass forward, int l, Matrix g) {
        Activation activation = forward.network().layer(l).activation();
        int n = g.rows();
        int m = g.columns();
        DMatrixRMaj delta = new DMatrixRMaj(n, m);
        if (activation.isElementwise()) {
            double[] slope = forward.slope(l).entries();
            double[] upstream = g.entries();
            for (int i = 0; i < n * m; i++) {
                delta.data[i] = upstream[i] * slope[i];
            }
        } else {
            double[] s = forward.a(l).entries();
            double[] upstream = g.entries();
            double[] weighted = new double[n];
            double[] column = new double[n];
            for (int e = 0; e < m; e++) {
                Interruption.check();
                for (int i = 0; i < n; i++) {
                    weighted[i] = upstream[i * m + e] * s[i * m + e];
                    column[i] = s[i * m + e];
                }
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += weighted[i] * ((i == j ? 1 : 0) - column[j]);
                    }
                    delta.data[j * m + e] = sum;
                }
            }
        }
        return Matrix.adopt(delta);
    }
}
