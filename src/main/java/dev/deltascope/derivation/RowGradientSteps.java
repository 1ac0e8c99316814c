package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter gradients and the update in a row convention, where row i of Δ^{(l)} is the error of
 * example i alone: ∂C/∂W^{(l)} = (1/m) (Δ^{(l)})ᵀ A^{(l−1)} (n_l × n_{l−1}) for W stored out × in, or
 * (1/m) (A^{(l−1)})ᵀ Δ^{(l)} (n_{l−1} × n_l) for W stored in × out; each gradient has the shape W is
 * stored in. The numbers are the trace's, laid out as the convention stores them.
 */
final class RowGradientSteps {

    private final StepContext context;
    private final Network updated;
    private final RowParameters parameters;

    RowGradientSteps(StepContext context, Network updated) {
        this.context = context;
        this.updated = updated;
        this.parameters = new RowParameters(context);
    }

    /** ∂C/∂W^{(l)} = (1/m) (Δ^{(l)})ᵀ A^{(l−1)}, or (1/m) (A^{(l−1)})ᵀ Δ^{(l)} when W is stored in × out. */
    Step weight(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int previous = context.size(l - 1);
        int m = context.batchSize();
        Matrix delta = context.gradients().delta(l);
        Matrix input = context.forward().a(l - 1);
        boolean inByOut = parameters.inByOut();
        Symbol deltaT = s.delta(l).transposed();
        Symbol inputT = s.a(l - 1).transposed();
        String mean = context.batch() ? "\\frac{1}{" + m + "}" : "";
        String gradient = under(s.weightGradient(l).latex(), inByOut ? previous : n, inByOut ? n : previous);
        String product = inByOut
                ? under(inputT.latex(), previous, m) + "\\," + under(s.delta(l).latex(), m, n)
                : under(deltaT.latex(), n, m) + "\\," + under(s.a(l - 1).latex(), m, previous);
        String here = LayerIndex.latex(l);
        String below = LayerIndex.latex(l - 1);
        String sum = !context.batch() ? "" : " = \\frac{1}{" + m + "}\\sum_{i=1}^{" + m + "} " + (inByOut
                ? "(a" + below + "_{i})^{\\top}\\,\\delta" + here + "_{i}"
                : "(\\delta" + here + "_{i})^{\\top}\\,a" + below + "_{i}");
        String symbolic = gradient + " = " + mean + product + sum;
        String numbers = inByOut ? latex.matrix(input) + latex.transposed(delta) : latex.matrix(delta) + latex.transposed(input);
        Matrix stored = inByOut ? context.gradients().weightGradient(l).transpose() : context.gradients().weightGradient(l);
        String numeric = s.weightGradient(l).latex() + " = " + mean + numbers + " = " + latex.matrix(stored);
        String h = LayerIndex.plain(l);
        String b = LayerIndex.plain(l - 1);
        List<String> explanation = new ArrayList<>();
        explanation.add("Weight w" + h + (inByOut ? "ₖⱼ (row k, column j: " : "ⱼₖ (row j, column k: ") + "W" + h
                + " is stored " + (inByOut ? "in × out" : "out × in") + ") connects unit k of layer " + (l - 1)
                + " to unit j of layer " + l + ", so its gradient is a" + b + "ₖ times δ" + h + "ⱼ.");
        explanation.add("The outer product " + (inByOut ? "(a" + b + ")ᵀδ" + h : "(δ" + h + ")ᵀa" + b)
                + " has exactly the shape W" + h + " is stored in, " + (inByOut ? previous + " × " + n : n + " × "
                        + previous) + ".");
        if (context.batch()) {
            explanation.add("Over the batch the product adds up the outer products of the " + m + " examples (row i of "
                    + s.delta(l).plain() + " is δ" + h + "ᵢ = ∂Cᵢ/∂z" + h + "ᵢ, row i of " + s.a(l - 1).plain()
                    + " is a" + b + "ᵢ), and 1/" + m + " makes it the mean.");
        }
        List<Term> terms = inByOut
                ? List.of(new Term(s.weightGradient(l).latex(), previous, n), new Term(inputT.latex(), previous, m),
                        new Term(s.delta(l).latex(), m, n))
                : List.of(new Term(s.weightGradient(l).latex(), n, previous), new Term(deltaT.latex(), n, m),
                        new Term(s.a(l - 1).latex(), m, previous));
        List<NamedMatrix> matrices = inByOut
                ? List.of(inputT.named(input), s.delta(l).named(delta.transpose()), s.weightGradient(l).named(stored))
                : List.of(deltaT.named(delta), s.a(l - 1).named(input.transpose()), s.weightGradient(l).named(stored));
        return context.step(StepKind.WEIGHT_GRADIENT, l, List.of(l - 1, l), "Gradient " + s.weightGradient(l).plain(),
                explanation, symbolic, numeric, terms, matrices);
    }

