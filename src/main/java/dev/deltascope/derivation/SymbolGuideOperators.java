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
                    out.add(new SymbolEntry("\\mathbf{1}^{\\top}", "A row of " + words.examples() + " ones: "
                            + shape(1, words.examples()) + ".", "b" + sup(l) + " 1ᵀ copies the bias column into each "
                            + "of the " + words.examples() + " columns, one per example.", null));
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
                    out.add(mean(symbols.delta(l).plain() + symbols.a(l - 1).transposed().plain() + " adds up the "
                            + words.examples() + " outer products δ" + sup(l) + "ᵢ(a" + sup(l - 1) + "ᵢ)ᵀ, one per example i; 1/" + words.examples()
                            + " turns the sum into the mean."));
                }
            }
            case BIAS_GRADIENT -> {
                if (words.batch()) {
                    out.add(new SymbolEntry("\\mathbf{1}", "A column of " + words.examples() + " ones: "
                            + shape(words.examples(), 1) + ".", symbols.delta(l).plain() + " 1 adds up the "
                            + words.examples() + " columns of " + symbols.delta(l).plain() + ", row by row.", null));
                    out.add(batchSize());
                    out.add(mean("The sum of the " + words.examples() + " columns of " + symbols.delta(l).plain()
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
                    out.add(new SymbolEntry("\\sum_{k}", "A sum over k, every unit of layer " + (l + 1) + ".",
                            "It runs down column j of W" + sup(l + 1) + ", which is row j of (W" + sup(l + 1)
                                    + ")ᵀ: the matrix form of this sum is the transpose.", null));
                }
            }
            case NAIVE -> out.add(new SymbolEntry("\\cdot", "A matrix product: defined only when the left factor has as "
                    + "many columns as the right factor has rows.", "Entry (i, j) of a product is row i of the left "
                    + "factor times column j of the right one; the red mark shows where the sizes stop fitting.", null));
            case JACOBIAN -> out.add(new SymbolEntry("\\top", "The transpose: rows become columns.",
                    "In numerator layout ∂C/∂z" + sup(l) + " is a row; its transpose is the column δ" + sup(l) + ".",
                    null));
        }
        return out;
    }

    private SymbolEntry hadamard(int l, boolean softmax) {
        String here = sup(l);
        String location = softmax
                ? "Entry j of s ⊙ v is sⱼvⱼ. Softmax's rule s ⊙ (g − (sᵀg) 1) still mixes every unit through sᵀg, "
                        + "so it is not g ⊙ σ′(z" + here + ")."
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
                "Row " + row + ", column " + column + " of W" + sup(l) + ".", weights);
    }

    private SymbolEntry activationFunction(int l) {
        if (words.softmax(l)) {
            return new SymbolEntry("\\operatorname{softmax}", "The activation of layer " + l + ": softmax, "
                    + "e^(zᵢ) divided by the sum of e^(zⱼ) over the layer.", "It takes a whole column of z" + sup(l)
                    + " at once, so every entry of a" + sup(l) + " depends on every entry of z" + sup(l) + ".", null);
        }
        return new SymbolEntry(ForwardSteps.function(words.network().layer(l).activation()),
                "The activation of layer " + l + ": " + words.activation(l) + ".",
                "It is applied to each entry of z" + sup(l) + " on its own: entry j of a" + sup(l)
                        + " depends only on entry j of z" + sup(l) + ".", null);
    }

    private SymbolEntry batchSize() {
        return new SymbolEntry("m", "m = " + words.examples() + ", the number of examples in the batch.",
                "Each example is a column, so the inputs, Z, A and Δ of every layer have " + words.examples()
                        + " columns.", null);
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
