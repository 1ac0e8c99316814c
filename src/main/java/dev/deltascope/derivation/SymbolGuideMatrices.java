package dev.deltascope.derivation;

import static dev.deltascope.derivation.SymbolGuideWords.perUnit;
import static dev.deltascope.derivation.SymbolGuideWords.shape;
import static dev.deltascope.derivation.SymbolGuideWords.sup;
import static dev.deltascope.derivation.SymbolGuideWords.unit;

import dev.deltascope.derivation.SymbolGuideQuantity.Match;
import java.util.Optional;

/**
 * What each matrix of a step is and where its numbers live: wˡⱼₖ is the weight from unit k of layer
 * l−1 to unit j of layer l, so row j of Wˡ stored out × in (column j of Wˡ stored in × out) is the
 * weights into unit j. Every shape is worked out from the network's sizes and the convention, not
 * read off the matrix.
 */
final class SymbolGuideMatrices {

    private final SymbolGuideWords words;
    private final Symbols symbols;

    SymbolGuideMatrices(SymbolGuideWords words) {
        this.words = words;
        this.symbols = words.symbols();
    }

    /** The quantity {@code matrix} names, or empty when its name is not one the step builders give. */
    Optional<Match> recognise(NamedMatrix matrix) {
        return SymbolGuideQuantity.recognise(matrix.name(), symbols, words.depth(), words.convention());
    }

    /** The entry for {@code matrix}, which names the quantity {@code match}. */
    SymbolEntry entry(NamedMatrix matrix, Match match) {
        int l = match.layer();
        return switch (match.quantity()) {
            case WEIGHTS -> weights(matrix, l);
            case TRANSPOSED_WEIGHTS -> transposedWeights(matrix, l);
            case UPDATED_WEIGHTS -> new SymbolEntry("W" + LayerIndex.latex(l) + " - \\eta\\,\\frac{\\partial C}{\\partial W" + LayerIndex.latex(l) + "}",
                    "W" + sup(l) + " after one step of gradient descent: " + words.weightsShape(l)
                            + ", the same shape as W" + sup(l) + ".",
                    "Entry " + weightEntry() + " is w" + sup(l) + "ⱼₖ − η ∂C/∂w" + sup(l) + "ⱼₖ: each weight moves against "
                            + "its own gradient, in its own place.", matrix);
            case BIASES -> new SymbolEntry(matrix.latex(),
                    "The biases of layer " + l + ": " + words.biasShape(l) + ", " + perUnit(l) + ".",
                    "Entry j is b" + sup(l) + "ⱼ, the bias of unit j, added to its weighted input z" + sup(l) + "ⱼ"
                            + (words.batch() ? " for every example (every " + words.exampleLine() + " of Z" + sup(l) + ")."
                                    : "."), matrix);
            case UPDATED_BIASES -> new SymbolEntry("b" + LayerIndex.latex(l) + " - \\eta\\,\\frac{\\partial C}{\\partial b" + LayerIndex.latex(l) + "}",
                    "b" + sup(l) + " after one step of gradient descent: " + words.biasShape(l) + ", "
                            + perUnit(l) + ".",
                    "Entry j is b" + sup(l) + "ⱼ − η ∂C/∂b" + sup(l) + "ⱼ.", matrix);
            case WEIGHTED_INPUT -> new SymbolEntry(matrix.latex(),
                    "The weighted inputs of layer " + l + ": " + words.column(l) + ".",
                    (words.rows() ? (words.batch() ? "In example i's row, entry j" : "Entry j") + " is z" + sup(l) + "ⱼ = a" + sup(l - 1) + " · ("
                            + (words.inByOut() ? "column" : "row") + " j of W" + sup(l) + ") + b" + sup(l) + "ⱼ"
                            : "Entry j is z" + sup(l) + "ⱼ = (row j of W" + sup(l) + ") · a" + sup(l - 1) + " + b" + sup(l)
                                    + "ⱼ")
                            + ", what unit j adds up before its activation." + words.examplesAsColumns(), matrix);
            case ACTIVATION -> activation(matrix, l);
            case TRANSPOSED_ACTIVATION -> transposedActivation(matrix, l);
            case TARGET -> new SymbolEntry(matrix.latex(),
                    "The target" + (words.batch() ? "s" : "") + ", what the output should be: " + words.column(l) + ".",
                    "Entry j is the value wanted from output unit j." + words.examplesAsColumns(), matrix);
            case EXAMPLE_COSTS -> words.batch()
                    ? new SymbolEntry(matrix.latex(), "The cost of each example: " + (words.rows()
                            ? shape(words.examples(), 1) : shape(1, words.examples())) + ", one number per example.", "Entry i is Cᵢ, the cost of example i alone; C is their mean.",
                            matrix)
                    : new SymbolEntry(matrix.latex(), "The cost of the one example: " + shape(1, 1) + ", one number.",
                            "With a single example there is one cost, C₁, and C = C₁.", matrix);
            case WEIGHT_GRADIENT -> new SymbolEntry(matrix.latex(),
                    "The gradient of the cost with respect to W" + sup(l) + ": " + words.weightsShape(l)
                            + ", the same shape as W" + sup(l) + (words.inByOut() ? " as stored (in × out)" : "") + ".",
                    "Entry " + weightEntry() + " is ∂C/∂w" + sup(l) + "ⱼₖ = " + (words.batch()
                            ? "(1/m) Σᵢ " + batchEntry("Δ" + sup(l), "j") + " " + batchEntry("A" + sup(l - 1), "k")
                                    + ", averaged over the " + words.examples() + " examples i: the matrix "
                                    + weightProduct(l)
                            : "δ" + sup(l) + "ⱼ a" + sup(l - 1) + "ₖ")
                            + "; it sits exactly where w" + sup(l) + "ⱼₖ sits in W" + sup(l) + ".", matrix);
            case BIAS_GRADIENT -> new SymbolEntry(matrix.latex(),
                    "The gradient of the cost with respect to b" + sup(l) + ": " + words.biasShape(l)
                            + ", the same shape as b" + sup(l) + ".",
                    "Entry j is ∂C/∂b" + sup(l) + "ⱼ" + (words.batch() ? "" : " = δ" + sup(l) + "ⱼ")
                            + (words.batch() ? " = (1/m) Σᵢ " + batchEntry("Δ" + sup(l), "j") + ", the mean of "
                                    + words.unitLine() + " j of Δ" + sup(l) + ": the matrix " + biasProduct(l) + "."
                                    : "."), matrix);
            default -> new SymbolGuideErrors(words).entry(matrix, match);
        };
    }

