package dev.deltascope.derivation;

import static dev.deltascope.derivation.SymbolGuideWords.perUnit;
import static dev.deltascope.derivation.SymbolGuideWords.shape;
import static dev.deltascope.derivation.SymbolGuideWords.sup;

import dev.deltascope.derivation.SymbolGuideQuantity.Match;
import dev.deltascope.model.Softmax;

/**
 * What the backward quantities are and where their numbers live, in the convention's layout: δˡ =
 * ∂C/∂zˡ (a column, or a row with examples as rows), the gradient that comes back from above, the
 * slopes σ′(zˡ), diag(σ′(zˡ)) and softmax's full Jacobian.
 */
final class SymbolGuideErrors {

    private final SymbolGuideWords words;

    SymbolGuideErrors(SymbolGuideWords words) {
        this.words = words;
    }

    SymbolEntry entry(NamedMatrix matrix, Match match) {
        int l = match.layer();
        int n = words.size(l);
        String here = sup(l);
        String latex = matrix.latex();
        return switch (match.quantity()) {
            case DELTA -> words.batch()
                    ? new SymbolEntry(latex, "The errors of layer " + l + ", one " + words.exampleLine() + " δ" + here
                            + "ᵢ = " + (words.rows() ? "∂Cᵢ/∂z" + here + "ᵢ" : "(∂Cᵢ/∂z" + here + "ᵢ)ᵀ") + " for each "
                            + "example i: " + words.column(l) + ". Since C is the mean of the Cᵢ, Δ" + here + " = m ∂C/∂Z"
                            + here + ".", "Entry " + (words.rows() ? "(i, j)" : "(j, i)") + " is ∂Cᵢ/∂z" + here
                            + (words.rows() ? "ᵢⱼ" : "ⱼᵢ") + ": how "
                            + "fast example i's cost changes as unit j's weighted input for that example changes. "
                            + (words.rows() ? "Row" : "Column") + " i is δ" + here + " of example i alone, not divided "
                            + "by m.", matrix)
                    : new SymbolEntry(latex, "The error of layer " + l + ", δ" + here + " = " + (words.rows() ? "∂C/∂z"
                            + here + ", a row like the example" : "(∂C/∂z" + here + ")ᵀ, a column") + ": "
                            + words.column(l) + ".", "Entry j of δ" + here + " is ∂C/∂z" + here + "ⱼ: how fast the cost "
                            + "changes as unit j's weighted input changes.", matrix);
            case EXAMPLE_DELTA -> new SymbolEntry(latex, "The error δ" + here + " of example " + words.shownExample()
                    + " alone: " + words.exampleVector(n) + ", " + perUnit(l) + ".", "Entry j is ∂" + cost() + "/∂z" + here
                    + "ⱼ; it is " + words.exampleLine() + " " + words.shownExample() + " of Δ" + here + ".", matrix);
            case TRANSPOSED_EXAMPLE_DELTA -> words.rows()
                    ? new SymbolEntry(latex, "δ" + here + " stood up as a column" + words.exampleShown() + ": "
                            + shape(n, 1) + ", " + perUnit(l) + ".", "Entry j is ∂" + cost() + "/∂z" + here + "ⱼ. In the "
                            + "outer product " + matrix.name() + "a" + sup(l - 1) + " it fills row j of ∂C/∂W" + here
                            + ", the gradients of the weights into unit j.", matrix)
                    : new SymbolEntry(latex, "δ" + here + " laid on its side" + words.exampleShown()
                            + ": " + shape(1, n) + ", the gradient as a row, the way the Jacobian chain (numerator layout) "
                            + "writes it.", "Entry k is ∂" + cost() + "/∂z" + here + "ₖ for unit k of layer " + l + ".",
                            matrix);
            case TRANSPOSED_DELTA -> new SymbolEntry(latex, "Δ" + here + " turned round: " + shape(n, words.examples())
                    + ", one row per unit of layer " + l + " and one column per example.", "Column i is δ" + here
                    + "ᵢ of example i. In " + matrix.name() + "A" + sup(l - 1) + " the inner index runs over the "
                    + words.examples() + " examples, so the product adds up one outer product per example.", matrix);
            case ROW_GRADIENT -> rowGradient(matrix, l);
            case SLOPE -> new SymbolEntry(latex, "The slope of layer " + l + "'s activation at each weighted input: "
                    + words.column(l) + "; " + words.derivative(l) + ".", slopeLocation(l), matrix);
            case EXAMPLE_SLOPE -> new SymbolEntry(latex, "The slopes of layer " + l + "'s activation for example "
                    + words.shownExample() + " alone: " + words.exampleVector(n) + ", " + perUnit(l) + "; "
                    + words.derivative(l) + ".", "Entry j is σ′(z" + here + "ⱼ) of that example; it is "
                    + words.exampleLine() + " " + words.shownExample() + " of σ′(Z" + here + ").", matrix);
            case DIAGONAL_SLOPE -> new SymbolEntry(latex, "The Jacobian ∂a" + here + "/∂z" + here + " of an elementwise "
                    + "activation" + words.exampleShown() + ": " + shape(n, n) + ".", "σ′(z" + here + "ⱼ) sits at (j, j) "
                    + "on the diagonal and every other entry is 0, because a" + here + "ⱼ depends only on z" + here
                    + "ⱼ. Multiplying by it is the same as ⊙ σ′(z" + here + "), so autodiff never builds it.", matrix);
            case SOFTMAX_JACOBIAN -> new SymbolEntry(latex, "The Jacobian of softmax, J" + here + " = ∂a" + here + "/∂z"
                    + here + words.exampleShown() + ": " + shape(n, n) + ", full rather than diagonal.",
                    "Entry (i, j) is ∂a" + here + "ᵢ/∂z" + here + "ⱼ: aᵢ(1 − aᵢ) on the diagonal and −aᵢaⱼ off it, "
                            + "because every output of softmax depends on every input. It is symmetric, so (J" + here
                            + ")ᵀ = J" + here + ". The formulas write s for a" + here + ".", matrix);
            case WRONG_SHORTCUT -> new SymbolEntry(latex, "The Hadamard shortcut used where it does not hold"
                    + words.exampleShown() + ": " + words.exampleVector(n) + ", " + perUnit(l) + ".", "Entry j is gⱼ σ′(z" + here
                    + "ⱼ): it keeps only the diagonal aⱼ(1 − aⱼ) of J" + here + " and drops the −aᵢaⱼ terms, so it "
                    + "differs from δ" + here + ".", matrix);
            case UNTRANSPOSED_PRODUCT -> new SymbolEntry(latex, "The learner's product without the transpose"
                    + words.exampleShown() + ": " + shape(n, 1) + ", " + perUnit(l) + ", the right shape only because W"
                    + sup(l + 1) + " is square.", "Entry j is Σₖ w" + sup(l + 1) + "ⱼₖ δ" + sup(l + 1) + "ₖ: row j of W"
                    + sup(l + 1) + " holds the weights into unit j of layer " + (l + 1) + ", not out of unit j of layer "
                    + l + ", so these numbers are wrong; compare (W" + sup(l + 1) + ")ᵀδ" + sup(l + 1) + ".", matrix);
            case ROW_UNTRANSPOSED_PRODUCT -> new SymbolEntry(latex, "The learner's product without the transpose"
                    + words.exampleShown() + ": " + shape(1, n) + ", " + perUnit(l) + ", the right shape only because W"
                    + sup(l + 1) + " is square.", "Entry j is Σₖ δ" + sup(l + 1) + "ₖ w" + sup(l + 1) + "ⱼₖ: column j of W"
                    + sup(l + 1) + " stored in × out holds the weights into unit j of layer " + (l + 1) + ", not out of "
                    + "unit j of layer " + l + ", so these numbers are wrong; compare δ" + sup(l + 1) + "(W" + sup(l + 1)
                    + ")ᵀ.", matrix);
            case UPSTREAM -> upstream(matrix, l);
            case ROW_UPSTREAM -> rowUpstream(matrix, l);
            case OUTPUT_GRADIENT -> new SymbolEntry(latex, (words.batch()
                    ? "The gradient of each example's cost Cᵢ with respect to its output a" + here + "ᵢ, one "
                            + words.exampleLine() + " per example (" + m() + " ∂C/∂A" + here + ", since C is the mean): "
                    : "The gradient of the cost with respect to the output a" + here + ": ") + words.column(l) + ".",
                    "Entry j is ∂" + (words.batch() ? "Cᵢ" : "C") + "/∂a" + here + "ⱼ; " + outputGradientRule(l)
                    + (words.softmax(l) ? " The softmax formulas call it g" + here + "." : "")
                    + words.examplesAsColumns(), matrix);
            case TRANSPOSED_OUTPUT_GRADIENT -> new SymbolEntry(latex, "∇ₐC laid on its side" + words.exampleShown() + ": "
                    + shape(1, n) + ", the row the Jacobian chain starts from.", "Entry j is ∂" + cost() + "/∂a" + here + "ⱼ for "
                    + "output unit j.", matrix);
            default -> throw new IllegalArgumentException("symbol guide: " + match.quantity() + " is not a backward "
                    + "quantity (matrix " + matrix.name() + ")");
        };
    }

