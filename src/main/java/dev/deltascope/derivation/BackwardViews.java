package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The main formulas of a backward step (the Hadamard form and, for softmax, the Jacobian form)
 * and its VJP, Jacobian and component-wise views. Numbers come from the trace; nothing is
 * recomputed.
 */
final class BackwardViews {

    private final StepContext context;

    BackwardViews(StepContext context) {
        this.context = context;
    }

    /** δ^l = ((W^{l+1})ᵀ δ^{l+1}) ⊙ σ′(z^l), or δ^L = ∇_a C ⊙ σ′(z^L) at the output; n_l × m. */
    DeltaFormula hadamard(int l, Upstream up) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        Matrix slope = context.slope(l);
        Matrix delta = context.gradients().delta(l);
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(s.delta(l).latex(), n, m));
        String symbolic;
        String numeric;
        if (output(l)) {
            symbolic = under(s.delta(l).latex(), n, m) + " = " + under(up.symbol().latex(), n, m) + " \\odot "
                    + under(s.slope(l).latex(), n, m) + ",\\quad " + up.symbol().latex() + " = " + up.definition();
            numeric = "\\begin{gathered} " + up.symbol().latex() + " = " + up.expansion() + " = "
                    + latex.matrix(up.values()) + " \\\\ " + s.delta(l).latex() + " = " + latex.matrix(up.values())
                    + " \\odot " + latex.matrix(slope) + " = " + latex.matrix(delta) + " \\end{gathered}";
            terms.add(new Term(up.symbol().latex(), n, m));
        } else {
            int above = context.size(l + 1);
            Symbol transposed = s.weights(l + 1).transposed();
            symbolic = under(s.delta(l).latex(), n, m) + " = \\left(" + under(transposed.latex(), n, above) + "\\,"
                    + under(s.delta(l + 1).latex(), above, m) + "\\right) \\odot " + under(s.slope(l).latex(), n, m);
            numeric = s.delta(l).latex() + " = \\left(" + up.expansion() + "\\right) \\odot " + latex.matrix(slope)
                    + " = " + latex.matrix(up.values()) + " \\odot " + latex.matrix(slope) + " = "
                    + latex.matrix(delta);
            terms.add(new Term(transposed.latex(), n, above));
            terms.add(new Term(s.delta(l + 1).latex(), above, m));
        }
        terms.add(new Term(s.slope(l).latex(), n, m));
        return new DeltaFormula(symbolic, numeric, terms);
    }

    /** δ^l = (J^l)ᵀ g^l with J^l = diag(a^l) − a^l (a^l)ᵀ and g^l = ∂C/∂a^l, example by example. */
    DeltaFormula softmaxChain(int l, Upstream up) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        String g = "g" + LayerIndex.latex(l);
        String delta = s.exampleDelta(l).latex();
        String symbolic = "\\begin{gathered} " + under(delta, n, 1) + " = " + under("(J" + LayerIndex.latex(l) + ")^{\\top}", n, n)
                + "\\," + under(g, n, 1) + (context.batch() ? "\\quad\\text{for each example}" : "") + " \\\\ "
                + g + " = " + up.exampleDefinition() + ",\\quad J" + LayerIndex.latex(l) + " = \\operatorname{diag}(a" + LayerIndex.latex(l) + ") - a"
                + LayerIndex.latex(l) + "(a" + LayerIndex.latex(l) + ")^{\\top} \\end{gathered}";
        StringBuilder numeric = new StringBuilder("\\begin{gathered} ")
                .append(g).append(" = ").append(up.expansion()).append(" = ").append(latex.matrix(up.values()))
                .append(" \\\\ ").append(context.examplePrefix()).append(delta).append(" = ")
                .append(latex.matrix(context.jacobian(l))).append("^{\\top}")
                .append(latex.column(up.values(), context.example())).append(" = ")
                .append(latex.column(context.gradients().delta(l), context.example()));
        if (context.batch()) {
            numeric.append(" \\\\ ").append(s.delta(l).latex()).append(" = ")
                    .append(latex.matrix(context.gradients().delta(l)));
        }
        numeric.append(" \\end{gathered}");
        return new DeltaFormula(symbolic, numeric.toString(), List.of(new Term(delta, n, 1),
                new Term("(J" + LayerIndex.latex(l) + ")^{\\top}", n, n), new Term(g, n, 1)));
    }

    /**
     * The VJP view: the Hadamard shortcut, which is the step's main formula for an elementwise
     * layer, or softmax's rule s ⊙ (g − (sᵀg) 1).
     */
    View vjp(int l, Upstream up, DeltaFormula main, List<NamedMatrix> matrices) {
        if (!softmax(l)) {
            return new View(ViewKind.VJP, "VJP: the Hadamard shortcut", List.of(
                    "Autodiff never builds a Jacobian: it passes the gradient back through each operation.",
                    "Through z = W a + b the gradient g becomes Wᵀg; through an elementwise activation it "
                            + "becomes g ⊙ σ′(z), the Hadamard shortcut."),
                    main.symbolic(), main.numeric(), matrices, List.of());
        }
        MatrixLatex latex = context.latex();
        Matrix activations = context.forward().a(l);
        String g = "g" + LayerIndex.latex(l);
        String symbolic = s().exampleDelta(l).latex() + " = s \\odot \\left(" + g + " - \\left(s^{\\top} " + g
                + "\\right)\\mathbf{1}\\right),\\quad s = a" + LayerIndex.latex(l) + ",\\quad " + g + " = " + up.exampleDefinition();
        int k = context.example();
        String numeric = context.examplePrefix() + s().exampleDelta(l).latex() + " = "
                + latex.column(activations, k) + " \\odot \\left(" + latex.column(up.values(), k) + " - \\left("
                + latex.row(activations, k) + latex.column(up.values(), k) + "\\right)\\mathbf{1}\\right) = "
                + latex.column(context.gradients().delta(l), k);
        return new View(ViewKind.VJP, "VJP through softmax", List.of(
                "Autodiff passes the gradient back without building a Jacobian.",
                "Through softmax the rule is s ⊙ (g − (sᵀg) 1): elementwise and O(n) like the Hadamard shortcut, "
                        + "but every entry also sees every unit through the one number sᵀg, so it is not g ⊙ σ′(z)."),
                symbolic, numeric, matrices, List.of());
    }

    /** The Jacobian-chain view, in the convention's derivative layout, with the Jacobian chain's own numbers. */
    View jacobian(int l) {
        return context.convention().derivatives() == DerivativeLayout.NUMERATOR
                ? new JacobianView(context).build(l) : new LayoutJacobianView(context).build(l);
    }

    /** The component-wise view, with one formula per unit and the component-wise method's own numbers. */
    View component(int l) {
        return new ComponentView(context).build(l);
    }

    /** The matrices a backward step involves; diag(σ′(z^l)) and J^l are of the example shown. */
    List<NamedMatrix> matrices(int l, Upstream up) {
        Symbols s = context.symbols();
        List<NamedMatrix> out = new ArrayList<>();
        if (output(l)) {
            out.add(s.a(l).named(context.forward().a(l)));
            out.add(s.target().named(context.network().targets()));
        } else {
            Matrix weights = context.network().layer(l + 1).weights();
            out.add(s.weights(l + 1).named(weights));
            out.add(s.weights(l + 1).transposed().named(weights.transpose()));
            out.add(s.delta(l + 1).named(context.gradients().delta(l + 1)));
        }
        out.add(up.symbol().named(up.values()));
        if (softmax(l)) {
            out.add(s.jacobian(l).named(context.jacobian(l)));
        } else {
            out.add(s.slope(l).named(context.slope(l)));
            context.diagonalSlope(l).ifPresent(diagonal -> out.add(s.diagonalSlope(l).named(diagonal)));
        }
        out.add(s.delta(l).named(context.gradients().delta(l)));
        return out;
    }

    private Symbols s() {
        return context.symbols();
    }

    private boolean output(int l) {
        return l == context.depth();
    }

    private boolean softmax(int l) {
        return context.network().layer(l).activation() instanceof Softmax;
    }
}