    /** "(j, k)" for W stored out × in, "(k, j)" for W stored in × out: where wˡⱼₖ sits. */
    private String weightEntry() {
        return words.inByOut() ? "(k, j)" : "(j, k)";
    }

    /** Unit {@code unit}'s entry of example i in a batch matrix: "Δ⁽ˡ⁾ⱼᵢ" with columns, "Δ⁽ˡ⁾ᵢⱼ" with rows. */
    private String batchEntry(String matrix, String unit) {
        String j = unit.equals("j") ? "ⱼ" : "ₖ";
        return words.rows() ? matrix + "ᵢ" + j : matrix + j + "ᵢ";
    }

    /** (1/m) Δ Aᵀ, (1/m) Δᵀ A or (1/m) Aᵀ Δ: the weight gradient over a batch in this convention. */
    private String weightProduct(int l) {
        String delta = "Δ" + sup(l);
        String input = "A" + sup(l - 1);
        if (!words.rows()) {
            return "(1/m) " + delta + "(" + input + ")ᵀ";
        }
        return words.inByOut() ? "(1/m) (" + input + ")ᵀ" + delta : "(1/m) (" + delta + ")ᵀ" + input;
    }

    /** (1/m) Δ 1, (1/m) Δᵀ 1 or (1/m) 1ᵀ Δ: the bias gradient over a batch in this convention. */
    private String biasProduct(int l) {
        String delta = "Δ" + sup(l);
        if (!words.rows()) {
            return "(1/m) " + delta + " 1";
        }
        return words.inByOut() ? "(1/m) 1ᵀ" + delta : "(1/m) (" + delta + ")ᵀ1";
    }

    private SymbolEntry weights(NamedMatrix matrix, int l) {
        String from = l == 1 ? "input" : "unit of layer " + (l - 1);
        if (words.inByOut()) {
            return new SymbolEntry(matrix.latex(),
                    "The weights of layer " + l + ", stored in × out: " + words.weightsShape(l) + ", one row per " + from
                            + " and one column per unit of layer " + l + ".",
                    "Column j holds the weights into unit j of layer " + l + "; row k holds the weights out of "
                            + unit("k", l - 1) + ". Entry (k, j) is w" + sup(l) + "ⱼₖ, on the edge from " + unit("k", l - 1)
                            + " to unit j of layer " + l + ".", matrix);
        }
        return new SymbolEntry(matrix.latex(),
                "The weights of layer " + l + ": " + shape(words.size(l), words.size(l - 1)) + ", one row per unit of layer "
                        + l + " and one column per " + from + ".",
                "Row j holds the weights into unit j of layer " + l + "; column k holds the weights out of "
                        + unit("k", l - 1) + ". Entry (j, k) is w" + sup(l) + "ⱼₖ, on the edge from " + unit("k", l - 1)
                        + " to unit j of layer " + l + ".", matrix);
    }

