package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private static Matrix twoByThree() {
        return Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    void changingTheArraysPassedInDoesNotChangeTheMatrix() {
        double[][] rows = {{1, 2, 3}, {4, 5, 6}};
        Matrix fromRows = Matrix.of(rows);
        rows[0][0] = 99;
        double[] values = {1, 4};
        Matrix column = Matrix.column(values);
        values[0] = 99;
        double[][] columns = {{1, 4}, {2, 5}, {3, 6}};
        Matrix fromColumns = Matrix.ofColumns(columns);
        columns[0][0] = 99;
        DMatrixRMaj dense = new DMatrixRMaj(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Matrix fromDense = Matrix.from(dense);
        dense.set(0, 0, 99);

        assertEquals(twoByThree(), fromRows);
        assertEquals(Matrix.of(new double[][] {{1}, {4}}), column);
        assertEquals(twoByThree(), fromColumns);
        assertEquals(twoByThree(), fromDense);
    }

    @Test
    void changingTheArraysHandedOutDoesNotChangeTheMatrix() {
        Matrix matrix = twoByThree();
        matrix.toArray()[0][0] = 99;
        matrix.column(0)[0] = 99;
        matrix.toDense().set(0, 0, 99);
        matrix.columnMatrix(0).toDense().set(0, 0, 99);
        assertEquals(twoByThree(), matrix);
        assertEquals(1, matrix.get(0, 0));
    }

    @Test
    void withAndTransposeReturnNewMatricesAndLeaveTheOriginal() {
        Matrix matrix = twoByThree();
        Matrix changed = matrix.with(1, 2, -6);
        assertEquals(-6, changed.get(1, 2));
        assertEquals(6, matrix.get(1, 2));
        assertEquals(Matrix.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}), matrix.transpose());
        assertEquals(twoByThree(), matrix);
    }

    @Test
    void shapesColumnsAndEntriesReadBack() {
        Matrix matrix = twoByThree();
        assertEquals(2, matrix.rows());
        assertEquals(3, matrix.columns());
        assertEquals("2×3", matrix.shape());
        assertArrayEquals(new double[] {3, 6}, matrix.column(2));
        assertEquals(Matrix.column(2.0, 5.0), matrix.columnMatrix(1));
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, matrix.toArray());
        assertEquals(Matrix.of(new double[][] {{0, 0}}), Matrix.zeros(1, 2));
    }

    @Test
    void equalityIsBitForBit() {
        assertEquals(Matrix.column(0.1 + 0.2), Matrix.column(0.1 + 0.2));
        assertNotEquals(Matrix.column(0.3), Matrix.column(0.1 + 0.2));
        assertNotEquals(Matrix.column(0.0), Matrix.column(-0.0));
        assertEquals(Matrix.column(Double.NaN), Matrix.column(Double.NaN));
        assertEquals(Matrix.column(Double.NaN).hashCode(), Matrix.column(Double.NaN).hashCode());
        assertEquals(twoByThree().hashCode(), Matrix.of(twoByThree().toArray()).hashCode());
        assertNotEquals(Matrix.of(new double[][] {{1, 2}}), Matrix.column(1.0, 2.0));
        assertNotEquals(Matrix.column(1.0), "1.0");
    }

    @Test
    void theHeatMapsScaleIsTheLargestFiniteMagnitude() {
        assertEquals(6, twoByThree().with(0, 0, -6).maxFiniteAbs());
        assertEquals(5, twoByThree().with(1, 2, Double.NEGATIVE_INFINITY).with(0, 0, Double.NaN).maxFiniteAbs());
        assertEquals(0, Matrix.column(Double.NaN, Double.POSITIVE_INFINITY).maxFiniteAbs());
        assertEquals(0, Matrix.zeros(2, 2).maxFiniteAbs());
    }

    @Test
    void differencesAndFinitenessAreReported() {
        Matrix matrix = twoByThree();
        assertEquals(0.5, matrix.maxAbsDifference(matrix.with(1, 1, 4.5)));
        assertEquals(6, matrix.maxAbs());
        assertTrue(Double.isNaN(matrix.maxAbsDifference(matrix.with(0, 0, Double.NaN))));
        assertTrue(matrix.isFinite());
        assertFalse(matrix.with(0, 1, Double.POSITIVE_INFINITY).isFinite());
        assertFalse(matrix.with(0, 1, Double.NaN).isFinite());
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> matrix.maxAbsDifference(matrix.transpose()));
        assertEquals("shapes differ: 2×3 and 3×2", error.getMessage());
    }

    @Test
    void raggedOrEmptyInputIsRejectedWithItsPlace() {
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> Matrix.of(new double[][] {{1, 2}, {3}}));
        assertEquals("row 1 has 1 entries, row 0 has 2", ragged.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{}}));
        assertThrows(IllegalArgumentException.class, () -> Matrix.column(new double[0]));
    }

    @Test
    void affineIsWTimesAPlusBOnEveryColumnWorkedByHand() {
        Matrix a = Matrix.of(new double[][] {{1, -1}, {0.5, 2}, {3, 0}});
        Matrix z = twoByThree().affine(a, Matrix.column(10, -10));
        // column 0: 1·1 + 2·0.5 + 3·3 + 10 = 21, 4·1 + 5·0.5 + 6·3 − 10 = 14.5; column 1: −1 + 4 + 0 + 10, −4 + 10 + 0 − 10
        assertEquals(Matrix.of(new double[][] {{21, 13}, {14.5, -4}}), z);
    }

    /** Bit for bit what the forward pass computed with copies before: W.mult(a).plus(b.mult(ones)). */
    @Test
    void affineMatchesEjmlsProductAndSumBitForBit() {
        forRandomShapes(7, 200, 70, (random, rows, inner, columns) -> {
            Matrix w = randomMatrix(random, rows, inner);
            Matrix x = randomMatrix(random, inner, columns);
            Matrix b = randomMatrix(random, rows, 1);
            SimpleMatrix expected = Ejml.simple(w).mult(Ejml.simple(x)).plus(Ejml.simple(b).mult(SimpleMatrix.ones(1, columns)));
            assertEquals(Ejml.matrix(expected), w.affine(x, b), rows + "×" + inner + " times " + inner + "×" + columns);
        });
    }

    /** The products the backward methods use, against EJML's simple matrices on copies. */
    @Test
    void productsWithoutCopiesMatchEjmlOnCopies() {
        forRandomShapes(11, 100, 40, (random, rows, inner, columns) -> {
            Matrix w = randomMatrix(random, inner, rows);
            Matrix g = randomMatrix(random, inner, columns);
            Matrix a = randomMatrix(random, rows, inner);
            Matrix b = randomMatrix(random, inner, columns);
            Matrix d = randomMatrix(random, rows, columns);
            Matrix x = randomMatrix(random, inner, columns);
            String shape = rows + ", " + inner + ", " + columns;
            assertEquals(0, w.transposeTimes(g).maxAbsDifference(Ejml.matrix(Ejml.simple(w).transpose().mult(Ejml.simple(g)))),
                    1e-12, shape);
            assertEquals(Ejml.matrix(Ejml.simple(a).mult(Ejml.simple(b))), a.times(b), shape);
            assertEquals(0, d.timesTransposeOver(x, columns).maxAbsDifference(
                    Ejml.matrix(Ejml.simple(d).mult(Ejml.simple(x).transpose()).divide(columns))), 1e-12, shape);
        });
    }

    @Test
    void aGradientStepIsTheSameAsEjmlsAndRefusesAnotherShape() {
        forRandomShapes(13, 100, 30, (random, rows, inner, columns) -> {
            Matrix w = randomMatrix(random, rows, inner);
            Matrix g = randomMatrix(random, rows, inner);
            double eta = random.nextDouble(0.01, 2);

            assertEquals(Ejml.matrix(Ejml.simple(w).minus(Ejml.simple(g).scale(eta))), w.minusScaled(eta, g),
                    rows + "×" + inner);
        });
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> twoByThree().minusScaled(0.5, Matrix.column(1, 2)));
        assertEquals("other: must be 2×3, was 2×1", refused.getMessage());
    }

    @Test
    void productsWorkedByHand() {
        Matrix w = twoByThree();
        assertEquals(Matrix.column(1 * 1 + 4 * 2, 2 * 1 + 5 * 2, 3 * 1 + 6 * 2), w.transposeTimes(Matrix.column(1, 2)));
        assertEquals(Matrix.of(new double[][] {{1 + 4 + 9}, {4 + 10 + 18}}), w.times(Matrix.column(1, 2, 3)));
        // [1 2 3; 4 5 6] · [1 2 3]ᵀ / 2
        assertEquals(Matrix.column(7, 16), w.timesTransposeOver(Matrix.of(new double[][] {{1, 2, 3}}), 2));
    }

    /** A check run on random shapes: rows, inner and columns from 1 to below max (columns below 9). */
    private interface ShapeCheck {
        void check(SplittableRandom random, int rows, int inner, int columns);
    }

    private static void forRandomShapes(long seed, int count, int max, ShapeCheck check) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            check.check(random, random.nextInt(1, max), random.nextInt(1, max), random.nextInt(1, 9));
        }
    }

    private static Matrix randomMatrix(SplittableRandom random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble(-3, 3);
            }
        }
        return Matrix.of(values);
    }
}
