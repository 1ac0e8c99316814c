package dev.deltascope.view.editor;

import dev.deltascope.derivation.LayerIndex;

/**
 * How the window names one weight or bias: as the formulas do, with the layer as a parenthesised
 * superscript and the units counted from 1 (w⁽²⁾₁₂ is the weight from unit 2 of layer 1 into unit 1
 * of layer 2). Only JSON paths in file errors count from 0.
 */
public final class ParameterLabels {

    private ParameterLabels() {
    }

    /** w^{(l)}_{jk} for the 0-based row and column of W^{(l)}: "w⁽²⁾₁₂", or "w⁽²⁾₁₀,₃" past 9. */
    public static String weight(int layer, int row, int column) {
        return "w" + LayerIndex.plain(layer) + indices(row + 1, column + 1);
    }

    /** b^{(l)}_j for the 0-based row of b^{(l)}: "b⁽²⁾₁". */
    public static String bias(int layer, int row) {
        return "b" + LayerIndex.plain(layer) + subscript(row + 1);
    }

    /** The whole number in Unicode subscript digits: 12 is ₁₂. */
    public static String subscript(int number) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(c == '-' ? '₋' : "₀₁₂₃₄₅₆₇₈₉".charAt(c - '0'));
        }
        return out.toString();
    }

    /** "₁₂", or "₁₀,₃" when either index has more than one digit. */
    public static String indices(int first, int second) {
        String separator = first > 9 || second > 9 ? "," : "";
        return subscript(first) + separator + subscript(second);
    }
}
