package dev.deltascope.code;

import dev.deltascope.file.JsonLayout;
import dev.deltascope.model.Matrix;

/** Python source text for numbers, comments and matrices, written so that every double reads back exactly. */
final class PythonText {

    /** Rows longer than this many characters in all go on lines of their own. */
    private static final int ONE_LINE = 100;

    private PythonText() {
    }

    /** The shortest literal that Python's float() reads back to exactly {@code value}; it must be finite. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a Python literal needs a finite number, was " + value);
        }
        return JsonLayout.number(value);
    }

    /** Text safe inside a {@code #} comment: every line break and control character becomes a space. */
    static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c));
        return out.toString().strip();
    }

    /**
     * {@code constructor([[row], [row]])}, e.g. {@code np.array([[0.15, 0.2], [0.25, 0.3]])}: the matrix as a
     * list of rows, on one line when short, else one row per line indented by {@code indent} spaces.
     */
    static String matrix(String constructor, Matrix matrix, int indent) {
        return matrix(constructor, matrix, indent, false);
    }

    /** As {@link #matrix(String, Matrix, int)}, but one row per line whenever there is more than one row. */
    static String matrixByRows(String constructor, Matrix matrix, int indent) {
        return matrix(constructor, matrix, indent, true);
    }

    private static String matrix(String constructor, Matrix matrix, int indent, boolean byRows) {
        double[][] rows = matrix.toArray();
        String[] rowTexts = new String[rows.length];
        int length = 0;
        for (int r = 0; r < rows.length; r++) {
            rowTexts[r] = list(rows[r]);
            length += rowTexts[r].length() + 2;
        }
        if (rows.length == 1 || !byRows && length + constructor.length() <= ONE_LINE) {
            return constructor + "([" + String.join(", ", rowTexts) + "])";
        }
        String padding = " ".repeat(indent + 4);
        StringBuilder out = new StringBuilder(constructor).append("([\n");
        for (String row : rowTexts) {
            out.append(padding).append(row).append(",\n");
        }
        return out.append(" ".repeat(indent)).append("])").toString();
    }

    /** {@code constructor([a, b, c])}: the numbers as a flat list. */
    static String vector(String constructor, double[] values) {
        return constructor + "(" + list(values) + ")";
    }

    private static String list(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return out.append(']').toString();
    }
}
