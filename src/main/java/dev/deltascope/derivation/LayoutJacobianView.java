package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jacobian chain of the example shown in the convention's derivative layout and vector layout. Numerator
 * layout: ∂C/∂z^{(l)} = ∂C/∂z^{(l+1)} ∂z^{(l+1)}/∂a^{(l)} ∂a^{(l)}/∂z^{(l)} is 1 × n_l, multiplied left to
 * right, with ∂z^{(l+1)}/∂a^{(l)} = W^{(l+1)} (n_{l+1} × n_l, in the column layout's sense). Denominator
 * layout: every factor transposed, ∂C/∂z^{(l)} = ∂a^{(l)}/∂z^{(l)} ∂z^{(l+1)}/∂a^{(l)} ∂C/∂z^{(l+1)} is
 * n_l × 1, multiplied right to left. δ^{(l)} is then that derivative or its transpose, whichever has
 * the convention's shape of an example (a column, or a row).
 */
final class LayoutJacobianView {

    private final StepContext context;

    LayoutJacobianView(StepContext context) {
        this.context = context;
    }

    /** The view of δ^{(l)}, every number from the Jacobian chain's own backward pass. */
    View build(int l) {
        Gradients own = context.trace().jacobian();
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        boolean numerator = context.convention().derivatives() == DerivativeLayout.NUMERATOR;
        boolean rows = context.rows();
        boolean output = l == context.depth();
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        int n = context.size(l);
        String here = LayerIndex.latex(l);
        String cost = s.shownCost().latex();
        int k = context.example();
        Matrix result = own.delta(l);
        Factor local = softmax
                ? new Factor(numerator ? "J" + here : "(J" + here + ")^{\\top}",
                        numerator ? latex.matrix(context.jacobian(l)) : latex.transposed(context.jacobian(l)), n, n)
                : new Factor(s.diagonalSlope(l).latex(), latex.diagonal(context.slope(l), k), n, n);
        List<Factor> chain = new ArrayList<>();
        if (output) {
            Matrix gradient = own.upstream(l);
            String symbol = "\\frac{\\partial " + cost + "}{\\partial a" + here + "}";
            chain.add(numerator ? new Factor(symbol, latex.row(gradient, k), 1, n)
                    : new Factor(symbol, latex.column(gradient, k), n, 1));
        } else {
            int above = context.size(l + 1);
            Matrix weights = context.network().layer(l + 1).weights();
            Matrix deltaAbove = own.delta(l + 1);
            String delta = s.exampleDelta(l + 1).latex();
            String w = s.weights(l + 1).latex();
            boolean wTransposedInSymbols = numerator == context.convention().vectors().weightsTransposed();
            String weightSymbol = wTransposedInSymbols ? "(" + w + ")^{\\top}" : w;
            boolean deltaTransposed = numerator != rows;
            String deltaSymbol = deltaTransposed ? "(" + delta + ")^{\\top}" : delta;
            if (numerator) {
                chain.add(new Factor(deltaSymbol, latex.row(deltaAbove, k), 1, above));
                chain.add(new Factor(weightSymbol, latex.matrix(weights), above, n));
            } else {
                chain.add(new Factor(weightSymbol, latex.transposed(weights), n, above));
                chain.add(new Factor(deltaSymbol, latex.column(deltaAbove, k), above, 1));
            }
        }
        if (numerator) {
            chain.add(local);
        } else {
            chain.add(0, local);
        }
        Symbol derivative = s.rowGradient(l);
        String head = numerator ? under(derivative.latex(), 1, n) : under(derivative.latex(), n, 1);
        StringBuilder symbols = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (Factor factor : chain) {
            symbols.append(symbols.length() == 0 ? "" : "\\,").append(factor.labelled());
            numbers.append(factor.numbers());
        }
        String resultNumbers = numerator ? latex.row(result, k) : latex.column(result, k);
        boolean transposeAtEnd = numerator != rows;
        String delta = s.exampleDelta(l).latex();
        String deltaShape = rows ? under(delta, 1, n) : under(delta, n, 1);
        String symbolic = "\\begin{gathered} " + head + " = " + symbols + " \\\\ " + deltaShape + " = "
                + (transposeAtEnd ? "\\left(" + derivative.latex() + "\\right)^{\\top}" : derivative.latex())
                + " \\end{gathered}";
        String numeric = "\\begin{gathered} " + context.examplePrefix() + derivative.latex() + " = " + numbers + " = "
                + resultNumbers + " \\\\ " + delta + " = " + (rows ? latex.row(result, k) : latex.column(result, k))
                + " \\end{gathered}";
        List<NamedMatrix> matrices = List.of(
                new NamedMatrix(derivative.plain(), derivative.latex(), numerator ? result.columnMatrix(k).transpose()
                        : result.columnMatrix(k)),
                s.exampleDelta(l).named(rows ? result.columnMatrix(k).transpose() : result.columnMatrix(k)));
        return new View(ViewKind.JACOBIAN, "Jacobian chain, " + context.convention().derivatives().label()
                + context.exampleTitle(), explanation(l, numerator, rows, transposeAtEnd, softmax),
                symbolic, numeric, matrices, List.of());
    }

    private List<String> explanation(int l, boolean numerator, boolean rows, boolean transposeAtEnd, boolean softmax) {
        Symbols s = context.symbols();
        String layer = LayerIndex.plain(l);
        String above = LayerIndex.plain(l + 1);
        String row = s.rowGradient(l).plain();
        int n = context.size(l);
        boolean inByOut = context.convention().vectors().weightsTransposed();
        List<String> out = new ArrayList<>();
        String weights = s.weights(l + 1).plain();
        String jacobianOfLinear = l == context.depth() ? "" : " The Jacobian ∂z" + above + "/∂a" + layer + " is "
                + (numerator ? context.size(l + 1) + " × " + n : n + " × " + context.size(l + 1)) + ": "
                + ((numerator == inByOut) ? "(" + weights + ")ᵀ" : weights) + (inByOut
                        ? ", with " + weights + " stored in × out." : ".");
        out.add(numerator
                ? "In numerator layout " + row + " is a 1 × " + n + " row, and the chain multiplies left to right from "
                        + "the cost." + jacobianOfLinear
                : "In denominator layout every derivative is the transpose of its numerator-layout one: " + row
                        + " is a " + n + " × 1 column shaped like z" + layer + ", and the chain multiplies right to left "
                        + "towards the cost." + jacobianOfLinear);
        out.add("δ" + layer + " is a " + (rows ? "row" : "column") + " here, like an example, so it is " + (transposeAtEnd
                ? "the transpose of " + row + ": the transpose turns the derivative into the convention's shape of an "
                        + "example; it is not there to make shapes agree."
                : row + " itself, with no transpose."));
        out.add(softmax
                ? "Here J" + layer + " = ∂a" + layer + "/∂z" + layer + " is full, not diagonal, so the form g ⊙ σ′(z"
                        + layer + ") does not hold; the VJP still avoids building J" + layer + " and costs O(n)."
                : "Multiplying by the diagonal matrix diag(σ′(z" + layer + ")) scales entry j by σ′(z" + layer
                        + "ⱼ) and mixes nothing, which is exactly the elementwise product ⊙ σ′(z" + layer + ").");
        context.sharedInputs(l).ifPresent(shared -> out.set(0, out.get(0) + " " + shared));
        return out;
    }
}
