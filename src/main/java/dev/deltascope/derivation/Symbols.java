package dev.deltascope.derivation;

/**
 * The names of the quantities of layer l, lower case for one example (z, a, δ) and upper case
 * for a mini-batch whose examples are columns (Z, A, Δ).
 */
final class Symbols {

    private final boolean batch;

    Symbols(boolean batch) {
        this.batch = batch;
    }

    boolean batch() {
        return batch;
    }

    /** z^l (Z^l for a batch). */
    Symbol z(int l) {
        return batch ? Symbol.layered("Z", "Z", l) : Symbol.layered("z", "z", l);
    }

    /** a^l (A^l for a batch); a^0 is the input. */
    Symbol a(int l) {
        return batch ? Symbol.layered("A", "A", l) : Symbol.layered("a", "a", l);
    }

    /** δ^l (Δ^l for a batch). */
    Symbol delta(int l) {
        return batch ? Symbol.layered("Δ", "\\Delta", l) : Symbol.layered("δ", "\\delta", l);
    }

    /** δ^l of one example, also for a batch. */
    Symbol exampleDelta(int l) {
        return Symbol.layered("δ", "\\delta", l);
    }

    /** y (Y for a batch). */
    Symbol target() {
        return batch ? new Symbol("Y", "Y") : new Symbol("y", "y");
    }

    Symbol weights(int l) {
        return Symbol.layered("W", "W", l);
    }

    Symbol biases(int l) {
        return Symbol.layered("b", "b", l);
    }

    /** σ′(z^l). */
    Symbol slope(int l) {
        return z(l).appliedTo("σ′", "\\sigma'");
    }

    /** diag(σ′(z^l)) of one example. */
    Symbol diagonalSlope(int l) {
        return Symbol.layered("z", "z", l).appliedTo("σ′", "\\sigma'").appliedTo("diag", "\\operatorname{diag}");
    }

    /** J^l, the Jacobian ∂a^l/∂z^l of one example. */
    Symbol jacobian(int l) {
        return Symbol.layered("J", "J", l);
    }

    /** ∇_a C, the cost's gradient with respect to the output. */
    Symbol outputGradient() {
        return new Symbol("∇ₐC", "\\nabla_{a} C");
    }

    /** (W^{l+1})ᵀ δ^{l+1}, what layer l receives from above. */
    Symbol upstream(int l) {
        Symbol w = weights(l + 1).transposed();
        Symbol d = delta(l + 1);
        return new Symbol(w.plain() + d.plain(), w.latex() + "\\," + d.latex());
    }

    /** ∂C/∂W^l. */
    Symbol weightGradient(int l) {
        return new Symbol("∂C/∂W" + Symbol.superscript(l), "\\frac{\\partial C}{\\partial W^{" + l + "}}");
    }

    /** ∂C/∂b^l. */
    Symbol biasGradient(int l) {
        return new Symbol("∂C/∂b" + Symbol.superscript(l), "\\frac{\\partial C}{\\partial b^{" + l + "}}");
    }
}
