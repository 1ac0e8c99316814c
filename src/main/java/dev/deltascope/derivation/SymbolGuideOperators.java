package dev.deltascope.derivation;

import static dev.deltascope.derivation.SymbolGuideWords.shape;
import static dev.deltascope.derivation.SymbolGuideWords.sup;
import static dev.deltascope.derivation.SymbolGuideWords.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The symbols of a step that have no grid of their own: operators (⊙, ·, ←), single weights and
 * sums in index notation, the activation function, the cost, the learning rate η and the batch size m.
 */
final class SymbolGuideOperators {

    private final SymbolGuideWords words;
    private final Symbols symbols;

    SymbolGuideOperators(SymbolGuideWords words) {
        this.words = words;
        this.symbols = words.symbols();
    }

    /** The operator entries of {@code step} as {@code view} shows it; {@code shown} are the matrices on screen. */
    List<SymbolEntry> entries(Step step, ViewKind view, List<NamedMatrix> shown) {
        int l = step.layer();
        List<SymbolEntry> out = new ArrayList<>();
        switch (step.kind()) {
            case FORWARD_LINEAR -> {
                out.add(weight(l, "jk", find(shown, symbols.weights(l).plain())));
                if (words.batch()) {
                    out.add(words.rows()
                            ? new SymbolEntry("\\mathbf{1}", "A column of " + words.examples() + " ones: "
                                    + shape(words.examples(), 1) + ".", "1 " + (words.inByOut() ? "b" + sup(l)
                                    : "(b" + sup(l) + ")ᵀ") + " copies the bias row into each of the " + words.examples()
                                    + " rows, one per example.", null)
                            : new SymbolEntry("\\mathbf{1}^{\\top}", "A row of " + words.examples() + " ones: "
                                    + shape(1, words.examples()) + ".", "b" + sup(l) + " 1ᵀ copies the bias column into "
                                    + "each of the " + words.examples() + " columns, one per example.", null));
                    out.add(batchSize());
                }
            }
            case FORWARD_ACTIVATION -> out.add(activationFunction(l));
            case COST -> {
                out.add(new SymbolEntry("C", "The cost: one number, " + shape(1, 1) + ", that measures how far the output "
                        + "is from the target" + (words.batch() ? ", averaged over the batch." : "."),
                        "Backpropagation finds how C changes with every weight and bias.", null));
                if (words.batch()) {
                    out.add(batchSize());
                    out.add(mean("C is the sum of the " + words.examples() + " example costs Cᵢ times 1/"
                            + words.examples() + ", their mean."));
                }
            }
            case OUTPUT_ERROR, BACKWARD -> out.addAll(backward(step, view, shown));
            case WEIGHT_GRADIENT -> {
                if (words.batch()) {
                    out.add(batchSize());
                    String delta = symbols.delta(l).plain();
                    String input = symbols.a(l - 1).plain();
                    String here = sup(l);
                    String below = sup(l - 1);
                    String product = !words.rows() ? delta + symbols.a(l - 1).transposed().plain() + " adds up the "
                            + words.examples() + " outer products δ" + here + "ᵢ(a" + below + "ᵢ)ᵀ"
                            : words.inByOut() ? symbols.a(l - 1).transposed().plain() + delta + " adds up the "
                                    + words.examples() + " outer products (a" + below + "ᵢ)ᵀδ" + here + "ᵢ"
                            : symbols.delta(l).transposed().plain() + input + " adds up the " + words.examples()
                                    + " outer products (δ" + here + "ᵢ)ᵀa" + below + "ᵢ";
                    out.add(mean(product + ", one per example i; 1/" + words.examples() + " turns the sum into the mean."));
                }
            }
            case BIAS_GRADIENT -> {
                if (words.batch()) {
                    String delta = symbols.delta(l).plain();
                    String lines = words.exampleLine() + "s";
                    out.add(words.inByOut()
                            ? new SymbolEntry("\\mathbf{1}^{\\top}", "A row of " + words.examples() + " ones: "
                                    + shape(1, words.examples()) + ".", "1ᵀ" + delta + " adds up the " + words.examples()
                                    + " rows of " + delta + ", column by column.", null)
                            : new SymbolEntry("\\mathbf{1}", "A column of " + words.examples() + " ones: "
                                    + shape(words.examples(), 1) + ".", (words.rows() ? "(" + delta + ")ᵀ1" : delta + " 1")
                                    + " adds up the " + words.examples() + " " + lines + " of " + delta + ", "
                                    + (words.rows() ? "column" : "row") + " by " + (words.rows() ? "column" : "row")
                                    + ".", null));
                    out.add(batchSize());
                    out.add(mean("The sum of the " + words.examples() + " " + lines + " of " + delta
                            + " times 1/" + words.examples() + " is their mean."));
                }
            }
            case SUMMARY -> out.add(hadamard(l, false));
            case UPDATE -> {
                out.add(new SymbolEntry("\\eta", "The learning rate, η = " + words.network().learningRate()
                        + ": how big a step gradient descent takes.", "It multiplies every entry of ∂C/∂W" + sup(l)
                        + " and ∂C/∂b" + sup(l) + " before they are subtracted.", null));
                out.add(new SymbolEntry("\\leftarrow", "“Becomes”: the left side is replaced by the right side.",
                        "Each weight and bias is replaced in its own place; no entry moves.", null));
            }
        }
        return out;
    }

