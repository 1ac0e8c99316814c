package dev.deltascope.view.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict parsing of what a person types into a field: plain decimal or scientific notation
 * ("-0.5", "1e-3", "+2.", ".25"), also as the window writes it ("6.722×10⁻⁵", "−2", or
 * "6.722×10^-5"), the same on every locale. Refuses letters, NaN, infinity,
 * hexadecimal, Java suffixes ("1d"), decimal commas and numbers too large to hold.
 */
public final class NumberText {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    /** "×10⁻⁵" or "×10^-5" (or x for ×) ending a number, as {@link dev.deltascope.numbers.NumberFormatter} writes it. */
    private static final Pattern TIMES_TEN = Pattern.compile(
            "\\s*[×x]\\s*10(?:\\^\\{?([+-]?\\d+)\\}?|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NumberText() {
    }

    /** A finite number; {@code what} names the field in the message ("Weight W²[1][0]"). */
    public static double parseNumber(String text, String what) {
        String s = powerOfTenAsExponent(normalise(text));
        if (s.isEmpty()) {
            throw new InvalidEditException(what + " is empty: type a number such as 0.5.");
        }
        if (!DECIMAL.matcher(s).matches()) {
            if (s.matches("[+-]?\\d+,\\d+")) {
                throw new InvalidEditException(what + ": write “" + s.replace(',', '.') + "” with a decimal point.");
            }
            throw new InvalidEditException(what + ": “" + s + "” is not a number.");
        }
        double value = Double.parseDouble(s);
        if (!Double.isFinite(value)) {
            throw new InvalidEditException(what + ": “" + s + "” is too large to compute with.");
        }
        return value;
    }

    /** A finite number greater than zero. */
    public static double parsePositiveNumber(String text, String what) {
        double value = parseNumber(text, what);
        if (!(value > 0)) {
            throw new InvalidEditException(what + " must be greater than 0, not " + text.trim() + ".");
        }
        return value;
    }

    /** A whole number in min..max. */
    public static int parseWholeNumber(String text, String what, int min, int max) {
        String s = normalise(text);
        if (s.isEmpty()) {
            throw new InvalidEditException(what + " is empty: type a whole number from " + min + " to " + max + ".");
        }
        if (!WHOLE.matcher(s).matches()) {
            throw new InvalidEditException(what + " must be a whole number from " + min + " to " + max
                    + "; “" + s + "” is not.");
        }
        long value;
        try {
            value = Long.parseLong(s);
        } catch (NumberFormatException tooLong) {
            value = s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (value < min || value > max) {
            throw new InvalidEditException(what + " must be from " + min + " to " + max + ", not " + s + ".");
        }
        return (int) value;
    }

    /** Any whole number that fits in 64 bits. */
    public static long parseSeed(String text, String what) {
        String s = normalise(text);
        if (s.isEmpty()) {
            throw new InvalidEditException(what + " is empty: type a whole number such as 7.");
        }
        if (!WHOLE.matcher(s).matches()) {
            throw new InvalidEditException(what + " must be a whole number; “" + s + "” is not.");
        }
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException tooLong) {
            throw new InvalidEditException(what + ": “" + s + "” is too large for a seed.");
        }
    }

    /**
     * Rows of numbers, one row a line, entries separated by commas, semicolons or spaces; every
     * row must hold {@code columns} numbers. Blank lines are skipped.
     */
    public static double[][] parseRows(String text, String what, int columns) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int line = 0; line < lines.length; line++) {
            String trimmed = normalise(lines[line]);
            if (trimmed.isEmpty()) {
                continue;
            }
            String place = what + ", line " + (line + 1);
            String[] parts = SEPARATORS.split(trimmed);
            if (parts.length != columns) {
                throw new InvalidEditException(place + ": expected " + columns + (columns == 1 ? " number" : " numbers")
                        + ", found " + parts.length + ".");
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = parseNumber(parts[c], place);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InvalidEditException(what + " is empty: type at least one line of numbers.");
        }
        return rows.toArray(double[][]::new);
    }

    /** "6.722×10⁻⁵" as "6.722e-5"; any other text unchanged. */
    private static String powerOfTenAsExponent(String text) {
        Matcher power = TIMES_TEN.matcher(text);
        if (!power.find() || power.start() == 0) {
            return text;
        }
        String exponent = power.group(1);
        if (exponent == null) {
            StringBuilder digits = new StringBuilder();
            for (char c : power.group(2).toCharArray()) {
                digits.append(c == '⁻' ? '-' : c == '⁺' ? '+' : (char) ('0' + SUPERSCRIPT_DIGITS.indexOf(c)));
            }
            exponent = digits.toString();
        }
        return text.substring(0, power.start()) + "e" + exponent;
    }

    /** Trims and turns the typographic minus the window displays (U+2212) into '-'. */
    private static String normalise(String text) {
        return text == null ? "" : text.strip().replace('\u2212', '-');
    }
}