    private SymbolEntry transposedWeights(NamedMatrix matrix, int l) {
        String delta = symbols.delta(l).plain();
        if (words.inByOut()) {
            return new SymbolEntry(matrix.latex(),
                    "W" + sup(l) + " (stored in × out) with its rows and columns swapped: "
                            + shape(words.size(l), words.size(l - 1)) + ", one row per unit of layer " + l
                            + " and one column per unit of layer " + (l - 1) + ".",
                    "Row j is column j of W" + sup(l) + ": the weights into unit j of layer " + l + ". So " + delta
                            + matrix.name() + " sends each example's errors of layer " + l + " back along the edges they "
                            + "came through. Entry (j, k) is w" + sup(l) + "ⱼₖ.", matrix);
        }
        return new SymbolEntry(matrix.latex(),
                "W" + sup(l) + " with its rows and columns swapped: " + shape(words.size(l - 1), words.size(l))
                        + ", one row per unit of layer " + (l - 1) + " and one column per unit of layer " + l + ".",
                "Row k is column k of W" + sup(l) + ": the weights out of unit k of layer " + (l - 1) + ". So "
                        + matrix.name() + delta + " sends each error of layer " + l + " back along the edges it came "
                        + "through. Entry (k, j) is w" + sup(l) + "ⱼₖ.", matrix);
    }

    private SymbolEntry activation(NamedMatrix matrix, int l) {
        if (l == 0) {
            return new SymbolEntry(matrix.latex(), "The input" + (words.batch() ? "s" : "") + ": " + words.column(0) + ".",
                    "Entry k is input k." + words.examplesAsColumns(), matrix);
        }
        boolean output = l == words.depth();
        String role = output ? ", the network's output" : "";
        String location = words.softmax(l)
                ? "Entry j is softmax(z" + sup(l) + ")ⱼ, the probability given to class j; each " + words.exampleLine()
                        + " sums to 1."
                : "Entry j is a" + sup(l) + "ⱼ = σ(z" + sup(l) + "ⱼ), the output of unit j"
                        + (output ? ", which the cost compares with yⱼ." : ", which feeds layer " + (l + 1) + ".");
        return new SymbolEntry(matrix.latex(), "The activations of layer " + l + role + ": " + words.column(l) + ".",
                location + words.examplesAsColumns(), matrix);
    }

    private SymbolEntry transposedActivation(NamedMatrix matrix, int l) {
        String plain = symbols.a(l).plain();
        String next = symbols.delta(l + 1).plain();
        String what = l == 0 ? "input" : "unit of layer " + l;
        if (words.rows()) {
            String gradient = symbols.weightGradient(l + 1).plain();
            return !words.batch()
                    ? new SymbolEntry(matrix.latex(), plain + " stood up as a column: " + shape(words.size(l), 1) + ", "
                            + perUnit(l) + ".", "Entry k is " + plain + "ₖ. In the outer product " + matrix.name() + next
                            + " it fills row k of " + gradient + " (stored in × out), the gradients of the weights out of "
                            + unit("k", l) + ".", matrix)
                    : new SymbolEntry(matrix.latex(), plain + " turned round: " + shape(words.size(l), words.examples())
                            + ", one row per " + what + " and one column per example.", "Column i is example i. In "
                            + matrix.name() + next + " the inner index runs over the " + words.examples()
                            + " examples, so the product adds up one outer product per example.", matrix);
        }
        if (!words.batch()) {
            return new SymbolEntry(matrix.latex(),
                    plain + " laid on its side: " + shape(1, words.size(l)) + ", a row with " + perUnit(l) + ".",
                    "Entry k is " + plain + "ₖ. In the outer product " + next + matrix.name() + " it fills column k of "
                            + symbols.weightGradient(l + 1).plain() + ", the gradients of the weights out of "
                            + unit("k", l) + ".", matrix);
        }
        return new SymbolEntry(matrix.latex(),
                plain + " laid on its side: " + shape(words.examples(), words.size(l)) + ", one row per example and one "
                        + "column per " + what + ".",
                "Row i is example i. In " + next + matrix.name() + " the inner index runs over the "
                        + words.examples() + " examples, so the product adds up one outer product per example.", matrix);
    }
}
