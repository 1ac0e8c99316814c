package dev.deltascope.derivation;

/**
 * The names of the quantities of layer l, lower case for one example (z, a, δ, y) and upper case
 * for a mini-batch whose examples are columns (Z, A, Δ, Y), each with its layer written by
 * {@link LayerIndex}. Examples are counted by i, units by j and k.
 */
final class Symbols {

    private final boolean batch;
    private final int example;

    /** For a batch, {@code example} (from 1) is the example the per-example views show. */
    Symbols(boolean batch, int example) {
        this.batch = batch;
        this.example = example;
    }

    boolean batch() {
        return batch;
    }

    /** z^{(l)} (Z^{(l)} for a batch). */
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

    /**
     * ∇_a C, the cost's gradient with respect to the output; for a batch the matrix whose column i
     * is ∇_a C_i, the gradient of example i's cost alone.
     */
    Symbol outputGradient() {
        return batch ? new Symbol("∇ₐCᵢ", "\\nabla_{a} C_{i}") : new Symbol("∇ₐC", "\\nabla_{a} C");
    }

    /** ∂C/∂z^{(l)} of one example as the Jacobian chain's row; ∂C_i/∂z^{(l)} for example i of a batch. */
    Symbol rowGradient(int l) {
        Symbol cost = shownCost();
        return new Symbol("∂" + cost.plain() + "/∂z" + LayerIndex.plain(l),
                "\\frac{\\partial " + cost.latex() + "}{\\partial z" + LayerIndex.latex(l) + "}");
    }

    /** The cost the per-example views differentiate: C_i of the example i shown, or C for one example. */
    Symbol shownCost() {
        return batch ? new Symbol("C" + subscript(example), "C_{" + example + "}") : new Symbol("C", "C");
    }

    /** A count in subscript digits, e.g. ₁₂. */
    static String subscript(int count) {
        StringBuilder out = new StringBuilder();
        for (char digit : Integer.toString(count).toCharArray()) {
            out.append((char) ('₀' + (digit - '0')));
        }
        return out.toString();
    }

    /** (W^{l+1})ᵀ δ^{l+1}, what layer l receives from above. */
    Symbol upstream(int l) {
        Symbol w = weights(l + 1).transposed();
        Symbol d = delta(l + 1);
        return new Symbol(w.plain() + d.plain(), w.latex() + "\\," + d.latex());
    }

    /** W^{(l+1)} δ^{(l+1)} without the transpose, the silent mistake when W^{(l+1)} is square; of one example. */
    Symbol untransposedProduct(int l) {
        Symbol w = weights(l + 1);
        Symbol d = exampleDelta(l + 1);
        return new Symbol(w.plain() + d.plain() + " (no transpose)", w.latex() + "\\," + d.latex());
    }

    /** g^{(l)} ⊙ σ′(z^{(l)}) through softmax, the shortcut where it does not hold. */
    Symbol wrongShortcut(int l) {
        String g = "g" + LayerIndex.plain(l);
        return new Symbol(g + " ⊙ σ′(z" + LayerIndex.plain(l) + ") (wrong)",
                "g" + LayerIndex.latex(l) + " \\odot \\sigma'(z" + LayerIndex.latex(l) + ")");
    }

    /** The cost of each example, C_i; the one cost C for a single example. */
    Symbol exampleCosts() {
        return batch ? new Symbol("Cᵢ", "C_{i}") : new Symbol("C", "C");
    }

    /** ∂C/∂W^l. */
    Symbol weightGradient(int l) {
        return new Symbol("∂C/∂W" + LayerIndex.plain(l), "\\frac{\\partial C}{\\partial W" + LayerIndex.latex(l) + "}");
    }

    /** ∂C/∂b^l. */
    Symbol biasGradient(int l) {
        return new Symbol("∂C/∂b" + LayerIndex.plain(l), "\\frac{\\partial C}{\\partial b" + LayerIndex.latex(l) + "}");
    }
}
