package dev.deltascope.model;

import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/** C = ½‖a − y‖²; ∇_a C = a − y. */
public final class HalfSquaredError implements Loss {

    public static final HalfSquaredError INSTANCE = new HalfSquaredError();

    private HalfSquaredError() {
    }

    @Override
    public String name() {
        return "half_squared_error";
    }

    @Override
    public double[] exampleCosts(Matrix z, Matrix a, Matrix y, Activation output) {
        double[] costs = new double[a.columns()];
        for (int c = 0; c < a.columns(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                double d = a.get(r, c) - y.get(r, c);
                costs[c] += 0.5 * d * d;
            }
        }
        return costs;
    }

    @Override
    public Matrix gradient(Matrix z, Matrix a, Matrix y, Activation output) {
        DMatrixRMaj g = a.toDense();
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.columns(); c++) {
                g.set(r, c, a.get(r, c) - y.get(r, c));
            }
        }
        return Matrix.adopt(g);
    }

    /** None: δ^L = (∂a/∂z)ᵀ (a − y) goes through the output's Jacobian. */
    @Override
    public Optional<Matrix> outputDelta(Matrix a, Matrix y, Activation output) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name();
    }
}
