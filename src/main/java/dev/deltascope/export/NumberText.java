package dev.deltascope.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as plain text for grid cells, rounded as the derivation's LaTeX numbers are (half up,
 * trailing zeros dropped, negative zero as 0), with scientific form written {@code 1.5e-7}.
 */
final class NumberText {

    private static final int SMALLEST_PLAIN_EXPONENT = -4;
    private static final int LARGEST_PLAIN_DIGITS = 4;

    private final MathContext context;
    private final int largestPlainExponent;

    NumberText(int significantDigits) {
        this.context = new MathContext(significantDigits, RoundingMode.HALF_UP);
        this.largestPlainExponent = Math.max(significantDigits, LARGEST_PLAIN_DIGITS);
    }

    String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(context);
        int exponent = rounded.precision() - rounded.scale() - 1;
        String text = exponent >= SMALLEST_PLAIN_EXPONENT && exponent < largestPlainExponent
                ? rounded.stripTrailingZeros().toPlainString()
                : rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
        return text.replace('-', '−');
    }
}
