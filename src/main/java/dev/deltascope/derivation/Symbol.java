package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;

/**
 * A quantity's name twice: as plain text for labels ("(W⁽³⁾)ᵀ") and as LaTeX ("(W^{(3)})^{\top}").
 */
record Symbol(String plain, String latex) {

    /** A letter with a layer superscript: ("W", "W", 3) is W⁽³⁾ and W^{(3)}. */
    static Symbol layered(String plainLetter, String latexLetter, int layer) {
        return new Symbol(plainLetter + LayerIndex.plain(layer), latexLetter + LayerIndex.latex(layer));
    }

    /** (this)ᵀ. */
    Symbol transposed() {
        return new Symbol("(" + plain + ")ᵀ", "(" + latex + ")^{\\top}");
    }

    /** name(this), e.g. σ′(z⁽²⁾) or diag(σ′(z⁽²⁾)). */
    Symbol appliedTo(String plainFunction, String latexFunction) {
        return new Symbol(plainFunction + "(" + plain + ")", latexFunction + "(" + latex + ")");
    }

    /** This symbol naming a matrix. */
    NamedMatrix named(Matrix values) {
        return new NamedMatrix(plain, latex, values);
    }
}
