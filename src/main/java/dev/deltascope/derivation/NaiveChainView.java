package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import dev.deltascope.derivation.ShapeChain.Chain;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's naive chain δ^{(l+1)} · W^{(l+1)} · σ′(z^{(l)}), and the variant with W^{(l)}, each
 * factor's shape under it, the first product whose shapes do not fit in red, the fix, and where
 * W^{(l+1)} is square the silent mistake W^{(l+1)} δ^{(l+1)} in numbers beside the transposed
 * product. For one example.
 */
final class NaiveChainView {

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
        Factor delta = new Factor(s.exampleDelta(l + 1).latex(), latex.column(deltaAbove, context.example()), above, 1);
        Factor slopeFactor = new Factor("\\sigma'(z" + LayerIndex.latex(l) + ")", latex.column(slope, context.example()), n, 1);
        Factor weightsAbove = weights(l + 1);
        Factor weightsHere = weights(l);
        String deltaHere = s.exampleDelta(l).latex();
        Chain naive = ShapeChain.chain(deltaHere, List.of(delta, weightsAbove, slopeFactor), n, 1, false);
        Chain variant = ShapeChain.chain(deltaHere, List.of(delta, weightsHere, slopeFactor), n, 1, true);
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        String target = under(s.exampleDelta(l).latex(), n, 1);
        String carried = under(s.weights(l + 1).transposed().latex(), n, above) + "\\," + under(delta.symbol(), above, 1);
        String fixSymbolic = softmax
                ? target + " = " + under("(J" + LayerIndex.latex(l) + ")^{\\top}", n, n) + "\\left(" + carried + "\\right)"
                : target + " = \\left(" + carried + "\\right) \\odot " + under(slopeFactor.symbol(), n, 1);
        String carriedNumbers = latex.transposed(context.network().layer(l + 1).weights()) + delta.numbers();
        String result = latex.column(context.gradients().delta(l), context.example());
        String fixNumeric = softmax
                ? s.exampleDelta(l).latex() + " = " + latex.matrix(context.jacobian(l)) + "^{\\top}\\left("
                        + carriedNumbers + "\\right) = " + result
                : s.exampleDelta(l).latex() + " = \\left(" + carriedNumbers + "\\right) \\odot " + slopeFactor.numbers()
                        + " = " + result;
        boolean square = n == above;
        Matrix weightsAboveValues = context.network().layer(l + 1).weights();
        Matrix untransposed = square ? untransposed(weightsAboveValues, deltaAbove, context.example()) : null;
        String silentNumeric = "";
        if (square) {
            String product = s.weights(l + 1).latex() + "\\," + s.exampleDelta(l + 1).latex();
            silentNumeric = "\\textcolor{red}{" + product + "} = \\textcolor{red}{" + latex.matrix(untransposed)
                    + "} \\neq " + s.weights(l + 1).transposed().latex() + "\\," + s.exampleDelta(l + 1).latex() + " = "
                    + latex.matrix(context.gradients().upstream(l).columnMatrix(context.example()))
                    + "\\quad\\text{right shape, wrong numbers} \\\\ ";
        }
        String symbolic = "\\begin{gathered} " + naive.symbolic() + " \\\\ " + variant.symbolic()
                + " \\\\ \\text{fix}\\quad " + fixSymbolic + " \\end{gathered}";
        String fixLine = "\\text{fix}\\quad " + fixNumeric;
        String numeric = square
                ? "\\begin{gathered} " + context.examplePrefix() + silentNumeric + fixLine + " \\end{gathered}"
                : context.examplePrefix() + fixLine;
        String transposed = s.weights(l + 1).transposed().plain();
        String deltaAbovePlain = s.exampleDelta(l + 1).plain();
        String layer = LayerIndex.plain(l);
        List<String> explanation = new ArrayList<>();
        explanation.add("The learner's chain multiplies the three local derivatives in the order the chain rule "
                + "names them, " + deltaAbovePlain + " · " + s.weights(l + 1).plain() + " · σ′(z" + layer
                + "), as if they were numbers; as matrices it " + naive.problem() + ".");
        explanation.add("With " + s.weights(l).plain() + " in place of " + s.weights(l + 1).plain() + ", a common slip, "
                + "the chain " + variant.problem() + "; besides, " + s.weights(l).plain() + " maps layer " + (l - 1)
                + " to layer " + l + ", so it cannot carry an error back from layer " + (l + 1) + "."
                + (square ? " Shapes catch only some mistakes: " + s.weights(l + 1).plain() + " is square here, so "
                        + s.weights(l + 1).plain() + deltaAbovePlain + " without the transpose has the right shape, "
                        + n + " × 1, and the wrong numbers (red)." : ""));
        explanation.add("The fix: " + transposed + deltaAbovePlain + " is a " + n + " × 1 column in layer " + l
                + "'s units, and σ′(z" + layer + ") enters "
                + (softmax ? "through softmax's full Jacobian." : "elementwise (⊙), not as a matrix product. "
                        + "The chain itself becomes right once " + deltaAbovePlain + " is read as a row and σ′ as the "
                        + "matrix diag(σ′(z" + layer + ")): that is the Jacobian view."));
        List<NamedMatrix> matrices = new ArrayList<>(List.of(s.exampleDelta(l + 1).named(deltaAbove.columnMatrix(context.example())),
                s.weights(l + 1).named(weightsAboveValues),
                s.weights(l).named(context.network().layer(l).weights()),
                s.slope(l).named(slope)));
        if (square) {
            matrices.add(s.untransposedProduct(l).named(untransposed));
        }
        return new View(ViewKind.NAIVE, "Naive chain", explanation, symbolic, numeric, matrices, List.of());
    }

    /**
     * W^{(l+1)} δ^{(l+1)} of example k (column {@code example}) without the transpose, n × 1 for a square W: the silent
     * mistake, computed here only to show how far it is from (W^{(l+1)})ᵀ δ^{(l+1)}.
     */
    private static Matrix untransposed(Matrix weights, Matrix delta, int example) {
        double[] values = new double[weights.rows()];
        for (int j = 0; j < values.length; j++) {
            for (int k = 0; k < weights.columns(); k++) {
                values[j] += weights.get(j, k) * delta.get(k, example);
            }
        }
        return Matrix.column(values);
    }

    private Factor weights(int layer) {
        Matrix w = context.network().layer(layer).weights();
        return new Factor("W" + LayerIndex.latex(layer), context.latex().matrix(w), w.rows(), w.columns());
    }
}
