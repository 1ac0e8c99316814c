package dev.deltascope.view;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short text for a number in a cell or on a unit: a few significant digits, "NaN", "∞", a true minus sign. */
final class ValueText {

    private ValueText() {
    }

    /**
     * The value rounded to the given significant digits (≥ 1): plain decimals for magnitudes from
     * 10⁻⁴ up to below 10^digits, scientific ("1.25e−7") outside; trailing zeros dropped.
     */
    static String format(double value, int significantDigits) {
        if (significantDigits < 1) {
            throw new IllegalArgumentException("significant digits must be ≥ 1, was " + significantDigits);
        }
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        String text;
        if (exponent >= -4 && exponent < significantDigits) {
            text = rounded.toPlainString();
        } else {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            text = mantissa.toPlainString() + "e" + exponent;
        }
        return text.replace('-', '−');
    }

    /** The shorter of the plain and the scientific form at the given significant digits, for tight spaces. */
    static String compact(double value, int significantDigits) {
        String usual = format(value, significantDigits);
        if (!Double.isFinite(value) || value == 0) {
            return usual;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        String scientific = (rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent)
                .replace('-', '−');
        return scientific.length() < usual.length() ? scientific : usual;
    }
}
