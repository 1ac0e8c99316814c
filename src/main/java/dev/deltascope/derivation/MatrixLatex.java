package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import dev.deltascope.numbers.Notation;
import dev.deltascope.numbers.NumberFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Matrices, shapes and long sums as LaTeX. A matrix with more rows or columns than the style
 * allows is elided by {@link Elision}: its first rows and columns, a row of ⋮ (with ⋱ where it
 * meets the elided columns), a column of ⋯, and its last row and column.
 */
public final class MatrixLatex {

    /** One entry of a matrix to print, given its row and column. */
    @FunctionalInterface
    interface Entry {
        double at(int row, int column);
    }

    private final NumberStyle style;
    private final NumberFormatter numbers;
    /** What this derivation has printed in each notation: it prints the same values many times. */
    private final Map<Double, String> plain = new HashMap<>();
    private final Map<Double, String> scientific = new HashMap<>();

    public MatrixLatex(NumberStyle style) {
        this.style = style;
        this.numbers = new NumberFormatter(style.significantDigits());
    }

    NumberFormatter numbers() {
        return numbers;
    }

    /** The number as LaTeX, in its own notation. */
    String number(double value) {
        return number(value, numbers.notation(value));
    }

    /** The number as LaTeX ready to stand as a factor in a product: in parentheses when negative or scientific. */
    String factor(double value) {
        return numbers.latexFactor(value);
    }

    private String number(double value, Notation notation) {
        Map<Double, String> printed = notation == Notation.PLAIN ? plain : scientific;
        return printed.computeIfAbsent(value, v -> numbers.latex(v, notation));
    }

    /** The matrix as a bmatrix, elided beyond the display limit. */
    public String matrix(Matrix values) {
        return matrix(values.rows(), values.columns(), values::get);
    }

    /** The transpose of the matrix as a bmatrix: a column becomes a row. */
    String transposed(Matrix values) {
        return matrix(values.columns(), values.rows(), (r, c) -> values.get(c, r));
    }

    /** Column k of the matrix as a bmatrix column. */
    String column(Matrix values, int k) {
        return matrix(values.rows(), 1, (r, c) -> values.get(r, k));
    }

    /** Column k of the matrix as a bmatrix row. */
    String row(Matrix values, int k) {
        return matrix(1, values.rows(), (r, c) -> values.get(c, k));
    }

    /** diag(column k of the matrix), n × n with every zero written out. */
    String diagonal(Matrix values, int k) {
        int n = values.rows();
        return matrix(n, n, (r, c) -> r == c ? values.get(r, k) : 0);
    }

    /**
     * A rows × columns bmatrix of the given entries, elided beyond the display limit, every entry
     * in the one notation of the whole matrix (see {@link NumberFormatter}).
     */
    String matrix(int rows, int columns, Entry entry) {
        Notation notation = numbers.notation(rows * columns, i -> entry.at(i / columns, i % columns));
        StringBuilder out = new StringBuilder("\\begin{bmatrix}");
        int[] shownRows = Elision.shown(rows, style.maxRows());
        int[] shownColumns = Elision.shown(columns, style.maxColumns());
        for (int i = 0; i < shownRows.length; i++) {
            if (i > 0) {
                out.append(" \\\\ ");
            }
            for (int j = 0; j < shownColumns.length; j++) {
                if (j > 0) {
                    out.append(" & ");
                }
                int r = shownRows[i];
                int c = shownColumns[j];
                if (r < 0 && c < 0) {
                    out.append("\\ddots");
                } else if (r < 0) {
                    out.append("\\vdots");
                } else if (c < 0) {
                    out.append("\\cdots");
                } else {
                    out.append(number(entry.at(r, c), notation));
                }
            }
        }
        return out.append("\\end{bmatrix}").toString();
    }

    /** "rows \times columns". */
    static String shape(int rows, int columns) {
        return rows + " \\times " + columns;
    }

    /** The LaTeX with its shape written under it ({@link ShapeLabels} spaces and levels it). */
    static String under(String latex, int rows, int columns) {
        return ShapeLabels.OPEN + shape(rows, columns) + "}{" + latex + "}";
    }

    /**
     * The items joined by the operator (e.g. " + "), eliding the middle with ⋯ when there are
     * more than the style's column limit.
     */
    String joined(List<String> items, String operator) {
        return joined(items.size(), items::get, operator);
    }

    /** Items 0..count−1 joined like {@link #joined(List, String)}; only the items shown are made. */
    String joined(int count, IntFunction<String> item, String operator) {
        int[] shownItems = Elision.shown(count, style.maxColumns());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shownItems.length; i++) {
            if (i > 0) {
                out.append(operator);
            }
            out.append(shownItems[i] < 0 ? "\\cdots" : item.apply(shownItems[i]));
        }
        return out.toString();
    }
}
