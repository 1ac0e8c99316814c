package dev.deltascope.derivation;

/**
 * How numbers and matrices are printed: how many significant digits, and how many rows and
 * columns of a matrix are shown before the rest is elided with ⋯ and ⋮ (the data keeps every value).
 *
 * @param significantDigits 1..12
 * @param maxRows rows shown before eliding, 1..{@value #MAX_SHOWN}
 * @param maxColumns columns shown before eliding, 1..{@value #MAX_SHOWN}
 */
public record NumberStyle(int significantDigits, int maxRows, int maxColumns) {

    /** The largest display limit for rows or columns. */
    public static final int MAX_SHOWN = 32;

    /** 4 significant digits, matrices up to 8 × 8 shown in full. */
    public static final NumberStyle DEFAULT = new NumberStyle(4, 8, 8);

    public NumberStyle {
        if (significantDigits < 1 || significantDigits > 12) {
            throw new IllegalArgumentException("significantDigits: must be 1..12, was " + significantDigits);
        }
        if (maxRows < 1 || maxRows > MAX_SHOWN) {
            throw new IllegalArgumentException("maxRows: must be 1.." + MAX_SHOWN + ", was " + maxRows);
        }
        if (maxColumns < 1 || maxColumns > MAX_SHOWN) {
            throw new IllegalArgumentException("maxColumns: must be 1.." + MAX_SHOWN + ", was " + maxColumns);
        }
    }

    /** This style with another number of significant digits (1..12). */
    public NumberStyle withSignificantDigits(int digits) {
        return new NumberStyle(digits, maxRows, maxColumns);
    }

    /** This style showing at most {@code shown} rows and columns (1..{@value #MAX_SHOWN}), the ellipsis counted as one. */
    public NumberStyle withMaxShown(int shown) {
        return new NumberStyle(significantDigits, shown, shown);
    }
}
