package dev.deltascope.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * An immutable dense matrix of doubles (rows × columns). Columns are examples when the
 * matrix holds a mini-batch. Every public way in and out copies, so a value can be shared freely;
 * inside the model, {@link #adopt} takes a matrix just made for the result without a copy.
 */
public final class Matrix {

    private final DMatrixRMaj data;

    private Matrix(DMatrixRMaj data) {
        this.data = data;
    }

    /** A copy of the given rows; every row must have the same length, at least one row and column. */
    public static Matrix of(double[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("matrix must have at least one row and one column");
        }
        for (int r = 1; r < rows.length; r++) {
            if (rows[r].length != rows[0].length) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + rows[r].length + " entries, row 0 has " + rows[0].length);
            }
        }
        return new Matrix(new DMatrixRMaj(rows));
    }

    /** A column vector (n × 1) holding a copy of the values. */
    public static Matrix column(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("column must have at least one entry");
        }
        DMatrixRMaj m = new DMatrixRMaj(values.length, 1);
        System.arraycopy(values, 0, m.data, 0, values.length);
        return new Matrix(m);
    }

    /** A matrix whose columns are the given vectors (each n entries); m = columns.length. */
    public static Matrix ofColumns(double[][] columns) {
        return of(columns).transpose();
    }

    public static Matrix zeros(int rows, int columns) {
        return new Matrix(new DMatrixRMaj(rows, columns));
    }

    /** A copy of an EJML matrix. */
    public static Matrix from(DMatrixRMaj matrix) {
        return new Matrix(matrix.copy());
    }

    /**
     * Takes {@code fresh} as it is, without a copy: for a matrix the model has just made for the
     * result, to which the caller keeps no other reference.
     */
    static Matrix adopt(DMatrixRMaj fresh) {
        return new Matrix(fresh);
    }

    /** The entries themselves, row by row (entry (r, c) at r × columns + c), not a copy: to read inside the model only. */
    double[] entries() {
        return data.data;
    }

    public int rows() {
        return data.numRows;
    }

    public int columns() {
        return data.numCols;
    }

    public double get(int row, int column) {
        return data.get(row, column);
    }

    /** Column k as a new array. */
    public double[] column(int k) {
        double[] out = new double[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = data.get(r, k);
        }
        return out;
    }

    /** Column k as an n × 1 matrix. */
    public Matrix columnMatrix(int k) {
        return column(column(k));
    }

    /** A copy as rows. */
    public double[][] toArray() {
        double[][] out = new double[rows()][columns()];
        for (int r = 0; r < out.length; r++) {
            System.arraycopy(data.data, r * columns(), out[r], 0, columns());
        }
        return out;
    }

    /** A copy as an EJML matrix, free to modify. */
    public DMatrixRMaj toDense() {
        return data.copy();
    }

    public Matrix transpose() {
        return new Matrix(CommonOps_DDRM.transpose(data, null));
    }

    /** this − scale · other (W − η G) as a new matrix, entry by entry; the shapes must match. Inputs not modified. */
    public Matrix minusScaled(double scale, Matrix other) {
        if (rows() != other.rows() || columns() != other.columns()) {
            throw new IllegalArgumentException("other: must be " + shape() + ", was " + other.shape());
        }
        DMatrixRMaj out = new DMatrixRMaj(rows(), columns());
        CommonOps_DDRM.add(data, -scale, other.data, out);
        return new Matrix(out);
    }

    /** This matrix with one entry replaced. */
    public Matrix with(int row, int column, double value) {
        DMatrixRMaj copy = data.copy();
        copy.set(row, column, value);
        return new Matrix(copy);
    }

    /**
     * this · input + bias 1ᵀ (W a + b 1ᵀ) as a new matrix, without copying the operands; the same
     * products and sums, in the same order, as EJML's {@code W.mult(a).plus(b.mult(ones))}.
     */
    Matrix affine(Matrix input, Matrix bias) {
        DMatrixRMaj out = new DMatrixRMaj(rows(), input.columns());
        CommonOps_DDRM.mult(data, input.data, out);
        for (int r = 0; r < out.numRows; r++) {
            double b = bias.data.get(r, 0);
            for (int k = 0; k < out.numCols; k++) {
                out.set(r, k, out.get(r, k) + b);
            }
        }
        return new Matrix(out);
    }

    /** thisᵀ · other (Wᵀ g) as a new matrix, without copying or transposing either. */
    Matrix transposeTimes(Matrix other) {
        DMatrixRMaj out = new DMatrixRMaj(columns(), other.columns());
        CommonOps_DDRM.multTransA(data, other.data, out);
        return new Matrix(out);
    }

    /** this · other as a new matrix, without copying either. */
    Matrix times(Matrix other) {
        DMatrixRMaj out = new DMatrixRMaj(rows(), other.columns());
        CommonOps_DDRM.mult(data, other.data, out);
        return new Matrix(out);
    }

    /** this · otherᵀ / divisor (Δ Aᵀ / m) as a new matrix, without copying or transposing either. */
    Matrix timesTransposeOver(Matrix other, double divisor) {
        DMatrixRMaj out = new DMatrixRMaj(rows(), other.rows());
        CommonOps_DDRM.multTransB(data, other.data, out);
        CommonOps_DDRM.divide(out, divisor);
        return new Matrix(out);
    }

    /** "rows×columns". */
    public String shape() {
        return rows() + "×" + columns();
    }

    /** True when every entry is neither NaN nor infinite. */
    public boolean isFinite() {
        for (double v : data.data) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Largest |this − other| over all entries; NaN if any difference is NaN. Shapes must match. */
    public double maxAbsDifference(Matrix other) {
        if (rows() != other.rows() || columns() != other.columns()) {
            throw new IllegalArgumentException("shapes differ: " + shape() + " and " + other.shape());
        }
        double max = 0;
        for (int i = 0; i < data.data.length && i < rows() * columns(); i++) {
            double d = Math.abs(data.data[i] - other.data.data[i]);
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            max = Math.max(max, d);
        }
        return max;
    }

    /** Largest |entry|. */
    public double maxAbs() {
        double max = 0;
        for (int i = 0; i < rows() * columns(); i++) {
            max = Math.max(max, Math.abs(data.data[i]));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Matrix other)) {
            return false;
        }
        if (rows() != other.rows() || columns() != other.columns()) {
            return false;
        }
        for (int i = 0; i < rows() * columns(); i++) {
            if (Double.doubleToLongBits(data.data[i]) != Double.doubleToLongBits(other.data.data[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 31 * rows() + columns();
        for (int i = 0; i < rows() * columns(); i++) {
            h = 31 * h + Double.hashCode(data.data[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return Arrays.deepToString(toArray());
    }
}
