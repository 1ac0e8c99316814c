package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter gradients ∂C/∂W^l = δ^l (a^{l−1})ᵀ and ∂C/∂b^l = δ^l (means over a batch), and
 * the update W^l ← W^l − η ∂C/∂W^l. The updated network is the model's gradient-descent step.
 */
final class GradientSteps {

    private final StepContext context;
    private final Network updated;

    GradientSteps(StepContext context, Network updated) {
        this.context = context;
        this.updated = updated;
    }

    /** ∂C/∂W^l = δ^l (a^{l−1})ᵀ; for a batch (1/m) Δ^l (A^{l−1})ᵀ = (1/m) Σ_k δ^l_k (a^{l−1}_k)ᵀ; n_l × n_{l−1}. */
    Step weight(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int previous = context.size(l - 1);
        int m = context.batchSize();
        Matrix delta = context.gradients().delta(l);
        Matrix input = context.forward().a(l - 1);
        Matrix gradient = context.gradients().weightGradient(l);
        Symbol transposedInput = s.a(l - 1).transposed();
        String mean = context.batch() ? "\\frac{1}{" + m + "}" : "";
        String symbolic = under(s.weightGradient(l).latex(), n, previous) + " = " + mean
                + under(s.delta(l).latex(), n, m) + "\\," + under(transposedInput.latex(), m, previous)
                + (context.batch() ? " = \\frac{1}{" + m + "}\\sum_{i=1}^{" + m + "} \\delta" + LayerIndex.latex(l)
                        + "_{i}\\,(a" + LayerIndex.latex(l - 1) + "_{i})^{\\top}" : "");
        String numeric = s.weightGradient(l).latex() + " = " + mean + latex.matrix(delta) + latex.transposed(input)
                + " = " + latex.matrix(gradient);
        String here = LayerIndex.plain(l);
        String below = LayerIndex.plain(l - 1);
        List<String> explanation = new ArrayList<>();
        explanation.add("Weight w" + here + "ⱼₖ connects unit k of layer " + (l - 1) + " to unit j of layer " + l
                + ", so its gradient is δ" + here + "ⱼ times a" + below + "ₖ.");
        explanation.add("The outer product δ" + here + "(a" + below + ")ᵀ has exactly the shape of W" + here + ".");
        if (context.batch()) {
            explanation.add("Over the batch, " + s.delta(l).plain() + transposedInput.plain() + " adds up δ" + here
                    + "ᵢ(a" + below + "ᵢ)ᵀ over the " + m + " examples i (δ" + here + "ᵢ = (∂Cᵢ/∂z" + here + "ᵢ)ᵀ is column i of "
                    + s.delta(l).plain() + ", a" + below + "ᵢ column i of " + s.a(l - 1).plain() + "), and 1/" + m
                    + " makes it the mean: entry (j, k) is (1/" + m + ") Σᵢ " + s.delta(l).plain() + "ⱼᵢ "
                    + s.a(l - 1).plain() + "ₖᵢ.");
        }
        return context.step(StepKind.WEIGHT_GRADIENT, l, List.of(l - 1, l), "Gradient " + s.weightGradient(l).plain(),
                explanation, symbolic, numeric,
                List.of(new Term(s.weightGradient(l).latex(), n, previous), new Term(s.delta(l).latex(), n, m),
                        new Term(transposedInput.latex(), m, previous)),
                List.of(s.delta(l).named(delta), transposedInput.named(input.transpose()),
                        s.weightGradient(l).named(gradient)));
    }

