package dev.deltascope.derivation;

import java.util.Objects;

/** One term of a formula and its shape: rows × columns. */
public record Term(String latex, int rows, int columns) {

    public Term {
        Objects.requireNonNull(latex, "latex");
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("term " + latex + ": shape must be positive, was " + rows + "×" + columns);
        }
    }

    /** "rows×columns". */
    public String shape() {
        return rows + "×" + columns;
    }
}
