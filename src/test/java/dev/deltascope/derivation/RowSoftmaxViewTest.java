package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The softmax Jacobian view of a row convention: its J is softmax's Jacobian by central finite
 * differences of softmax itself, its ∂C/∂z is a row in numerator layout and a column in denominator
 * layout, and g J taken from its own grids is the VJP's δ for the example shown.
 */
class RowSoftmaxViewTest {

    private static final double STEP = 1e-6;

    @Test
    void theJacobianIsSoftmaxsByFiniteDifferencesAndGTimesJIsTheVjpsDelta() {
        int views = 0;
        for (String name : List.of("softmax hidden, sigmoid cross-entropy, batch of 3",
                "softmax output, squared error, batch of 3", "softmax classifier")) {
            Network network = TestNetworks.variety().get(name);
            Trace trace = Trace.of(network);
            int example = network.batchSize() - 1;
            for (Convention convention : List.of(Convention.PYTORCH, Convention.CS231N, Convention.D2L,
                    Convention.PYTORCH.withDerivatives(DerivativeLayout.DENOMINATOR))) {
                boolean numerator = convention.derivatives() == DerivativeLayout.NUMERATOR;
                for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention, example).steps()) {
                    View view = step.view(ViewKind.SOFTMAX);
                    if (view == null) {
                        continue;
                    }
                    int l = step.layer();
                    String where = name + ", " + convention.summary() + ", " + step.title();
                    Matrix jacobian = grid(view, "J⁽").values();
                    assertClose(finiteDifferenceJacobian(trace.forward().z(l).columnMatrix(example)), jacobian, 1e-8, where);
                    Matrix g = grid(view, "∇ₐC", "Δ", "δ").values().transpose().columnMatrix(example).transpose();
                    Matrix vjpDelta = trace.vjp().delta(l).columnMatrix(example).transpose();
                    assertClose(vjpDelta, multiply(g, jacobian), 1e-12, where + ": g J");
                    Matrix derivative = grid(view, "∂C").values();
                    assertEquals(numerator ? "1×" + network.size(l) : network.size(l) + "×1", derivative.shape(), where);
                    assertClose(numerator ? vjpDelta : vjpDelta.transpose(), derivative, 1e-12, where + ": ∂C/∂z");
                    Matrix shortcut = grid(view, "g⁽").values();
                    assertTrue(shortcut.minusScaled(1, vjpDelta).maxAbs() > 1e-6, where + ": the shortcut is right");
                    assertTrue(view.title().contains(convention.derivatives().label()), where);
                    assertTrue(view.symbolic().contains(numerator ? "\\,\\underset" : "(J^{(" + l + ")})^{\\top}"), where);
                    ShapeAlgebra.check(view.symbolic(), where);
                    views++;
                }
            }
        }
        assertEquals(3 * 4, views);
    }

    /** ∂softmax(z)_j/∂z_k by central differences of softmax itself; n × n. */
    private static Matrix finiteDifferenceJacobian(Matrix z) {
        int n = z.rows();
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double[] up = z.column(0);
            double[] down = z.column(0);
            up[k] += STEP;
            down[k] -= STEP;
            Matrix high = Softmax.INSTANCE.apply(Matrix.column(up));
            Matrix low = Softmax.INSTANCE.apply(Matrix.column(down));
            for (int j = 0; j < n; j++) {
                out[j][k] = (high.get(j, 0) - low.get(j, 0)) / (2 * STEP);
            }
        }
        return Matrix.of(out);
    }

    /** The first grid whose name starts with one of {@code prefixes}. */
    private static NamedMatrix grid(View view, String... prefixes) {
        for (NamedMatrix matrix : view.matrices()) {
            for (String prefix : prefixes) {
                if (matrix.name().startsWith(prefix)) {
                    return matrix;
                }
            }
        }
        assertNotNull(null, view.title() + ": no grid named " + List.of(prefixes));
        return null;
    }

    private static Matrix multiply(Matrix left, Matrix right) {
        double[][] out = new double[left.rows()][right.columns()];
        for (int r = 0; r < left.rows(); r++) {
            for (int c = 0; c < right.columns(); c++) {
                for (int k = 0; k < left.columns(); k++) {
                    out[r][c] += left.get(r, k) * right.get(k, c);
                }
            }
        }
        return Matrix.of(out);
    }

    private static void assertClose(Matrix expected, Matrix actual, double tolerance, String where) {
        assertEquals(expected.shape(), actual.shape(), where);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), tolerance, where + " (" + r + ", " + c + ")");
            }
        }
    }
}
