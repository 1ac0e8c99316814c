package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import java.util.List;

/**
 * A softmax layer's full Jacobian J = diag(a) − a aᵀ with its numbers, and the Hadamard shortcut
 * g ⊙ σ′(z) beside the right (J)ᵀ g to show that the shortcut fails. For the example shown.
 */
final class SoftmaxView {

    private final StepContext context;

    SoftmaxView(StepContext context) {
        this.context = context;
    }

    View build(int l, Upstream up) {
        MatrixLatex latex = context.latex();
        Symbols s = context.symbols();
        Matrix activations = context.forward().a(l);
        Matrix jacobian = context.jacobian(l);
        Matrix slope = context.slope(l);
        Matrix shortcut = wrongShortcut(up.values(), slope, context.example());
        String j = "J" + LayerIndex.latex(l);
        String g = "g" + LayerIndex.latex(l);
        String a = "a" + LayerIndex.latex(l);
        String symbolic = "\\begin{gathered} " + j + " = \\operatorname{diag}(" + a + ") - " + a + "(" + a
                + ")^{\\top},\\quad " + j + "_{jj} = " + a + "_{j}(1 - " + a + "_{j}),\\quad " + j + "_{jk} = -" + a
                + "_{j}" + a + "_{k}\\ (j \\neq k) \\\\ \\textcolor{red}{" + g + " \\odot \\sigma'(z" + LayerIndex.latex(l)
                + ")} \\neq (" + j + ")^{\\top} " + g + " = \\delta" + LayerIndex.latex(l) + " \\end{gathered}";
        int k = context.example();
        String numeric = "\\begin{gathered} " + context.examplePrefix() + j + " = " + latex.diagonal(activations, k)
                + " - " + latex.column(activations, k) + latex.row(activations, k) + " = " + latex.matrix(jacobian)
                + " \\\\ \\textcolor{red}{" + g + " \\odot \\sigma'(z" + LayerIndex.latex(l) + ") = " + latex.column(up.values(), k)
                + " \\odot " + latex.column(slope, k) + " = " + latex.matrix(shortcut) + "} \\\\ (" + j + ")^{\\top} "
                + g + " = " + latex.matrix(jacobian) + "^{\\top}" + latex.column(up.values(), k) + " = "
                + latex.column(context.gradients().delta(l), k) + " \\end{gathered}";
        String layer = LayerIndex.plain(l);
        return new View(ViewKind.SOFTMAX, "Softmax: the full Jacobian" + context.exampleTitle(),
                List.of("Softmax couples its units: every a" + layer + "ⱼ depends on every z" + layer + "ₖ, so its "
                                + "Jacobian J" + layer + " = diag(a" + layer + ") − a" + layer + "(a" + layer
                                + ")ᵀ has off-diagonal entries −a" + layer + "ⱼa" + layer + "ₖ.",
                        "The form g" + layer + " ⊙ σ′(z" + layer + ") keeps only the diagonal a" + layer + "ⱼ(1 − a"
                                + layer + "ⱼ) and gives the wrong numbers (red); the full Jacobian gives δ" + layer
                                + ", and so does the VJP s ⊙ (g − (sᵀg) 1), which is elementwise and O(n) without "
                                + "building J" + layer + "."),
                symbolic, numeric,
                List.of(s.jacobian(l).named(jacobian), up.symbol().named(up.values()),
                        s.slope(l).named(slope),
                        new NamedMatrix(s.wrongShortcut(l).plain(), g + " \\odot \\sigma'(z" + LayerIndex.latex(l) + ")", shortcut),
                        s.delta(l).named(context.gradients().delta(l))), List.of());
    }

    /**
     * g ⊙ σ′(z) for example k (column {@code example}): the Hadamard shortcut applied where it does not hold. Computed
     * here only to show how far it is from the trace's δ; n × 1.
     */
    private static Matrix wrongShortcut(Matrix upstream, Matrix slope, int example) {
        double[] values = new double[upstream.rows()];
        for (int i = 0; i < values.length; i++) {
            values[i] = upstream.get(i, example) * slope.get(i, example);
        }
        return Matrix.column(values);
    }
}