    private String slopeLocation(int l) {
        String here = sup(l);
        if (words.network().layer(l).activation() instanceof Softmax) {
            return "Entry j is a" + here + "ⱼ(1 − a" + here + "ⱼ). Softmax needs its full Jacobian J" + here
                    + "; this is only its diagonal." + words.examplesAsColumns();
        }
        return "Entry j is σ′(z" + here + "ⱼ). Going backward, entry j of the gradient that reaches a" + here
                + " is multiplied by it, unit by unit (the Hadamard form)." + words.examplesAsColumns();
    }

    private SymbolEntry upstream(NamedMatrix matrix, int l) {
        String above = sup(l + 1);
        String what = words.batch()
                ? "What layer " + l + " receives from above, one column (∂Cᵢ/∂a" + sup(l) + "ᵢ)ᵀ per example i (so m ∂C/∂A"
                        + sup(l) + "): "
                : "What layer " + l + " receives from above, (∂C/∂a" + sup(l) + ")ᵀ: ";
        return new SymbolEntry(matrix.latex(), what + words.column(l) + ".",
                "Entry j is Σₖ w" + above + "ₖⱼ δ" + above + "ₖ: the errors of the units that unit j feeds, each "
                        + "weighted by the edge from unit j. That is row j of (W" + above + ")ᵀ times δ" + above + "."
                        + (words.softmax(l) ? " The softmax formulas call it g" + sup(l) + "." : "")
                        + words.examplesAsColumns(), matrix);
    }

