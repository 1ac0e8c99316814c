package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import java.util.List;

/**
 * A softmax layer's full Jacobian J = diag(a) − a aᵀ with its numbers, and the Hadamard shortcut
 * g ⊙ σ′(z) beside the right (J)ᵀ g to show that the shortcut fails. For example 1.
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
        Matrix shortcut = wrongShortcut(up.values(), slope);
        String j = "J^{" + l + "}";
        String g = "g^{" + l + "}";
        String a = "a^{" + l + "}";
        String symbolic = "\\begin{gathered} " + j + " = \\operatorname{diag}(" + a + ") - " + a + "(" + a
                + ")^{\\top},\\quad " + j + "_{ii} = " + a + "_{i}(1 - " + a + "_{i}),\\quad " + j + "_{ij} = -" + a
                + "_{i}" + a + "_{j}\\ (i \\neq j) \\\\ \\textcolor{red}{" + g + " \\odot \\sigma'(z^{" + l
                + "})} \\neq (" + j + ")^{\\top} " + g + " = \\delta^{" + l + "} \\end{gathered}";
        String numeric = "\\begin{gathered} " + context.examplePrefix() + j + " = " + latex.diagonal(activations, 0)
                + " - " + latex.column(activations, 0) + latex.row(activations, 0) + " = " + latex.matrix(jacobian)
                + " \\\\ \\textcolor{red}{" + g + " \\odot \\sigma'(z^{" + l + "}) = " + latex.column(up.values(), 0)
                + " \\odot " + latex.column(slope, 0) + " = " + latex.matrix(shortcut) + "} \\\\ (" + j + ")^{\\top} "
                + g + " = " + latex.matrix(jacobian) + "^{\\top}" + latex.column(up.values(), 0) + " = "
                + latex.column(context.gradients().delta(l), 0) + " \\end{gathered}";
        String layer = Symbol.superscript(l);
        return new View(ViewKind.SOFTMAX, "Softmax: the full Jacobian" + (context.batch() ? " (example 1)" : ""),
                List.of("Softmax couples its units: every aᵢ depends on every zⱼ, so its Jacobian J" + layer
                                + " = diag(a" + layer + ") − a" + layer + "(a" + layer
                                + ")ᵀ has off-diagonal entries −aᵢaⱼ.",
                        "The Hadamard shortcut g ⊙ σ′(z" + layer + ") keeps only the diagonal aᵢ(1 − aᵢ) and gives "
                                + "the wrong numbers (red); the full Jacobian gives δ" + layer + "."),
                symbolic, numeric,
                List.of(s.jacobian(l).named(jacobian), up.symbol().named(up.values()),
                        s.slope(l).named(slope),
                        new NamedMatrix("g ⊙ σ′(z" + layer + ") (wrong)", g + " \\odot \\sigma'(z^{" + l + "})", shortcut),
                        s.delta(l).named(context.gradients().delta(l))), List.of());
    }

    /**
     * g ⊙ σ′(z) for example 1: the Hadamard shortcut applied where it does not hold. Computed
     * here only to show how far it is from the trace's δ; n × 1.
     */
    private static Matrix wrongShortcut(Matrix upstream, Matrix slope) {
        double[] values = new double[upstream.rows()];
        for (int i = 0; i < values.length; i++) {
            values[i] = upstream.get(i, 0) * slope.get(i, 0);
        }
        return Matrix.column(values);
    }
}
