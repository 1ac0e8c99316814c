package dev.deltascope.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.IntToDoubleFunction;

/**
 * The one way Deltascope writes a number for a person: in the derivation's LaTeX, the window's
 * grids, diagram and tables, and every export. Thread-safe and immutable.
 *
 * <p>Rounding: a value is first written as the shortest decimal that reads back as the same double
 * (what the network file holds and a person typed), then rounded to the significant digits
 * <em>half up</em> (half away from zero), as taught in school: at 4 digits 1.2345 is 1.235 and
 * −1.2345 is −1.235; at 1 digit 0.15 is 0.2. Trailing zeros are dropped, so a weight typed as 0.5
 * reads 0.5; negative zero reads 0.
 *
 * <p>Notation: a value whose rounded magnitude lies in [10⁻⁴, 10^max(d, 4)) is written plain
 * ({@code 0.0001}, {@code 1230} at 3 digits); any other is scientific ({@code 6.722×10⁻⁵} as text,
 * {@code 6.722 \times 10^{-5}} as LaTeX). A matrix is written in one notation: scientific for every
 * entry as soon as one finite nonzero entry needs it, so a column never mixes 6.722×10⁻⁵ with
 * 0.00047 (this is NumPy's rule for printing an array). NaN reads NaN and ±∞ reads ±∞.
 */
public final class NumberFormatter {

    /** Magnitudes below 10^{SMALLEST_PLAIN_EXPONENT} are written in scientific form. */
    private static final int SMALLEST_PLAIN_EXPONENT = -4;
    /** Magnitudes of at least 10^{max(d, this)} are written in scientific form. */
    private static final int LARGEST_PLAIN_DIGITS = 4;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char MINUS = '\u2212';

    private final int significantDigits;
    private final MathContext context;
    private final int largestPlainExponent;
    /** Below this magnitude a value surely rounds to less than 10⁻⁴; above the next, surely not. */
    private final double surelySmall;
    private final double surelyNotSmall;
    private final double surelyNotLarge;
    private final double surelyLarge;

    /** A formatter that rounds to {@code significantDigits} (1..17) significant digits. */
    public NumberFormatter(int significantDigits) {
        if (significantDigits < 1 || significantDigits > 17) {
            throw new IllegalArgumentException("significant digits: must be 1..17, was " + significantDigits);
        }
        this.significantDigits = significantDigits;
        this.context = new MathContext(significantDigits, RoundingMode.HALF_UP);
        this.largestPlainExponent = Math.max(significantDigits, LARGEST_PLAIN_DIGITS);
        double smallest = Math.pow(10, SMALLEST_PLAIN_EXPONENT);
        double largest = Math.pow(10, largestPlainExponent);
        this.surelySmall = smallest * 0.5;
        this.surelyNotSmall = smallest;
        this.surelyNotLarge = largest * 0.5;
        this.surelyLarge = largest;
    }

    public int significantDigits() {
        return significantDigits;
    }

    /** The notation {@code value} is written in on its own: plain unless its rounded magnitude is outside the plain range. */
    public Notation notation(double value) {
        return plain(value) ? Notation.PLAIN : Notation.SCIENTIFIC;
    }

    /**
     * The one notation of a matrix of {@code count} values: scientific when any finite nonzero
     * value needs it, else plain.
     */
    public Notation notation(int count, IntToDoubleFunction value) {
        for (int i = 0; i < count; i++) {
            if (!plain(value.applyAsDouble(i))) {
                return Notation.SCIENTIFIC;
            }
        }
        return Notation.PLAIN;
    }

    /** The value as plain text in its own notation: {@code 0.1385}, {@code −2}, {@code 1.5×10⁻⁷}, {@code NaN}, {@code ∞}. */
    public String text(double value) {
        return text(value, notation(value));
    }

    /** The value as plain text in the given notation (that of its matrix). */
    public String text(double value, Notation notation) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : MINUS + "∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = round(value);
        if (notation == Notation.PLAIN && plainRounded(rounded)) {
            return rounded.stripTrailingZeros().toPlainString().replace('-', MINUS);
        }
        int exponent = exponent(rounded);
        return mantissa(rounded, exponent).replace('-', MINUS) + "×10" + superscript(exponent);
    }

    /** The value as LaTeX in its own notation: {@code 0.1385}, {@code -2}, {@code 1.5 \times 10^{-7}}, {@code \mathrm{NaN}}, {@code \infty}. */
    public String latex(double value) {
        return latex(value, notation(value));
    }

    /** The value as LaTeX in the given notation (that of its matrix). */
    public String latex(double value, Notation notation) {
        if (Double.isNaN(value)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = round(value);
        if (notation == Notation.PLAIN && plainRounded(rounded)) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        int exponent = exponent(rounded);
        return mantissa(rounded, exponent) + " \\times 10^{" + exponent + "}";
    }

    /**
     * The value as LaTeX ready to stand as a factor in a product: in parentheses when it is
     * negative or scientific, e.g. {@code (-0.5)}.
     */
    public String latexFactor(double value) {
        String text = latex(value);
        return text.startsWith("-") || text.contains("\\times") ? "(" + text + ")" : text;
    }

    /** The shorter of the plain and the scientific text, for a label with little room (a unit of the diagram). */
    public String compactText(double value) {
        String own = text(value);
        String scientific = text(value, Notation.SCIENTIFIC);
        return scientific.length() < own.length() ? scientific : own;
    }

    /** 10 to the power {@code exponent} as plain text: {@code 10³}, {@code 10⁻²}, {@code 10} for 1. */
    public static String powerOfTen(int exponent) {
        return exponent == 1 ? "10" : "10" + superscript(exponent);
    }

    private BigDecimal round(double value) {
        return BigDecimal.valueOf(value).round(context);
    }

    private boolean plain(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return true;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= surelyNotSmall && magnitude < surelyNotLarge) {
            return true;
        }
        if (magnitude < surelySmall || magnitude >= surelyLarge) {
            return false;
        }
        return plainRounded(round(value));
    }

    private boolean plainRounded(BigDecimal rounded) {
        int exponent = exponent(rounded);
        return exponent >= SMALLEST_PLAIN_EXPONENT && exponent < largestPlainExponent;
    }

    /** The power of ten of the leading digit: 2 for 123, −5 for 0.0000672. */
    private static int exponent(BigDecimal rounded) {
        return rounded.precision() - rounded.scale() - 1;
    }

    private static String mantissa(BigDecimal rounded, int exponent) {
        return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
    }

    private static String superscript(int number) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
