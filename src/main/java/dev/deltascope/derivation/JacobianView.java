package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jacobian chain in numerator layout: ∂C/∂z^{(l)} = (δ^{(l+1)})ᵀ W^{(l+1)} diag(σ′(z^{(l)})) is a
 * 1 × n_l row, and δ^{(l)} = ∇_{z^{(l)}} C = (∂C/∂z^{(l)})ᵀ is its transpose. Shown for the example
 * the context names, with the diagonal (or softmax) Jacobian in full.
 */
final class JacobianView {

    private final StepContext context;

    JacobianView(StepContext context) {
        this.context = context;
    }

    /** The view of δ^{(l)}, every number from the Jacobian chain's own backward pass. */
    View build(int l) {
        Gradients own = context.trace().jacobian();
        Upstream up = Upstream.of(context, l, own);
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        boolean output = l == context.depth();
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        int n = context.size(l);
        Matrix slope = context.slope(l);
        Matrix result = own.delta(l);
        Symbol rowGradient = s.rowGradient(l);
        String row = rowGradient.latex();
        String cost = s.shownCost().latex();
        int k = context.example();
        Symbol local = softmax ? s.jacobian(l) : s.diagonalSlope(l);
        String localNumbers = softmax ? latex.matrix(context.jacobian(l)) : latex.diagonal(slope, k);
        String delta = s.exampleDelta(l).latex();
        String rowSymbols;
        String rowNumbers;
        String columnSymbols;
        List<NamedMatrix> matrices = new ArrayList<>();
        if (output) {
            rowSymbols = under("(\\nabla_{a} C)^{\\top}", 1, n);
            rowNumbers = latex.row(up.values(), k);
            columnSymbols = "\\nabla_{a} C";
            matrices.add(up.symbol().transposed().named(up.values().columnMatrix(k).transpose()));
        } else {
            int above = context.size(l + 1);
            Matrix weights = context.network().layer(l + 1).weights();
            Matrix deltaAbove = own.delta(l + 1);
            Symbol transposedDelta = s.exampleDelta(l + 1).transposed();
            rowSymbols = under(transposedDelta.latex(), 1, above) + "\\," + under(s.weights(l + 1).latex(), above, n);
            rowNumbers = latex.row(deltaAbove, k) + latex.matrix(weights) + localNumbers + " = "
                    + latex.row(up.values(), k);
            columnSymbols = s.weights(l + 1).transposed().latex() + "\\," + s.exampleDelta(l + 1).latex();
            matrices.add(transposedDelta.named(deltaAbove.columnMatrix(k).transpose()));
            matrices.add(s.weights(l + 1).named(weights));
        }
        String localTransposed = softmax ? local.transposed().latex() : local.latex();
        String symbolic = "\\begin{gathered} " + under(row, 1, n) + " = " + rowSymbols + "\\," + under(local.latex(), n, n)
                + " \\\\ " + delta + " = \\nabla_{z" + LayerIndex.latex(l) + "} " + cost + " = \\left(" + row
                + "\\right)^{\\top} = " + localTransposed + "\\,"
                + columnSymbols + " \\end{gathered}";
        String numeric = "\\begin{gathered} " + context.examplePrefix() + row + " = " + rowNumbers + localNumbers
                + " = " + latex.row(result, k) + " \\\\ " + delta + " = " + latex.row(result, k) + "^{\\top} = "
                + latex.column(result, k) + " \\end{gathered}";
        if (softmax) {
            matrices.add(local.named(context.jacobian(l)));
        } else {
            context.diagonalSlope(l).ifPresent(diagonal -> matrices.add(local.named(diagonal)));
        }
        matrices.add(rowGradient.named(result.columnMatrix(k).transpose()));
        matrices.add(s.exampleDelta(l).named(result.columnMatrix(k)));
        return new View(ViewKind.JACOBIAN, "Jacobian chain" + context.exampleTitle(),
                explanation(l, output, softmax), symbolic, numeric, matrices, List.of());
    }

    private List<String> explanation(int l, boolean output, boolean softmax) {
        Symbols s = context.symbols();
        String layer = LayerIndex.plain(l);
        String above = LayerIndex.plain(l + 1);
        String row = s.rowGradient(l).plain();
        String cost = s.shownCost().plain();
        String local = softmax
                ? "∂a" + layer + "/∂z" + layer + " = J" + layer
                : "∂a" + layer + "/∂z" + layer + " = diag(σ′(z" + layer + "))";
        String factors = output
                ? "the row (∇ₐ" + cost + ")ᵀ = ∂" + cost + "/∂a" + layer + " times the Jacobian " + local
                : "the row " + s.exampleDelta(l + 1).transposed().plain() + " = ∂" + cost + "/∂z" + above
                        + " times the Jacobians ∂z" + above + "/∂a" + layer + " = " + s.weights(l + 1).plain()
                        + " and " + local;
        List<String> out = new ArrayList<>();
        out.add("In numerator layout " + row + " is a 1 × " + context.size(l) + " row: " + factors + ".");
        out.add("The other views use the column δ" + layer + " = (" + row + ")ᵀ, the gradient of " + cost
                + " with respect to z" + layer + ": the transpose turns the row gradient back into a column; it is not there to make shapes agree.");
        String learner = output || softmax ? "" : "This is the learner's chain δ" + above + " · "
                + s.weights(l + 1).plain() + " · σ′(z" + layer + ") made right, with δ" + above + " read as a row and σ′ "
                + "as a matrix. ";
        out.add(softmax
                ? "Here J" + layer + " = diag(a" + layer + ") − a" + layer + "(a" + layer + ")ᵀ is full, not diagonal, "
                        + "so the form g ⊙ σ′(z" + layer + ") does not hold; the VJP s ⊙ (g − (sᵀg) 1) still avoids "
                        + "building J" + layer + " and costs O(n)."
                : learner + "Multiplying by the diagonal matrix diag(σ′(z" + layer + ")) scales entry j by σ′(z" + layer
                        + "ⱼ) and mixes nothing, which is exactly the elementwise product ⊙ σ′(z" + layer + ").");
        context.sharedInputs(l).ifPresent(shared -> out.set(0, out.get(0) + " " + shared));
        return out;
    }
}
