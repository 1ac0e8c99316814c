package dev.deltascope.derivation;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;

/**
 * What layer l receives from above in a row convention, one row per example: ∇_A C (row i is
 * ∇_a C_i) at the output, Δ^{(l+1)} W^{(l+1)} (W stored out × in) or Δ^{(l+1)} (W^{(l+1)})ᵀ (W stored
 * in × out) below it; m × n_l, the transpose of the column convention's {@link Upstream}.
 */
final class RowUpstream {

    private RowUpstream() {
    }

    /** ∂C/∂a^{(l)} for every example as rows; its values are those of {@code gradients}, transposed. */
    static Upstream of(StepContext context, int l, Gradients gradients) {
        MatrixLatex latex = context.latex();
        Symbols s = context.symbols();
        Matrix values = context.laid(gradients.upstream(l));
        if (l < context.depth()) {
            Symbol weights = new RowParameters(context).backwardWeights(l);
            Symbol carried = new Symbol(s.delta(l + 1).plain() + weights.plain(),
                    s.delta(l + 1).latex() + "\\," + weights.latex());
            return new Upstream(carried, values, carried.latex(), s.exampleDelta(l + 1).latex() + "\\," + weights.latex(),
                    latex.matrix(context.laid(gradients.delta(l + 1)))
                            + latex.matrix(context.network().layer(l + 1).weights()));
        }
        String a = "a" + LayerIndex.latex(l);
        if (context.network().loss() instanceof CrossEntropy) {
            boolean softmax = context.network().outputActivation() instanceof Softmax;
            String definition = Upstream.crossEntropyGradient(s.a(l).latex(), s.target().latex(), softmax);
            return new Upstream(s.outputGradient(), values, definition, Upstream.crossEntropyGradient(a, "y", softmax), definition);
        }
        return new Upstream(s.outputGradient(), values, s.a(l).latex() + " - " + s.target().latex(), a + " - y",
                latex.matrix(context.laid(context.forward().a(l))) + " - "
                        + latex.matrix(context.laid(context.network().targets())));
    }
}
