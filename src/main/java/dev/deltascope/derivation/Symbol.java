package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;

/**
 * A quantity's name twice: as plain text for labels ("(W³)ᵀ") and as LaTeX ("(W^{3})^{\top}").
 */
record Symbol(String plain, String latex) {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Superscripts of the layer numbers a network can have, spelled once. */
    private static final String[] SMALL = new String[32];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = spell(i);
        }
    }

    /** A letter with a layer superscript: ("W", "W", 3) is W³ and W^{3}. */
    static Symbol layered(String plainLetter, String latexLetter, int layer) {
        return new Symbol(plainLetter + superscript(layer), latexLetter + "^{" + layer + "}");
    }

    /** (this)ᵀ. */
    Symbol transposed() {
        return new Symbol("(" + plain + ")ᵀ", "(" + latex + ")^{\\top}");
    }

    /** name(this), e.g. σ′(z²) or diag(σ′(z²)). */
    Symbol appliedTo(String plainFunction, String latexFunction) {
        return new Symbol(plainFunction + "(" + plain + ")", latexFunction + "(" + latex + ")");
    }

    /** This symbol naming a matrix. */
    NamedMatrix named(Matrix values) {
        return new NamedMatrix(plain, latex, values);
    }

    /** The number in Unicode superscript digits, e.g. 12 as ¹². */
    static String superscript(int number) {
        return number >= 0 && number < SMALL.length ? SMALL[number] : spell(number);
    }

    private static String spell(int number) {
        String digits = Integer.toString(number);
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
