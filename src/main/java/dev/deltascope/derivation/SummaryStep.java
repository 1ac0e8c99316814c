package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step: the four equations of backpropagation (BP1–BP4 in Nielsen's numbering) in one
 * place, each with the steps where it was used, and the size ‖δ^{(l)}‖ of every layer's error with
 * the ratio from one layer to the next, where vanishing gradients show.
 */
final class SummaryStep {

    private final StepContext context;

    SummaryStep(StepContext context) {
        this.context = context;
    }

    /**
     * The summary of a derivation whose output error is step {@code outputErrorStep}, whose
     * backward steps follow it and whose gradient steps start at {@code firstGradientStep}
     * (indices from 0).
     */
    Step build(int outputErrorStep, int firstGradientStep) {
        int depth = context.depth();
        Symbols s = context.symbols();
        String l = LayerIndex.latex("l");
        String next = LayerIndex.latex("l+1");
        String last = LayerIndex.latex("L");
        String below = LayerIndex.latex("l-1");
        String symbolic = "\\begin{gathered} \\text{BP1}\\quad \\delta" + last + " = \\nabla_{a} C \\odot \\sigma'(z" + last
                + ") \\\\ \\text{BP2}\\quad \\delta" + l + " = \\left((W" + next + ")^{\\top}\\,\\delta" + next
                + "\\right) \\odot \\sigma'(z" + l + ") \\\\ \\text{BP3}\\quad \\frac{\\partial C}{\\partial b" + l
                + "_{j}} = \\delta" + l + "_{j} \\\\ \\text{BP4}\\quad \\frac{\\partial C}{\\partial w" + l
                + "_{jk}} = a" + below + "_{k}\\,\\delta" + l + "_{j} \\end{gathered}";
        List<String> norms = new ArrayList<>();
        for (int layer = 1; layer <= depth; layer++) {
            norms.add("\\lVert " + s.delta(layer).latex() + " \\rVert = "
                    + context.latex().number(norm(context.gradients().delta(layer))));
        }
        String numeric = "\\begin{gathered} " + String.join(",\\quad ", norms) + ratios() + " \\end{gathered}";
        List<String> explanation = new ArrayList<>();
        explanation.add("The four equations of backpropagation, for one example: BP1 is step " + (outputErrorStep + 1)
                + (context.network().outputActivation() instanceof Softmax
                        ? " (with softmax, the full Jacobian takes the place of ⊙ σ′)" : "")
                + (depth > 1 ? ", BP2 steps " + range(outputErrorStep + 2, outputErrorStep + depth) : "")
                + ", BP3 the bias-gradient steps and BP4 the weight-gradient steps " + range(firstGradientStep + 1,
                        firstGradientStep + 2 * depth) + ".");
        explanation.add(context.batch()
                ? "Over a batch each equation holds for every example i (δ" + LayerIndex.plain("l") + "ᵢ is column i of Δ"
                        + LayerIndex.plain("l") + "), and ∂C/∂W and "
                        + "∂C/∂b are the means over the " + context.batchSize() + " examples."
                : "Every other quantity is computed from these and the forward pass.");
        explanation.add("Below: the size of each layer's error. Each step back multiplies by (W" + LayerIndex.plain("l+1")
                + ")ᵀ and by σ′, and "
                + "σ′ ≤ ¼ for the sigmoid, so the ratio from one layer to the next shows whether errors shrink (vanish) "
                + "or grow on their way back.");
        List<NamedMatrix> matrices = new ArrayList<>();
        for (int layer = depth; layer >= 1; layer--) {
            matrices.add(s.delta(layer).named(context.gradients().delta(layer)));
        }
        List<Integer> layers = new ArrayList<>();
        for (int layer = 0; layer <= depth; layer++) {
            layers.add(layer);
        }
        return context.step(StepKind.SUMMARY, depth, layers, "Summary: the four equations", explanation, symbolic,
                numeric, List.of(), matrices);
    }

    /** "\\ ‖δ^{(l)}‖ / ‖δ^{(l+1)}‖ = r" for each l below L. */
    private String ratios() {
        Symbols s = context.symbols();
        List<String> out = new ArrayList<>();
        for (int layer = context.depth() - 1; layer >= 1; layer--) {
            double above = norm(context.gradients().delta(layer + 1));
            double here = norm(context.gradients().delta(layer));
            out.add("\\frac{\\lVert " + s.delta(layer).latex() + " \\rVert}{\\lVert " + s.delta(layer + 1).latex()
                    + " \\rVert} = " + context.latex().number(here / above));
        }
        return out.isEmpty() ? "" : " \\\\ " + String.join(",\\quad ", out);
    }

    /** "a–b", or "a" when a = b. */
    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    /** The Frobenius norm ‖M‖ = √(Σ m_ij²), over every example. */
    static double norm(Matrix values) {
        double sum = 0;
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.columns(); c++) {
                sum += values.get(r, c) * values.get(r, c);
            }
        }
        return Math.sqrt(sum);
    }
}
