package dev.deltascope.derivation;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;

/**
 * What layer l receives from above, ∂C/∂a^{(l)}: ∇_a C at the output, (W^{(l+1)})ᵀ δ^{(l+1)} below it.
 * For a batch, column i is that of example i alone, ∂C_i/∂a^{(l)}_i.
 *
 * @param symbol its name
 * @param values its values for every example, n_l × m (from the trace)
 * @param definition how it is computed, in symbols (for the whole batch)
 * @param exampleDefinition how it is computed for one example, in symbols
 * @param expansion how it is computed, with the numbers of the whole batch
 */
record Upstream(Symbol symbol, Matrix values, String definition, String exampleDefinition, String expansion) {

    /**
     * ∂C/∂a^l for layer l as the backward method that produced {@code gradients} computed it, laid out
     * in the context's convention (see {@link RowUpstream} for the rows).
     */
    static Upstream of(StepContext context, int l, Gradients gradients) {
        if (context.rows()) {
            return RowUpstream.of(context, l, gradients);
        }
        MatrixLatex latex = context.latex();
        Symbols s = context.symbols();
        Matrix values = gradients.upstream(l);
        if (l < context.depth()) {
            Matrix weights = context.network().layer(l + 1).weights();
            Matrix delta = gradients.delta(l + 1);
            return new Upstream(s.upstream(l), values, s.upstream(l).latex(),
                    s.weights(l + 1).transposed().latex() + "\\," + s.exampleDelta(l + 1).latex(),
                    latex.transposed(weights) + latex.matrix(delta));
        }
        Matrix output = context.forward().a(l);
        Matrix targets = context.network().targets();
        String a = "a" + LayerIndex.latex(l);
        if (context.network().loss() instanceof CrossEntropy) {
            boolean softmax = context.network().outputActivation() instanceof Softmax;
            String definition = crossEntropyGradient(s.a(l).latex(), s.target().latex(), softmax);
            return new Upstream(s.outputGradient(), values, definition, crossEntropyGradient(a, "y", softmax),
                    definition);
        }
        return new Upstream(s.outputGradient(), values, s.a(l).latex() + " - " + s.target().latex(), a + " - y",
                latex.matrix(output) + " - " + latex.matrix(targets));
    }

    /** −y/a with softmax, −y/a + (1 − y)/(1 − a) with sigmoid outputs, entry by entry. */
    static String crossEntropyGradient(String a, String y, boolean softmax) {
        return softmax ? "-\\frac{" + y + "}{" + a + "}"
                : "-\\frac{" + y + "}{" + a + "} + \\frac{1 - " + y + "}{1 - " + a + "}";
    }
}
