package dev.deltascope.model;

import java.util.ArrayList;
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
        int m = network.batchSize();
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        Matrix g = forward.outputGradient();
        Matrix nextDelta = null;
        for (int l = network.depth(); l >= 1; l--) {
            int n = network.size(l);
            if (nextDelta != null) {
                Matrix w = network.layer(l + 1).weights();
                DMatrixRMaj sums = new DMatrixRMaj(n, m);
                for (int e = 0; e < m; e++) {
                    for (int j = 0; j < n; j++) {
                        double sum = 0;
                        for (int k = 0; k < w.rows(); k++) {
                            sum += w.get(k, j) * nextDelta.get(k, e);
                        }
                        sums.set(j, e, sum);
                    }
                }
                g = Matrix.adopt(sums);
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

    /** δ_j = g_j σ′(z_j), or for softmax δ_j = Σ_i g_i s_i ([i = j] − s_j). */
    private static Matrix throughActivation(ForwardPass forward, int l, Matrix g) {
        Activation activation = forward.network().layer(l).activation();
        int n = g.rows();
        int m = g.columns();
        DMatrixRMaj delta = new DMatrixRMaj(n, m);
        if (activation.isElementwise()) {
            Matrix slope = forward.slope(l);
            for (int e = 0; e < m; e++) {
                for (int j = 0; j < n; j++) {
                    delta.set(j, e, g.get(j, e) * slope.get(j, e));
                }
            }
        } else {
            Matrix s = forward.a(l);
            for (int e = 0; e < m; e++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += g.get(i, e) * s.get(i, e) * ((i == j ? 1 : 0) - s.get(j, e));
                    }
                    delta.set(j, e, sum);
                }
            }
        }
        return Matrix.adopt(delta);
    }
}
