package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.shape;
import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.List;

/**
 * The learner's naive chain δ^{l+1} · W^{l+1} · σ′(z^l), and the variant with W^l, each factor's
 * shape under it, the first product whose shapes do not fit in red, and the fix. For one example.
 */
final class NaiveChainView {

    /** One factor of a chain: its LaTeX in symbols, with numbers, and its shape. */
    private record Factor(String symbol, String numbers, int rows, int columns) {
    }

    /** A chain written out, and where (if anywhere) it goes wrong. */
    private record Chain(String symbolic, String numeric, String problem) {
    }

    private final StepContext context;

    NaiveChainView(StepContext context) {
        this.context = context;
    }

    View build(int l) {
        MatrixLatex latex = context.latex();
        Symbols s = context.symbols();
        int n = context.size(l);
        int above = context.size(l + 1);
        Matrix deltaAbove = context.gradients().delta(l + 1);
        Matrix slope = context.slope(l);
        Factor delta = new Factor(s.exampleDelta(l + 1).latex(), latex.column(deltaAbove, 0), above, 1);
        Factor slopeFactor = new Factor("\\sigma'(z^{" + l + "})", latex.column(slope, 0), n, 1);
        Factor weightsAbove = weights(l + 1);
        Factor weightsHere = weights(l);
        String deltaHere = s.exampleDelta(l).latex();
        Chain naive = chain(deltaHere, List.of(delta, weightsAbove, slopeFactor), n, false);
        Chain variant = chain(deltaHere, List.of(delta, weightsHere, slopeFactor), n, true);
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        String target = under(s.exampleDelta(l).latex(), n, 1);
        String carried = under(s.weights(l + 1).transposed().latex(), n, above) + "\\," + under(delta.symbol(), above, 1);
        String fixSymbolic = softmax
                ? target + " = " + under("(J^{" + l + "})^{\\top}", n, n) + "\\left(" + carried + "\\right)"
                : target + " = \\left(" + carried + "\\right) \\odot " + under(slopeFactor.symbol(), n, 1);
        String carriedNumbers = latex.transposed(context.network().layer(l + 1).weights()) + delta.numbers();
        String result = latex.column(context.gradients().delta(l), 0);
        String fixNumeric = softmax
                ? s.exampleDelta(l).latex() + " = " + latex.matrix(context.jacobian(l)) + "^{\\top}\\left("
                        + carriedNumbers + "\\right) = " + result
                : s.exampleDelta(l).latex() + " = \\left(" + carriedNumbers + "\\right) \\odot " + slopeFactor.numbers()
                        + " = " + result;
        String symbolic = "\\begin{gathered} " + naive.symbolic() + " \\\\ " + variant.symbolic() + " \\\\ "
                + "\\text{fix}\\quad " + fixSymbolic + " \\end{gathered}";
        String numeric = "\\begin{gathered} " + context.examplePrefix() + naive.numeric() + " \\\\ "
                + "\\text{fix}\\quad " + fixNumeric + " \\end{gathered}";
        String transposed = s.weights(l + 1).transposed().plain();
        List<String> explanation = List.of(
                "The learner's chain " + s.exampleDelta(l + 1).plain() + " · " + s.weights(l + 1).plain() + " · σ′(z"
                        + Symbol.superscript(l) + ") " + naive.problem() + ".",
                "With " + s.weights(l).plain() + ", as the original question wrote, the chain " + variant.problem()
                        + "; besides, " + s.weights(l).plain() + " maps layer " + (l - 1) + " to layer " + l
                        + ", so it cannot carry an error back from layer " + (l + 1) + ".",
                "The fix: " + transposed + s.exampleDelta(l + 1).plain() + " is a " + n + " × 1 column in layer " + l
                        + "'s units, and σ′(z" + Symbol.superscript(l) + ") enters "
                        + (softmax ? "through softmax's full Jacobian." : "elementwise (⊙), not as a matrix product."));
        return new View(ViewKind.NAIVE, "Naive chain", explanation, symbolic, numeric,
                List.of(s.exampleDelta(l + 1).named(deltaAbove.columnMatrix(0)),
                        s.weights(l + 1).named(context.network().layer(l + 1).weights()),
                        s.weights(l).named(context.network().layer(l).weights()),
                        s.slope(l).named(slope)), List.of());
    }

    private Factor weights(int layer) {
        Matrix w = context.network().layer(layer).weights();
        return new Factor("W^{" + layer + "}", context.latex().matrix(w), w.rows(), w.columns());
    }

    /**
     * The chain multiplied left to right as matrices; the first product whose inner sizes differ
     * is marked in red. If every product fits, the result's shape is compared with δ^l's (n × 1).
     */
    private Chain chain(String target, List<Factor> factors, int n, boolean wrongWeights) {
        int rows = factors.get(0).rows();
        int columns = factors.get(0).columns();
        int broken = -1;
        for (int i = 1; i < factors.size() && broken < 0; i++) {
            if (columns != factors.get(i).rows()) {
                broken = i;
            } else {
                columns = factors.get(i).columns();
            }
        }
        StringBuilder symbolic = new StringBuilder(target).append(" \\overset{?}{=} ");
        StringBuilder numeric = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            String open = i == broken - 1 ? "\\textcolor{red}{" : "";
            String close = i == broken ? "}" : "";
            String operator = i == 0 ? "" : " \\cdot ";
            symbolic.append(operator).append(open).append(under(f.symbol(), f.rows(), f.columns())).append(close);
            numeric.append(operator).append(open).append(f.numbers()).append(close);
        }
        String problem;
        String mark;
        if (broken > 0) {
            Factor left = factors.get(broken - 1);
            Factor right = factors.get(broken);
            problem = "multiplies a " + left.rows() + " × " + left.columns() + " by a " + right.rows() + " × "
                    + right.columns() + ": the inner sizes " + left.columns() + " and " + right.rows() + " do not match";
            mark = "\\quad\\textcolor{red}{\\text{inner sizes } " + left.columns() + " \\neq " + right.rows() + "}";
            numeric.append("\\quad\\textcolor{red}{\\text{undefined}}");
        } else if (rows != n || columns != 1) {
            problem = "fits, but gives a " + rows + " × " + columns + " instead of the " + n + " × 1 column δ needs";
            mark = "\\quad\\textcolor{red}{" + shape(rows, columns) + " \\neq " + shape(n, 1) + "}";
        } else if (wrongWeights) {
            problem = "fits only because every factor is 1 × 1, and uses the wrong weights";
            mark = "\\quad\\textcolor{red}{\\text{wrong weights}}";
        } else {
            problem = "works here only because every factor is 1 × 1";
            mark = "\\quad\\text{fits, every factor is } 1 \\times 1";
        }
        return new Chain(symbolic.append(mark).toString(), numeric.toString(), problem);
    }
}
