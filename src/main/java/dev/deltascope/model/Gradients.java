package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * What one backward method produced, for l = 1..L.
 *
 * @param deltas δ^l = ∂C_k/∂z^l for each example k, n_l × m, not divided by m
 * @param upstreams ∂C_k/∂a^l for each example k, n_l × m: ∇_a C at l = L, (W^{l+1})ᵀ δ^{l+1} below
 * @param weightGradients ∂C/∂W^l = (1/m) Σ_k δ_k (a^{l−1}_k)ᵀ, n_l × n_{l−1}
 * @param biasGradients ∂C/∂b^l = (1/m) Σ_k δ_k, n_l × 1
 */
public record Gradients(
        List<Matrix> deltas, List<Matrix> upstreams, List<Matrix> weightGradients, List<Matrix> biasGradients) {

    public Gradients {
        deltas = List.copyOf(deltas);
        upstreams = List.copyOf(upstreams);
        weightGradients = List.copyOf(weightGradients);
        biasGradients = List.copyOf(biasGradients);
    }

    /** δ^l for l = 1..L. */
    public Matrix delta(int l) {
        return deltas.get(l - 1);
    }

    /** ∂C/∂a^l for l = 1..L. */
    public Matrix upstream(int l) {
        return upstreams.get(l - 1);
    }

    /** ∂C/∂W^l for l = 1..L. */
    public Matrix weightGradient(int l) {
        return weightGradients.get(l - 1);
    }

    /** ∂C/∂b^l for l = 1..L. */
    public Matrix biasGradient(int l) {
        return biasGradients.get(l - 1);
    }

    /** Largest |difference| between any δ, ∂C/∂W or ∂C/∂b of this and other; NaN if any is NaN. */
    public double maxDifference(Gradients other) {
        double max = 0;
        for (int i = 0; i < deltas.size(); i++) {
            for (double d : new double[] {
                deltas.get(i).maxAbsDifference(other.deltas.get(i)),
                weightGradients.get(i).maxAbsDifference(other.weightGradients.get(i)),
                biasGradients.get(i).maxAbsDifference(other.biasGradients.get(i))}) {
                if (Double.isNaN(d)) {
                    return Double.NaN;
                }
                max = Math.max(max, d);
            }
        }
        return max;
    }

    /**
     * Builds the parameter gradients from per-example δ and a: ∂C/∂W^l = (1/m) Σ_k δ_k (a^{l−1}_k)ᵀ,
     * n_l × n_{l−1}, and ∂C/∂b^l = (1/m) Σ_k δ_k, n_l × 1, each entry the sum over k = 0..m−1 in order of
     * δ_jk a_ik / m (and δ_jk / m). Row by row of ∂C/∂W, checking for {@link Interruption} between rows.
     */
    static Gradients fromDeltas(ForwardPass forward, List<Matrix> deltas, List<Matrix> upstreams) {
        List<Matrix> weightGradients = new ArrayList<>();
        List<Matrix> biasGradients = new ArrayList<>();
        int m = forward.network().batchSize();
        for (int l = 1; l <= deltas.size(); l++) {
            double[] delta = deltas.get(l - 1).entries();
            int rows = deltas.get(l - 1).rows();
            int inputs = forward.a(l - 1).rows();
            double[] previousByExample = forward.a(l - 1).transpose().entries();
            DMatrixRMaj w = new DMatrixRMaj(rows, inputs);
            DMatrixRMaj b = new DMatrixRMaj(rows, 1);
            for (int j = 0; j < rows; j++) {
                Interruption.check();
                int row = j * inputs;
                for (int k = 0; k < m; k++) {
                    double d = delta[j * m + k];
                    b.data[j] += d / m;
                    int example = k * inputs;
                    for (int i = 0; i < inputs; i++) {
                        w.data[row + i] += d * previousByExample[example + i] / m;
                    }
                }
            }
            weightGradients.add(Matrix.adopt(w));
            biasGradients.add(Matrix.adopt(b));
        }
        return new Gradients(deltas, upstreams, weightGradients, biasGradients);
    }
}