    /** ∂C/∂z of the Jacobian chain: a row in numerator layout, a column in denominator layout. */
    private SymbolEntry rowGradient(NamedMatrix matrix, int l) {
        String here = sup(l);
        int n = words.size(l);
        String derivative = "∂" + cost() + "/∂z" + here;
        String meaning = derivative + " as the Jacobian chain gives it in " + words.convention().derivatives().label()
                + words.exampleShown() + ": " + (words.numerator() ? shape(1, n) + ", a row" : shape(n, 1) + ", a column")
                + " with " + perUnit(l) + ".";
        boolean same = words.numerator() == words.rows();
        String where = "Entry j is " + derivative + "ⱼ. " + (same
                ? "It has the shape of an example here, so it is δ" + here + " itself, with no transpose."
                : "Transposing this " + (words.numerator() ? "row" : "column") + " gives the " + words.exampleLine()
                        + " δ" + here + ": that is where the transpose comes from.");
        return new SymbolEntry(matrix.latex(), meaning, where, matrix);
    }

    /** Δ⁽ˡ⁺¹⁾W⁽ˡ⁺¹⁾ (W stored out × in) or Δ⁽ˡ⁺¹⁾(W⁽ˡ⁺¹⁾)ᵀ (in × out): what layer l receives, one row per example. */
    private SymbolEntry rowUpstream(NamedMatrix matrix, int l) {
        String above = sup(l + 1);
        String what = words.batch()
                ? "What layer " + l + " receives from above, one row ∂Cᵢ/∂a" + sup(l) + "ᵢ per example i (so m ∂C/∂A"
                        + sup(l) + "): "
                : "What layer " + l + " receives from above, ∂C/∂a" + sup(l) + ": ";
        String factor = words.inByOut() ? "column j of (W" + above + ")ᵀ, which is row j of W" + above + " as stored"
                : "column j of W" + above + " as stored (out × in)";
        return new SymbolEntry(matrix.latex(), what + words.column(l) + ".",
                (words.batch() ? "In example i's row, entry j" : "Entry j") + " is Σₖ δ" + above + "ₖ w" + above
                        + "ₖⱼ: the errors of the units that unit j feeds, each weighted by the edge from unit j. That is "
                        + "the row δ" + above + " times " + factor + "."
                        + (words.softmax(l) ? " The softmax formulas call it g" + sup(l) + "." : "")
                        + words.examplesAsColumns(), matrix);
    }

    /** C, or C_k for the one example k a batch's per-example views show. */
    private String cost() {
        return words.symbols().shownCost().plain();
    }

    /** "m" with its value, e.g. "m = 4 times". */
    private String m() {
        return "m = " + words.examples() + " times";
    }

    private String outputGradientRule(int l) {
        String a = "a" + sup(l) + "ⱼ";
        if (!words.crossEntropy()) {
            return "for ½‖a − y‖² it is " + a + " − yⱼ.";
        }
        return words.softmax(l) ? "for cross-entropy with softmax it is −yⱼ/" + a + "."
                : "for cross-entropy it is −yⱼ/" + a + " + (1 − yⱼ)/(1 − " + a + ").";
    }
}
