package dev.deltascope.practice;

import java.util.Objects;

/**
 * A candidate formula, as LaTeX.
 *
 * @param latex the formula, e.g. {@code \delta^{(1)} = ...}
 * @param mistake the mistake it makes, or null for the right formula
 */
public record FormulaChoice(String latex, Mistake mistake) {

    public FormulaChoice {
        Objects.requireNonNull(latex, "latex");
    }

    public boolean right() {
        return mistake == null;
    }
}
