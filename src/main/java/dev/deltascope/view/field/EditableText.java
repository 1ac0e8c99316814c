package dev.deltascope.view.field;

import dev.deltascope.model.Matrix;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.StringJoiner;

/** Numbers as the editor shows them in its fields: short, exact enough to read back, locale-free. */
public final class EditableText {

    /** Significant digits of a value in an editable field. */
    static final int DIGITS = 6;

    private EditableText() {
    }

    /** At most {@value #DIGITS} significant digits, no trailing zeros: 0.15, -0.432188, 1.5e-07. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(DIGITS)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < 7) {
            return rounded.toPlainString();
        }
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + String.format(Locale.ROOT, "%d", exponent);
    }

    /** The examples of a matrix, one column a line: "0.05, 0.1". */
    public static String columnsAsLines(Matrix matrix) {
        StringJoiner lines = new StringJoiner("\n");
        for (int k = 0; k < matrix.columns(); k++) {
            StringJoiner line = new StringJoiner(", ");
            for (int r = 0; r < matrix.rows(); r++) {
                line.add(of(matrix.get(r, k)));
            }
            lines.add(line.toString());
        }
        return lines.toString();
    }
}
