package dev.deltascope.derivation;

import java.util.Objects;

/**
 * One symbol of a step, explained for a learner.
 *
 * @param latex the symbol as LaTeX, e.g. {@code (W^{3})^{\top}}
 * @param meaning what it is and its shape with this network's sizes, e.g. "… 3×1: one number per unit of layer 2."
 * @param location where its numbers live: what a row, a column or an entry stands for
 * @param matrix the step's matrix it names, so a window can point at its grid; null for an
 *     operator or a number that has no grid (⊙, η, m)
 */
public record SymbolEntry(String latex, String meaning, String location, NamedMatrix matrix) {

    public SymbolEntry {
        Objects.requireNonNull(latex, "latex");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(location, "location");
        if (latex.isBlank() || meaning.isBlank() || location.isBlank()) {
            throw new IllegalArgumentException("symbol entry " + latex + ": latex, meaning and location must not be blank");
        }
    }
}
