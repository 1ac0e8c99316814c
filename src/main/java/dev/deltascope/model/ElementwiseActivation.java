package dev.deltascope.model;

import org.ejml.data.DMatrixRMaj;

/** An activation applied unit by unit: a_i = σ(z_i), so its Jacobian is diag(σ′(z)). */
public abstract sealed class ElementwiseActivation implements Activation
        permits Sigmoid, Tanh, Relu, Identity {

    /** σ(x) for one unit. */
    protected abstract double value(double x);

    /** σ′(x) for one unit. */
    protected abstract double slope(double x);

    @Override
    public final Matrix apply(Matrix z) {
        DMatrixRMaj out = z.toDense();
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = value(out.data[i]);
        }
        return Matrix.adopt(out);
    }

    @Override
    public final Matrix derivative(Matrix z) {
        DMatrixRMaj out = z.toDense();
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = slope(out.data[i]);
        }
        return Matrix.adopt(out);
    }

    /** diag(σ′(z)); n × n. */
    @Override
    public final Matrix jacobian(Matrix zColumn) {
        int n = zColumn.rows();
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            j.set(i, i, slope(zColumn.get(i, 0)));
        }
        return Matrix.adopt(j);
    }

    /** g ⊙ σ′(z); n × m. */
    @Override
    public final Matrix vjp(Matrix z, Matrix g) {
        DMatrixRMaj out = g.toDense();
        for (int r = 0; r < z.rows(); r++) {
            for (int c = 0; c < z.columns(); c++) {
                out.set(r, c, out.get(r, c) * slope(z.get(r, c)));
            }
        }
        return Matrix.adopt(out);
    }

    @Override
    public final boolean isElementwise() {
        return true;
    }

    @Override
    public String toString() {
        return name();
    }
}