    /** ∂C/∂b^l = δ^l; for a batch (1/m) Σ_k δ^l_k, the mean of Δ^l's columns; n_l × 1. */
    Step bias(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        Matrix delta = context.gradients().delta(l);
        Matrix gradient = context.gradients().biasGradient(l);
        String symbolic;
        String numeric;
        List<String> explanation = new ArrayList<>();
        explanation.add("A bias adds straight into z" + LayerIndex.plain(l) + ", so its gradient is the error "
                + "of its unit.");
        if (context.batch()) {
            symbolic = under(s.biasGradient(l).latex(), n, 1) + " = \\frac{1}{" + m + "}\\sum_{i=1}^{" + m
                    + "} \\delta" + LayerIndex.latex(l) + "_{i} = \\frac{1}{" + m + "}" + under(s.delta(l).latex(), n, m) + "\\,"
                    + under("\\mathbf{1}", m, 1);
            numeric = s.biasGradient(l).latex() + " = \\frac{1}{" + m + "}\\left(" + latex.joined(m, k -> latex.column(delta, k), " + ")
                    + "\\right) = " + latex.matrix(gradient);
            explanation.add("Over the batch it is the mean of the " + m + " columns of " + s.delta(l).plain()
                    + ": entry j is (1/" + m + ") Σᵢ " + s.delta(l).plain() + "ⱼᵢ.");
        } else {
            symbolic = under(s.biasGradient(l).latex(), n, 1) + " = " + under(s.delta(l).latex(), n, 1);
            numeric = s.biasGradient(l).latex() + " = " + latex.matrix(gradient);
        }
        return context.step(StepKind.BIAS_GRADIENT, l, List.of(l), "Gradient " + s.biasGradient(l).plain(),
                explanation, symbolic, numeric,
                List.of(new Term(s.biasGradient(l).latex(), n, 1), new Term(s.delta(l).latex(), n, m)),
                List.of(s.delta(l).named(delta), s.biasGradient(l).named(gradient)));
    }

    /** W^l ← W^l − η ∂C/∂W^l and b^l ← b^l − η ∂C/∂b^l. */
    Step update(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        DenseLayer layer = context.network().layer(l);
        DenseLayer next = updated.layer(l);
        int n = context.size(l);
        int previous = context.size(l - 1);
        double eta = context.network().learningRate();
        String w = s.weights(l).latex();
        String b = s.biases(l).latex();
        String symbolic = "\\begin{gathered} " + under(w, n, previous) + " \\leftarrow " + w + " - \\eta\\,"
                + s.weightGradient(l).latex() + " \\\\ " + under(b, n, 1) + " \\leftarrow " + b + " - \\eta\\,"
                + s.biasGradient(l).latex() + " \\end{gathered}";
        String rate = latex.factor(eta);
        String numeric = "\\begin{gathered} " + w + " \\leftarrow " + latex.matrix(layer.weights()) + " - " + rate
                + latex.matrix(context.gradients().weightGradient(l)) + " = " + latex.matrix(next.weights())
                + " \\\\ " + b + " \\leftarrow " + latex.matrix(layer.biases()) + " - " + rate
                + latex.matrix(context.gradients().biasGradient(l)) + " = " + latex.matrix(next.biases())
                + " \\end{gathered}";
        String here = LayerIndex.plain(l);
        return context.step(StepKind.UPDATE, l, List.of(l - 1, l), "Update W" + here + " and b" + here,
                List.of("Gradient descent moves every weight and bias a step of η = " + latex.numbers().text(eta)
                        + " times its gradient against it. For a small enough η this lowers the cost on "
                        + (context.batch() ? "this batch" : "this example") + "; too large a step can overshoot and "
                        + "raise it."),
                symbolic, numeric,
                List.of(new Term(w, n, previous), new Term(s.weightGradient(l).latex(), n, previous),
                        new Term(b, n, 1), new Term(s.biasGradient(l).latex(), n, 1)),
                List.of(s.weights(l).named(layer.weights()),
                        s.weightGradient(l).named(context.gradients().weightGradient(l)),
                        new NamedMatrix("W" + here + " (updated)", w, next.weights()),
                        s.biases(l).named(layer.biases()),
                        s.biasGradient(l).named(context.gradients().biasGradient(l)),
                        new NamedMatrix("b" + here + " (updated)", b, next.biases())));
    }
}
