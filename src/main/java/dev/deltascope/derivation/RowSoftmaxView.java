package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import java.util.List;

/**
 * A softmax layer's full Jacobian in a row convention, for the example shown: with a^{(l)} the
 * 1 × n_l row of that example, J^{(l)} = ∂a^{(l)}/∂z^{(l)} = diag(a^{(l)}) − (a^{(l)})ᵀ a^{(l)} (n_l × n_l,
 * J_{jk} = ∂a_j/∂z_k, numerator layout). In numerator layout ∂C/∂z^{(l)} = g^{(l)} J^{(l)} is the 1 × n_l
 * row δ^{(l)} itself; in denominator layout ∂a/∂z is (J^{(l)})ᵀ and ∂C/∂z^{(l)} = (J^{(l)})ᵀ (g^{(l)})ᵀ is
 * the n_l × 1 column, whose transpose is δ^{(l)}. J is symmetric, so both give the same numbers. The
 * Hadamard shortcut g ⊙ σ′(z) is shown beside them to show that it fails.
 */
final class RowSoftmaxView {

    private final StepContext context;

    RowSoftmaxView(StepContext context) {
        this.context = context;
    }

    View build(int l, Upstream up) {
        MatrixLatex latex = context.latex();
        Symbols s = context.symbols();
        boolean numerator = context.convention().derivatives() == DerivativeLayout.NUMERATOR;
        int k = context.example();
        int n = context.size(l);
        Matrix activations = context.forward().a(l);
        Matrix jacobian = context.jacobian(l);
        Matrix upstream = context.gradients().upstream(l);
        Matrix delta = context.gradients().delta(l);
        Matrix shortcut = wrongShortcut(upstream, context.slope(l), k);
        String here = LayerIndex.latex(l);
        String j = "J" + here;
        String g = "g" + here;
        String a = "a" + here;
        String exampleDelta = s.exampleDelta(l).latex();
        Symbol derivative = s.rowGradient(l);
        String definition = under(j, n, n) + " = \\frac{\\partial " + a + "}{\\partial z" + here + "} = "
                + "\\operatorname{diag}(" + a + ") - " + under("(" + a + ")^{\\top}", n, 1) + "\\," + under(a, 1, n)
                + " \\\\ " + j + "_{jk} = \\frac{\\partial " + a + "_{j}}{\\partial z" + here + "_{k}},\\quad " + j
                + "_{jj} = " + a + "_{j}(1 - " + a + "_{j}),\\quad " + j + "_{jk} = -" + a + "_{j}" + a + "_{k}\\ (j \\neq k)";
        String chain = numerator
                ? under(exampleDelta, 1, n) + " = " + under(derivative.latex(), 1, n) + " = " + under(g, 1, n) + "\\,"
                        + under(j, n, n)
                : under(derivative.latex(), n, 1) + " = " + under("(" + j + ")^{\\top}", n, n) + "\\,"
                        + under("(" + g + ")^{\\top}", n, 1) + ",\\quad " + under(exampleDelta, 1, n) + " = \\left("
                        + derivative.latex() + "\\right)^{\\top}";
        String symbolic = "\\begin{gathered} " + definition + " \\\\ " + chain + " \\\\ \\textcolor{red}{" + g
                + " \\odot \\sigma'(z" + here + ")} \\neq " + exampleDelta + " \\end{gathered}";
        String product = numerator
                ? derivative.latex() + " = " + latex.row(upstream, k) + latex.matrix(jacobian) + " = " + latex.row(delta, k)
                : derivative.latex() + " = " + latex.transposed(jacobian) + latex.column(upstream, k) + " = "
                        + latex.column(delta, k) + ",\\quad " + exampleDelta + " = " + latex.row(delta, k);
        String numeric = "\\begin{gathered} " + context.examplePrefix() + j + " = " + latex.diagonal(activations, k)
                + " - " + latex.column(activations, k) + latex.row(activations, k) + " = " + latex.matrix(jacobian)
                + " \\\\ " + product + " \\\\ \\textcolor{red}{" + g + " \\odot \\sigma'(z" + here + ") = "
                + latex.row(upstream, k) + " \\odot " + latex.row(context.slope(l), k) + " = "
                + latex.matrix(shortcut) + "} \\end{gathered}";
        Matrix derivativeValues = numerator ? delta.columnMatrix(k).transpose() : delta.columnMatrix(k);
        return new View(ViewKind.SOFTMAX, "Softmax: the full Jacobian, " + context.convention().derivatives().label()
                + context.exampleTitle(), explanation(l, numerator), symbolic, numeric,
                List.of(s.jacobian(l).named(jacobian), up.symbol().named(up.values()),
                        s.slope(l).named(context.laid(context.slope(l))),
                        new NamedMatrix(s.wrongShortcut(l).plain(), g + " \\odot \\sigma'(z" + here + ")", shortcut),
                        new NamedMatrix(derivative.plain(), derivative.latex(), derivativeValues),
                        s.delta(l).named(context.laid(delta))), List.of());
    }

    private List<String> explanation(int l, boolean numerator) {
        String layer = LayerIndex.plain(l);
        int n = context.size(l);
        String row = context.symbols().rowGradient(l).plain();
        return List.of(
                "Softmax couples its units: every a" + layer + "ⱼ depends on every z" + layer + "ₖ. With the example's a"
                        + layer + " a 1 × " + n + " row, its Jacobian J" + layer + " = diag(a" + layer + ") − (a" + layer
                        + ")ᵀa" + layer + " (entry (j, k) is ∂a" + layer + "ⱼ/∂z" + layer + "ₖ) has off-diagonal entries −a"
                        + layer + "ⱼa" + layer + "ₖ.",
                numerator
                        ? "In numerator layout " + row + " is a 1 × " + n + " row, g" + layer + " J" + layer
                                + ", and it is δ" + layer + " itself: examples are rows here, so no transpose is needed."
                        : "In denominator layout ∂a" + layer + "/∂z" + layer + " is (J" + layer + ")ᵀ and " + row + " is the "
                                + n + " × 1 column (J" + layer + ")ᵀ(g" + layer + ")ᵀ; δ" + layer + " is a row here, so it is "
                                + "that column's transpose, g" + layer + " J" + layer + ".",
                "J" + layer + " is symmetric, so both layouts give the same numbers. The form g" + layer + " ⊙ σ′(z" + layer
                        + ") keeps only the diagonal a" + layer + "ⱼ(1 − a" + layer + "ⱼ) and gives the wrong numbers (red); "
                        + "the VJP s ⊙ (g − (g sᵀ) 1ᵀ) gives δ" + layer + " without building J" + layer + ", in O(n).");
    }

    /**
     * g ⊙ σ′(z) for example k (column {@code example} of the trace), as a 1 × n row: the Hadamard shortcut
     * applied where it does not hold, computed here only to show how far it is from the trace's δ.
     */
    private static Matrix wrongShortcut(Matrix upstream, Matrix slope, int example) {
        double[][] values = new double[1][upstream.rows()];
        for (int j = 0; j < upstream.rows(); j++) {
            values[0][j] = upstream.get(j, example) * slope.get(j, example);
        }
        return Matrix.of(values);
    }
}