    /** ∂C/∂b^{(l)} = (1/m) (Δ^{(l)})ᵀ 1 (n_l × 1), or (1/m) 1ᵀ Δ^{(l)} (1 × n_l) when W is stored in × out. */
    Step bias(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        boolean inByOut = parameters.inByOut();
        Matrix delta = context.gradients().delta(l);
        Matrix stored = parameters.storedBiases(context.gradients().biasGradient(l));
        String gradient = under(s.biasGradient(l).latex(), stored.rows(), stored.columns());
        String symbolic;
        String numeric;
        List<Term> terms = new ArrayList<>(List.of(new Term(s.biasGradient(l).latex(), stored.rows(), stored.columns())));
        List<String> explanation = new ArrayList<>();
        explanation.add("A bias adds straight into z" + LayerIndex.plain(l) + ", so its gradient is the error of its unit, "
                + (inByOut ? "a row like the stored b" : "a column like the stored b") + LayerIndex.plain(l) + ".");
        Symbol deltaT = s.delta(l).transposed();
        if (context.batch()) {
            String frac = "\\frac{1}{" + m + "}";
            symbolic = gradient + " = " + frac + (inByOut
                    ? under("\\mathbf{1}^{\\top}", 1, m) + "\\," + under(s.delta(l).latex(), m, n)
                    : under(deltaT.latex(), n, m) + "\\," + under("\\mathbf{1}", m, 1));
            numeric = s.biasGradient(l).latex() + " = " + frac + "\\left("
                    + latex.joined(m, k -> inByOut ? latex.row(delta, k) : latex.column(delta, k), " + ")
                    + "\\right) = " + latex.matrix(stored);
            terms.add(inByOut ? new Term("\\mathbf{1}^{\\top}", 1, m) : new Term(deltaT.latex(), n, m));
            terms.add(inByOut ? new Term(s.delta(l).latex(), m, n) : new Term("\\mathbf{1}", m, 1));
            explanation.add("Over the batch it is the mean of the " + m + " rows of " + s.delta(l).plain()
                    + (inByOut ? "" : ", written as a column") + ".");
        } else {
            Symbol error = inByOut ? s.delta(l) : deltaT;
            symbolic = gradient + " = " + under(error.latex(), stored.rows(), stored.columns());
            numeric = s.biasGradient(l).latex() + " = " + latex.matrix(stored);
            terms.add(new Term(error.latex(), stored.rows(), stored.columns()));
        }
        return context.step(StepKind.BIAS_GRADIENT, l, List.of(l), "Gradient " + s.biasGradient(l).plain(),
                explanation, symbolic, numeric, terms,
                List.of(s.delta(l).named(delta.transpose()), s.biasGradient(l).named(stored)));
    }

    /** W^{(l)} ← W^{(l)} − η ∂C/∂W^{(l)} and b^{(l)} ← b^{(l)} − η ∂C/∂b^{(l)}, as stored. */
    Step update(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        boolean inByOut = parameters.inByOut();
        Matrix weights = context.storedWeights(l);
        Matrix weightGradient = inByOut ? context.gradients().weightGradient(l).transpose()
                : context.gradients().weightGradient(l);
        Matrix next = inByOut ? updated.layer(l).weights().transpose() : updated.layer(l).weights();
        Matrix biases = parameters.storedBiases(context.network().layer(l).biases());
        Matrix biasGradient = parameters.storedBiases(context.gradients().biasGradient(l));
        Matrix nextBiases = parameters.storedBiases(updated.layer(l).biases());
        String w = s.weights(l).latex();
        String b = s.biases(l).latex();
        String symbolic = "\\begin{gathered} " + under(w, weights.rows(), weights.columns()) + " \\leftarrow " + w
                + " - \\eta\\," + s.weightGradient(l).latex() + " \\\\ " + under(b, biases.rows(), biases.columns())
                + " \\leftarrow " + b + " - \\eta\\," + s.biasGradient(l).latex() + " \\end{gathered}";
        String rate = latex.factor(context.network().learningRate());
        String numeric = "\\begin{gathered} " + w + " \\leftarrow " + latex.matrix(weights) + " - " + rate
                + latex.matrix(weightGradient) + " = " + latex.matrix(next) + " \\\\ " + b + " \\leftarrow "
                + latex.matrix(biases) + " - " + rate + latex.matrix(biasGradient) + " = " + latex.matrix(nextBiases)
                + " \\end{gathered}";
        String here = LayerIndex.plain(l);
        return context.step(StepKind.UPDATE, l, List.of(l - 1, l), "Update W" + here + " and b" + here,
                List.of("Gradient descent moves every weight and bias a step of η = "
                        + latex.numbers().text(context.network().learningRate()) + " times its gradient against it, "
                        + "each in the shape the convention stores it in. For a small enough η this lowers the cost on "
                        + (context.batch() ? "this batch" : "this example") + "; too large a step can overshoot and "
                        + "raise it."),
                symbolic, numeric,
                List.of(new Term(w, weights.rows(), weights.columns()),
                        new Term(s.weightGradient(l).latex(), weights.rows(), weights.columns()),
                        new Term(b, biases.rows(), biases.columns()),
                        new Term(s.biasGradient(l).latex(), biases.rows(), biases.columns())),
                List.of(s.weights(l).named(weights), s.weightGradient(l).named(weightGradient),
                        new NamedMatrix("W" + here + " (updated)", w, next), s.biases(l).named(biases),
                        s.biasGradient(l).named(biasGradient), new NamedMatrix("b" + here + " (updated)", b, nextBiases)));
    }
}
