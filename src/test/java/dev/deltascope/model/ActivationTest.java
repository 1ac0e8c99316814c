package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationTest {

    /** Columns of z that keep every ReLU unit at least 0.05 from its kink. */
    private static final List<double[]> POINTS = List.of(
            new double[] {0.3, -1.2, 2.0},
            new double[] {-0.7, 0.05, 1.1},
            new double[] {4.0, -3.5, 0.6});

    /** The derivative of apply in direction e_j by a fourth-order central stencil, h = 1e-3. */
    private static double[] numericColumn(Activation activation, double[] z, int j) {
        double h = 1e-3;
        double[][] outputs = new double[4][];
        double[] offsets = {2 * h, h, -h, -2 * h};
        for (int i = 0; i < 4; i++) {
            double[] moved = z.clone();
            moved[j] += offsets[i];
            outputs[i] = activation.apply(Matrix.column(moved)).column(0);
        }
        double[] slope = new double[z.length];
        for (int r = 0; r < z.length; r++) {
            slope[r] = (-outputs[0][r] + 8 * outputs[1][r] - 8 * outputs[2][r] + outputs[3][r]) / (12 * h);
        }
        return slope;
    }

    @Test
    void everyJacobianMatchesFiniteDifferencesOfApply() {
        for (Activation activation : Activation.all()) {
            for (double[] z : POINTS) {
                Matrix jacobian = activation.jacobian(Matrix.column(z));
                assertEquals("3×3", jacobian.shape());
                for (int j = 0; j < z.length; j++) {
                    double[] numeric = numericColumn(activation, z, j);
                    for (int i = 0; i < z.length; i++) {
                        assertEquals(numeric[i], jacobian.get(i, j), 1e-10,
                                activation + " ∂a_" + i + "/∂z_" + j + " at " + Matrix.column(z));
                    }
                }
            }
        }
    }

    @Test
    void everyVectorJacobianProductEqualsTheJacobianTransposedTimesTheVector() {
        Matrix z = Matrix.ofColumns(POINTS.toArray(new double[0][]));
        Matrix g = Matrix.ofColumns(new double[][] {{1.5, -0.25, 0.75}, {-2.0, 0.5, 1.0}, {0.1, 0.2, -0.3}});
        for (Activation activation : Activation.all()) {
            Matrix vjp = activation.vjp(z, g);
            for (int k = 0; k < z.columns(); k++) {
                Matrix jacobian = activation.jacobian(z.columnMatrix(k));
                for (int j = 0; j < z.rows(); j++) {
                    double sum = 0;
                    for (int i = 0; i < z.rows(); i++) {
                        sum += jacobian.get(i, j) * g.get(i, k);
                    }
                    assertEquals(sum, vjp.get(j, k), 1e-15, activation + " column " + k + " entry " + j);
                }
            }
        }
    }

    @Test
    void everyDerivativeIsTheJacobianDiagonal() {
        Matrix z = Matrix.ofColumns(POINTS.toArray(new double[0][]));
        for (Activation activation : Activation.all()) {
            Matrix derivative = activation.derivative(z);
            for (int k = 0; k < z.columns(); k++) {
                Matrix jacobian = activation.jacobian(z.columnMatrix(k));
                for (int j = 0; j < z.rows(); j++) {
                    assertEquals(jacobian.get(j, j), derivative.get(j, k), 1e-15, activation.name());
                }
            }
        }
    }

    @Test
    void onlySoftmaxIsNotElementwise() {
        for (Activation activation : Activation.all()) {
            assertEquals(!(activation instanceof Softmax), activation.isElementwise(), activation.name());
        }
    }

    /** Σ_j (s_i [i = j] − s_i s_j) = s_i − s_i Σ_j s_j = 0, since Σ s = 1; J is also symmetric. */
    @Test
    void softmaxJacobianRowsSumToZeroAndItIsSymmetric() {
        for (double[] z : POINTS) {
            Matrix jacobian = Softmax.INSTANCE.jacobian(Matrix.column(z));
            for (int i = 0; i < z.length; i++) {
                double sum = 0;
                for (int j = 0; j < z.length; j++) {
                    sum += jacobian.get(i, j);
                    assertEquals(jacobian.get(i, j), jacobian.get(j, i), 1e-17);
                }
                assertEquals(0, sum, 1e-16);
            }
        }
    }

    @Test
    void reluHasSlopeZeroAtZero() {
        Matrix zero = Matrix.column(0.0, -0.0);
        assertEquals(Matrix.column(0.0, 0.0), Relu.INSTANCE.derivative(zero));
        assertEquals(Matrix.zeros(2, 2), Relu.INSTANCE.jacobian(zero));
        assertEquals(0, Relu.INSTANCE.vjp(zero, Matrix.column(5.0, 5.0)).maxAbs());
        assertEquals(0, Relu.INSTANCE.apply(zero).maxAbs());
        assertEquals(Matrix.column(1.0), Relu.INSTANCE.derivative(Matrix.column(Double.MIN_VALUE)));
    }

    @Test
    void elementwiseValuesAndSlopesAtKnownPoints() {
        Matrix z = Matrix.column(0.0, 2.0);
        assertEquals(0.5, Sigmoid.INSTANCE.apply(z).get(0, 0));
        assertEquals(0.25, Sigmoid.INSTANCE.derivative(z).get(0, 0));
        assertEquals(1 / (1 + Math.exp(-2)), Sigmoid.INSTANCE.apply(z).get(1, 0), 1e-16);
        assertEquals(1, Tanh.INSTANCE.derivative(z).get(0, 0));
        assertEquals(0.9640275800758169, Tanh.INSTANCE.apply(z).get(1, 0), 1e-16);
        assertEquals(z, Identity.INSTANCE.apply(z));
        assertEquals(Matrix.column(1.0, 1.0), Identity.INSTANCE.derivative(z));
    }

    /** softmax(1000, 999, 0) = (1, e⁻¹, e⁻¹⁰⁰⁰) / (1 + e⁻¹ + e⁻¹⁰⁰⁰); naive e^1000 would overflow. */
    @Test
    void softmaxStaysFiniteForLargeInputs() {
        Matrix s = Softmax.INSTANCE.apply(Matrix.column(1000.0, 999.0, 0.0));
        assertEquals(0.7310585786300049, s.get(0, 0), 1e-16);
        assertEquals(0.2689414213699951, s.get(1, 0), 1e-16);
        assertEquals(0, s.get(2, 0));
        assertEquals(Matrix.column(0.5, 0.5), Softmax.INSTANCE.apply(Matrix.column(1000.0, 1000.0)));
        assertEquals(Matrix.column(0.5, 0.5), Softmax.INSTANCE.apply(Matrix.column(-1000.0, -1000.0)));
        assertTrue(Softmax.INSTANCE.jacobian(Matrix.column(1000.0, 999.0, 0.0)).isFinite());
        assertTrue(Sigmoid.INSTANCE.apply(Matrix.column(-1000.0, 1000.0)).isFinite());
    }

    @Test
    void softmaxWorksColumnByColumn() {
        Matrix s = Softmax.INSTANCE.apply(Matrix.ofColumns(new double[][] {{0, 0}, {Math.log(3), 0}}));
        assertEquals(0, Matrix.ofColumns(new double[][] {{0.5, 0.5}, {0.75, 0.25}}).maxAbsDifference(s), 1e-16);
    }

    @Test
    void activationsAreFoundByFileNameInAnyCase() {
        assertSame(Relu.INSTANCE, Activation.named("ReLU"));
        assertSame(Softmax.INSTANCE, Activation.named("softmax"));
        for (Activation activation : Activation.all()) {
            assertSame(activation, Activation.named(activation.name()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Activation.named("swish"));
        assertEquals("unknown activation 'swish'; expected one of sigmoid, tanh, relu, identity, softmax",
                error.getMessage());
    }
}
