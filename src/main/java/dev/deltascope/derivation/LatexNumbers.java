package dev.deltascope.derivation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers as LaTeX, rounded to a number of significant digits (half up, from the shortest
 * decimal that reads back as the same double, so 0.15 rounds to 0.2). Trailing zeros are
 * dropped; negative zero prints as 0; values below 10^{−4} or at least 10^{max(d, 4)} in
 * magnitude print as {@code 1.234 \times 10^{-5}}; NaN prints as {@code \mathrm{NaN}} and ±∞ as
 * {@code \infty}. An instance remembers what it has formatted (a derivation prints the same
 * values many times), so it is meant for one derivation and one thread.
 */
public final class LatexNumbers {

    /** Magnitudes below 10^{SMALLEST_PLAIN_EXPONENT} are written in scientific form. */
    private static final int SMALLEST_PLAIN_EXPONENT = -4;
    /** Magnitudes of at least 10^{max(d, this)} are written in scientific form. */
    private static final int LARGEST_PLAIN_DIGITS = 4;

    private final MathContext context;
    private final int largestPlainExponent;
    private final Map<Double, String> formatted = new HashMap<>();

    public LatexNumbers(int significantDigits) {
        this.context = new MathContext(significantDigits, RoundingMode.HALF_UP);
        this.largestPlainExponent = Math.max(significantDigits, LARGEST_PLAIN_DIGITS);
    }

    public LatexNumbers(NumberStyle style) {
        this(style.significantDigits());
    }

    /** The value as LaTeX, e.g. {@code 0.1385}, {@code -2}, {@code 1.5 \times 10^{-7}}. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        if (value == 0) {
            return "0";
        }
        return formatted.computeIfAbsent(value, this::scientificOrPlain);
    }

    private String scientificOrPlain(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).round(context);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= SMALLEST_PLAIN_EXPONENT && exponent < largestPlainExponent) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return mantissa + " \\times 10^{" + exponent + "}";
    }

    /**
     * The value ready to stand as a factor in a product: in parentheses when it is negative or
     * in scientific form, e.g. {@code (-0.5)}.
     */
    public String factor(double value) {
        String text = format(value);
        return text.startsWith("-") || text.contains("\\times") ? "(" + text + ")" : text;
    }
}