    private List<SymbolEntry> backward(Step step, ViewKind view, List<NamedMatrix> shown) {
        int l = step.layer();
        boolean softmax = words.softmax(l);
        List<SymbolEntry> out = new ArrayList<>();
        if (view == null) {
            return out;
        }
        switch (view) {
            case VJP -> out.add(hadamard(l, softmax));
            case SOFTMAX -> out.add(hadamard(l, false));
            case COMPONENT -> {
                if (step.kind() == StepKind.BACKWARD && !softmax) {
                    out.add(weight(l + 1, "kj", find(shown, symbols.weights(l + 1).plain())));
                    String w = "W" + sup(l + 1);
                    out.add(new SymbolEntry("\\sum_{k}", "A sum over k, every unit of layer " + (l + 1) + ".",
                            !words.rows() ? "It runs down column j of " + w + ", which is row j of (" + w
                                    + ")ᵀ: the matrix form of this sum is the transpose."
                            : words.inByOut() ? "It runs along row j of " + w + " as stored (in × out), which is column j "
                                    + "of (" + w + ")ᵀ: the matrix form of this sum is Δ" + sup(l + 1) + "(" + w + ")ᵀ."
                            : "It runs down column j of " + w + " as stored (out × in): the matrix form of this sum is Δ"
                                    + sup(l + 1) + w + ", with no transpose.", null));
                }
            }
            case NAIVE -> out.add(new SymbolEntry("\\cdot", "A matrix product: defined only when the left factor has as "
                    + "many columns as the right factor has rows.", "Entry (i, j) of a product is row i of the left "
                    + "factor times column j of the right one; the red mark shows where the sizes stop fitting.", null));
            case JACOBIAN -> out.add(new SymbolEntry("\\top", "The transpose: rows become columns.",
                    "In " + words.convention().derivatives().label() + " ∂C/∂z" + sup(l) + " is a "
                            + (words.numerator() ? "row" : "column") + (words.numerator() == words.rows()
                                    ? ", which is δ" + sup(l) + " itself here; ᵀ marks a factor used turned round."
                                    : "; its transpose is the " + words.exampleLine() + " δ" + sup(l) + "."),
                    null));
        }
        return out;
    }

    private SymbolEntry hadamard(int l, boolean softmax) {
        String here = sup(l);
        String rule = words.rows() ? "s ⊙ (g − (g sᵀ) 1ᵀ) still mixes every unit through g sᵀ"
                : "s ⊙ (g − (sᵀg) 1) still mixes every unit through sᵀg";
        String location = softmax
                ? "Entry j of s ⊙ v is sⱼvⱼ. Softmax's rule " + rule + ", so it is not g ⊙ σ′(z" + here + ")."
                : "Entry j of g ⊙ σ′(z" + here + ") is gⱼ σ′(z" + here + "ⱼ): each unit's number times its own slope, "
                        + "nothing mixed across units. It equals multiplying by diag(σ′(z" + here + ")).";
        return new SymbolEntry("\\odot", "The Hadamard product: multiply two matrices of the same shape entry by entry.",
                location, null);
    }

    private SymbolEntry weight(int l, String indices, NamedMatrix weights) {
        char row = indices.charAt(0);
        char column = indices.charAt(1);
        return new SymbolEntry("w" + LayerIndex.latex(l) + "_{" + indices + "}", "One weight: the edge from "
                + unit(String.valueOf(column), l - 1) + " to unit " + row + " of layer " + l
                + " (first index: where it goes; second: where it comes from).",
                (words.inByOut() ? "Row " + column + ", column " + row + " of W" + sup(l) + " as stored (in × out)."
                        : "Row " + row + ", column " + column + " of W" + sup(l) + "."), weights);
    }

    private SymbolEntry activationFunction(int l) {
        if (words.softmax(l)) {
            return new SymbolEntry("\\operatorname{softmax}", "The activation of layer " + l + ": softmax, "
                    + "e^(zᵢ) divided by the sum of e^(zⱼ) over the layer.", "It takes a whole " + words.exampleLine()
                    + " of z" + sup(l)
                    + " at once, so every entry of a" + sup(l) + " depends on every entry of z" + sup(l) + ".", null);
        }
        return new SymbolEntry(ForwardSteps.function(words.network().layer(l).activation()),
                "The activation of layer " + l + ": " + words.activation(l) + ".",
                "It is applied to each entry of z" + sup(l) + " on its own: entry j of a" + sup(l)
                        + " depends only on entry j of z" + sup(l) + ".", null);
    }

    private SymbolEntry batchSize() {
        return new SymbolEntry("m", "m = " + words.examples() + ", the number of examples in the batch.",
                "Each example is a " + words.exampleLine() + ", so the inputs, Z, A and Δ of every layer have "
                        + words.examples() + " " + words.exampleLine() + "s.", null);
    }

    private SymbolEntry mean(String location) {
        return new SymbolEntry("\\frac{1}{" + words.examples() + "}", "One over the batch size m = " + words.examples()
                + ": it makes the cost and the gradients means over the batch rather than sums.", location, null);
    }

    /** The shown matrix named {@code name}, or null when none is shown. */
    private static NamedMatrix find(List<NamedMatrix> shown, String name) {
        Predicate<NamedMatrix> named = matrix -> matrix.name().equals(name);
        return shown.stream().filter(named).findFirst().orElse(null);
    }
}
