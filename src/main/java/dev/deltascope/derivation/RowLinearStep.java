package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The weighted input in a row convention, one row per example: Z^{(l)} = A^{(l−1)} (W^{(l)})ᵀ + 1 (b^{(l)})ᵀ
 * with W^{(l)} stored out × in (PyTorch's nn.Linear), or Z^{(l)} = A^{(l−1)} W^{(l)} + 1 b^{(l)} with W^{(l)}
 * stored in × out (CS231n, Keras); Z^{(l)} is m × n_l. The numbers are the trace's, laid out as rows.
 */
final class RowLinearStep {

    private final StepContext context;

    RowLinearStep(StepContext context) {
        this.context = context;
    }

    /** Z^{(l)} = A^{(l−1)} (W^{(l)})ᵀ + 1 (b^{(l)})ᵀ, or A^{(l−1)} W^{(l)} + 1 b^{(l)}; m × n_l. */
    Step build(int l) {
        Symbols s = context.symbols();
        RowParameters parameters = new RowParameters(context);
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int previous = context.size(l - 1);
        int m = context.batchSize();
        Matrix weights = context.network().layer(l).weights();
        Matrix biases = context.network().layer(l).biases();
        Symbol product = parameters.forwardWeights(l);
        Symbol bias = parameters.biasRow(l);
        String ones = context.batch() ? under("\\mathbf{1}", m, 1) + "\\," : "";
        String symbolic = under(s.z(l).latex(), m, n) + " = " + under(s.a(l - 1).latex(), m, previous) + "\\,"
                + under(product.latex(), previous, n) + " + " + ones + under(bias.latex(), 1, n);
        String numeric = s.z(l).latex() + " = " + latex.matrix(context.laid(context.forward().a(l - 1)))
                + latex.transposed(weights) + " + " + (context.batch() ? "\\mathbf{1}" : "")
                + latex.transposed(biases) + " = " + latex.matrix(context.laid(context.forward().z(l)));
        List<Term> terms = new ArrayList<>(List.of(new Term(s.z(l).latex(), m, n),
                new Term(s.a(l - 1).latex(), m, previous), new Term(product.latex(), previous, n)));
        if (context.batch()) {
            terms.add(new Term("\\mathbf{1}", m, 1));
        }
        terms.add(new Term(bias.latex(), 1, n));
        boolean inByOut = context.convention().vectors().weightsTransposed();
        List<String> explanation = new ArrayList<>();
        explanation.add("Each unit of layer " + l + " adds up the activations of layer " + (l - 1) + ", weighted by its "
                + (inByOut ? "column" : "row") + " of " + s.weights(l).plain() + ", and its bias. " + s.weights(l).plain()
                + " is stored " + (inByOut ? "in × out (" + previous + " × " + n + ")" : "out × in (" + n + " × "
                        + previous + ")") + ", so " + (inByOut ? "the product needs no transpose." : "the row of "
                        + "activations meets it transposed."));
        if (l == 1) {
            explanation.add(s.a(0).plain() + " is the input.");
        }
        if (context.batch()) {
            explanation.add("The " + m + " examples are the rows of " + s.a(l - 1).plain()
                    + "; the bias is added to every row (" + bias.plain() + " times the column of ones 1).");
        }
        return context.step(StepKind.FORWARD_LINEAR, l, List.of(l - 1, l),
                "Layer " + l + ": weighted input " + s.z(l).plain(), explanation, symbolic, numeric, terms,
                List.of(s.weights(l).named(context.storedWeights(l)), s.a(l - 1).named(context.laid(context.forward().a(l - 1))),
                        s.biases(l).named(parameters.storedBiases(biases)),
                        s.z(l).named(context.laid(context.forward().z(l)))));
    }
}
