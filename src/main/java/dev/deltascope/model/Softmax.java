package dev.deltascope.model;

import org.ejml.data.DMatrixRMaj;

/**
 * s_i = e^{z_i} / Σ_j e^{z_j}, per column. Every output depends on every input, so the
 * Jacobian diag(s) − s sᵀ is not diagonal and the Hadamard shortcut g ⊙ σ′(z) is wrong here.
 */
public final class Softmax implements Activation {

    public static final Softmax INSTANCE = new Softmax();

    private Softmax() {
    }

    @Override
    public String name() {
        return "softmax";
    }

    /** s = softmax(z) per column, computed as e^{z − max z} / Σ e^{z − max z} to avoid overflow; n × m. */
    @Override
    public Matrix apply(Matrix z) {
        DMatrixRMaj out = z.toDense();
        for (int c = 0; c < z.columns(); c++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < z.rows(); r++) {
                max = Math.max(max, z.get(r, c));
            }
            double sum = 0;
            for (int r = 0; r < z.rows(); r++) {
                double e = Math.exp(z.get(r, c) - max);
                out.set(r, c, e);
                sum += e;
            }
            for (int r = 0; r < z.rows(); r++) {
                out.set(r, c, out.get(r, c) / sum);
            }
        }
        return Matrix.adopt(out);
    }

    /** The Jacobian's diagonal s ⊙ (1 − s) only; n × m. */
    @Override
    public Matrix derivative(Matrix z) {
        DMatrixRMaj s = apply(z).toDense();
        for (int i = 0; i < s.getNumElements(); i++) {
            s.data[i] = s.data[i] * (1 - s.data[i]);
        }
        return Matrix.adopt(s);
    }

    /** J = diag(s) − s sᵀ, J[i][j] = s_i (δ_ij − s_j); n × n. */
    @Override
    public Matrix jacobian(Matrix zColumn) {
        Matrix s = apply(zColumn);
        int n = s.rows();
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                j.set(r, c, (r == c ? s.get(r, 0) : 0) - s.get(r, 0) * s.get(c, 0));
            }
        }
        return Matrix.adopt(j);
    }

    /** Jᵀg = s ⊙ (g − (sᵀg) 1) per column, without building J; n × m. */
    @Override
    public Matrix vjp(Matrix z, Matrix g) {
        Matrix s = apply(z);
        DMatrixRMaj out = new DMatrixRMaj(g.rows(), g.columns());
        for (int c = 0; c < g.columns(); c++) {
            double dot = 0;
            for (int r = 0; r < g.rows(); r++) {
                dot += s.get(r, c) * g.get(r, c);
            }
            for (int r = 0; r < g.rows(); r++) {
                out.set(r, c, s.get(r, c) * (g.get(r, c) - dot));
            }
        }
        return Matrix.adopt(out);
    }

    @Override
    public boolean isElementwise() {
        return false;
    }

    @Override
    public String toString() {
        return name();
    }
}
