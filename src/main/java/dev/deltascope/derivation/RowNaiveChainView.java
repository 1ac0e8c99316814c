package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.derivation.ShapeChain.Chain;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's naive chain δ^{(l+1)} · W^{(l+1)} · σ′(z^{(l)}) in a row convention, for one example:
 * δ^{(l+1)} and σ′(z^{(l)}) are rows and W^{(l+1)} is as stored. With W stored out × in the first product
 * fits, δ^{(l+1)} W^{(l+1)} being right, and the chain breaks only at σ′; with W stored in × out it
 * breaks at W^{(l+1)} unless W^{(l+1)} is square, where δ^{(l+1)} W^{(l+1)} has the right shape and the
 * wrong numbers.
 */
final class RowNaiveChainView {

    private final StepContext context;

    RowNaiveChainView(StepContext context) {
        this.context = context;
    }

    View build(int l) {
        MatrixLatex latex = context.latex();
        Symbols s = context.symbols();
        RowParameters parameters = new RowParameters(context);
        int n = context.size(l);
        int above = context.size(l + 1);
        Matrix deltaAbove = context.gradients().delta(l + 1);
        Matrix slope = context.slope(l);
        int k = context.example();
        Factor delta = new Factor(s.exampleDelta(l + 1).latex(), latex.row(deltaAbove, k), 1, above);
        Factor slopeFactor = new Factor("\\sigma'(z" + LayerIndex.latex(l) + ")", latex.row(slope, k), 1, n);
        String deltaHere = s.exampleDelta(l).latex();
        Chain naive = ShapeChain.chain(deltaHere, List.of(delta, stored(l + 1), slopeFactor), 1, n, false);
        Chain variant = ShapeChain.chain(deltaHere, List.of(delta, stored(l), slopeFactor), 1, n, true);
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        Symbol carrier = parameters.backwardWeights(l);
        String carried = under(delta.symbol(), 1, above) + "\\," + under(carrier.latex(), above, n);
        String target = under(deltaHere, 1, n);
        String fixSymbolic = softmax
                ? target + " = \\left(" + carried + "\\right)" + under("J" + LayerIndex.latex(l), n, n)
                : target + " = \\left(" + carried + "\\right) \\odot " + under(slopeFactor.symbol(), 1, n);
        String carriedNumbers = delta.numbers() + latex.matrix(context.network().layer(l + 1).weights());
        String result = latex.row(context.gradients().delta(l), k);
        String fixNumeric = deltaHere + " = \\left(" + carriedNumbers + "\\right)" + (softmax
                ? latex.matrix(context.jacobian(l)) : " \\odot " + slopeFactor.numbers()) + " = " + result;
        boolean silent = parameters.inByOut() && n == above;
        Matrix untransposed = silent ? untransposed(context.storedWeights(l + 1), deltaAbove, k) : null;
        String silentNumeric = !silent ? "" : "\\textcolor{red}{" + s.exampleDelta(l + 1).latex() + "\\,"
                + s.weights(l + 1).latex() + "} = \\textcolor{red}{" + latex.matrix(untransposed) + "} \\neq "
                + s.exampleDelta(l + 1).latex() + "\\," + carrier.latex() + " = "
                + latex.row(context.gradients().upstream(l), k) + "\\quad\\text{right shape, wrong numbers} \\\\ ";
        String symbolic = "\\begin{gathered} " + naive.symbolic() + " \\\\ " + variant.symbolic()
                + " \\\\ \\text{fix}\\quad " + fixSymbolic + " \\end{gathered}";
        String numeric = "\\begin{gathered} " + context.examplePrefix() + silentNumeric + "\\text{fix}\\quad " + fixNumeric
                + " \\end{gathered}";
        String deltaAbovePlain = s.exampleDelta(l + 1).plain();
        String layer = LayerIndex.plain(l);
        String w = s.weights(l + 1).plain();
        List<String> explanation = new ArrayList<>();
        explanation.add("With examples as rows, the learner's chain " + deltaAbovePlain + " · " + w + " · σ′(z" + layer
                + ") reads " + deltaAbovePlain + " and σ′ as 1 × " + above + " and 1 × " + n + " rows and " + w
                + " as stored (" + (parameters.inByOut() ? "in × out" : "out × in") + "); as matrices it "
                + naive.problem() + ".");
        explanation.add(parameters.inByOut()
                ? "Where it breaks moves with the storage: with " + w + " stored in × out the chain breaks at " + w
                        + " itself, unless " + w + " is square" + (silent ? " (as here: then " + deltaAbovePlain + w
                                + " has the right shape, 1 × " + n + ", and the wrong numbers, in red)" : "") + "."
                : "Where it breaks moves with the storage: with " + w + " stored out × in, " + deltaAbovePlain + w
                        + " is already right, with no transpose, and only σ′ breaks the chain.");
        explanation.add("With " + s.weights(l).plain() + " in place of " + w + ", a common slip, the chain "
                + variant.problem() + "; besides, " + s.weights(l).plain() + " maps layer " + (l - 1) + " to layer " + l
                + ", so it cannot carry an error back from layer " + (l + 1) + ".");
        explanation.add("The fix: " + deltaAbovePlain + carrier.plain() + " is a 1 × " + n + " row in layer " + l
                + "'s units, and σ′(z" + layer + ") enters " + (softmax ? "through softmax's full Jacobian."
                        : "elementwise (⊙), not as a matrix product."));
        List<NamedMatrix> matrices = new ArrayList<>(List.of(
                s.exampleDelta(l + 1).named(deltaAbove.columnMatrix(k).transpose()),
                s.weights(l + 1).named(context.storedWeights(l + 1)), s.weights(l).named(context.storedWeights(l)),
                Symbol.layered("z", "z", l).appliedTo("σ′", "\\sigma'").named(slope.columnMatrix(k).transpose())));
        if (silent) {
            matrices.add(new NamedMatrix(deltaAbovePlain + s.weights(l + 1).plain() + " (no transpose)",
                    s.exampleDelta(l + 1).latex() + "\\," + s.weights(l + 1).latex(), untransposed));
        }
        return new View(ViewKind.NAIVE, "Naive chain", explanation, symbolic, numeric, matrices, List.of());
    }

    private Factor stored(int layer) {
        Matrix w = context.storedWeights(layer);
        return new Factor(context.symbols().weights(layer).latex(), context.latex().matrix(w), w.rows(), w.columns());
    }

    /**
     * δ^{(l+1)} W^{(l+1)} of example k (from 0) with W as stored in × out, 1 × n for a square W: the
     * silent mistake, computed here only to show how far it is from δ^{(l+1)} (W^{(l+1)})ᵀ.
     */
    private static Matrix untransposed(Matrix stored, Matrix delta, int k) {
        double[][] values = new double[1][stored.columns()];
        for (int j = 0; j < stored.columns(); j++) {
            for (int i = 0; i < stored.rows(); i++) {
                values[0][j] += delta.get(i, k) * stored.get(i, j);
            }
        }
        return Matrix.of(values);
    }
}
