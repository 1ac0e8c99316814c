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

    /**
     * The multiply-adds of a product computed between two {@link Interruption} checks: 2^24, some
     * tens of milliseconds. The products of the largest networks the limits allow (up to 4·10⁸
     * multiply-adds) are cut into pieces of about this size; smaller ones are computed in one go.
     */
    private static final long MULTIPLY_ADDS_PER_PIECE = 1L << 24;
    /**
     * The fewest columns of a piece of {@link #transposeTimes}: enough that EJML chooses the same
     * algorithm for each piece as for the whole product (it switches below
     * {@code EjmlParameters.MULT_COLUMN_SWITCH}, 15 columns), so the sums are the same.
     */
    private static final int COLUMNS_PER_PIECE = 256;

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
     * this · input + bias 1ᵀ (W a + b 1ᵀ) as a new matrix, without copying the input; the same
     * products and sums, in the same order, as EJML's {@code W.mult(a).plus(b.mult(ones))}. A few
     * rows of W at a time ({@link #rowsPerPiece}), checking for {@link Interruption} between them.
     */
    Matrix affine(Matrix input, Matrix bias) {
        DMatrixRMaj out = new DMatrixRMaj(rows(), input.columns());
        int piece = rowsPerPiece(columns() * (long) input.columns());
        if (piece >= rows()) {
            CommonOps_DDRM.mult(data, input.data, out);
        } else {
            for (int first = 0; first < rows(); first += piece) {
                Interruption.check();
                int count = Math.min(piece, rows() - first);
                DMatrixRMaj product = CommonOps_DDRM.mult(rowsOf(data, first, count), input.data, null);
                System.arraycopy(product.data, 0, out.data, first * out.numCols, count * out.numCols);
            }
        }
        for (int r = 0; r < out.numRows; r++) {
            double b = bias.data.get(r, 0);
            for (int k = 0; k < out.numCols; k++) {
                out.set(r, k, out.get(r, k) + b);
            }
        }
        return new Matrix(out);
    }

    /**
     * thisᵀ · other (Wᵀ g) as a new matrix, without transposing this; the same products and sums,
     * in the same order, as EJML's {@code multTransA}. When each column of other costs more than
     * {@link #MULTIPLY_ADDS_PER_PIECE}, other is taken in pieces of at least {@link #COLUMNS_PER_PIECE}
     * columns (copied), checking for {@link Interruption} between them.
     */
    Matrix transposeTimes(Matrix other) {
        DMatrixRMaj out = new DMatrixRMaj(columns(), other.columns());
        long perColumn = (long) rows() * columns();
        int piece = (int) Math.max(COLUMNS_PER_PIECE, MULTIPLY_ADDS_PER_PIECE / Math.max(1, perColumn));
        if (other.columns() < 2 * piece) {
            CommonOps_DDRM.multTransA(data, other.data, out);
            return new Matrix(out);
        }
        int first = 0;
        while (first < other.columns()) {
            Interruption.check();
            int end = other.columns() - first < 2 * piece ? other.columns() : first + piece;
            DMatrixRMaj product = CommonOps_DDRM.multTransA(data,
                    CommonOps_DDRM.extract(other.data, 0, other.rows(), first, end), null);
            CommonOps_DDRM.insert(product, out, 0, first);
            first = end;
        }
        return new Matrix(out);
    }

    /** this · other as a new matrix, without copying either. */
    Matrix times(Matrix other) {
        DMatrixRMaj out = new DMatrixRMaj(rows(), other.columns());
        CommonOps_DDRM.mult(data, other.data, out);
        return new Matrix(out);
    }

    /**
     * this · otherᵀ / divisor (Δ Aᵀ / m) as a new matrix, without copying other or transposing
     * either; the same products and sums, in the same order, as EJML's {@code multTransB}. A few
     * rows of this at a time ({@link #rowsPerPiece}), checking for {@link Interruption} between them.
     */
    Matrix timesTransposeOver(Matrix other, double divisor) {
        DMatrixRMaj out = new DMatrixRMaj(rows(), other.rows());
        int piece = rowsPerPiece(columns() * (long) other.rows());
        if (piece >= rows()) {
            CommonOps_DDRM.multTransB(data, other.data, out);
        } else {
            for (int first = 0; first < rows(); first += piece) {
                Interruption.check();
                int count = Math.min(piece, rows() - first);
                DMatrixRMaj product = CommonOps_DDRM.multTransB(rowsOf(data, first, count), other.data, null);
                System.arraycopy(product.data, 0, out.data, first * out.numCols, count * out.numCols);
            }
        }
        CommonOps_DDRM.divide(out, divisor);
        return new Matrix(out);
    }

    /** Rows first..first+count−1 of a matrix, copied. */
    private static DMatrixRMaj rowsOf(DMatrixRMaj matrix, int first, int count) {
        DMatrixRMaj rows = new DMatrixRMaj(count, matrix.numCols);
        System.arraycopy(matrix.data, first * matrix.numCols, rows.data, 0, count * matrix.numCols);
        return rows;
    }

    /** How many rows of a product to compute at a time when each row costs {@code perRow} multiply-adds. */
    private static int rowsPerPiece(long perRow) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, MULTIPLY_ADDS_PER_PIECE / Math.max(1, perRow)));
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

    /**
     * Largest |entry| among the finite entries, 0 when there is none: the extreme of a heat map's scale,
     * which the window's grids and the exported pictures share.
     */
    public double maxFiniteAbs() {
        double max = 0;
        for (int i = 0; i < rows() * columns(); i++) {
            if (Double.isFinite(data.data[i])) {
                max = Math.max(max, Math.abs(data.data[i]));
            }
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
