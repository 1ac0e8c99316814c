package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The output error and the backward steps in a row convention, row i of Δ^{(l)} being the error of
 * example i: Δ^{(L)} = ∇_A C ⊙ σ′(Z^{(L)}), and Δ^{(l)} = (Δ^{(l+1)} W^{(l+1)}) ⊙ σ′(Z^{(l)}) with W stored
 * out × in, or (Δ^{(l+1)} (W^{(l+1)})ᵀ) ⊙ σ′(Z^{(l)}) with W stored in × out; m × n_l. For a softmax
 * layer, example by example, δ^{(l)} = g^{(l)} J^{(l)} (J is symmetric, so this is (Jᵀ gᵀ)ᵀ).
 */
final class RowBackwardSteps {

    private final StepContext context;

    RowBackwardSteps(StepContext context) {
        this.context = context;
    }

    /** Δ^{(L)} = ∇_A C ⊙ σ′(Z^{(L)}), or δ^{(L)} = g J^{(L)} for softmax; m × n_L. */
    Step outputError() {
        int l = context.depth();
        Upstream up = Upstream.of(context, l, context.gradients());
        Symbols s = context.symbols();
        List<String> explanation = new ArrayList<>();
        String here = LayerIndex.plain(l);
        explanation.add(context.batch()
                ? "Row i of " + s.delta(l).plain() + " is δ" + here + "ᵢ = ∂Cᵢ/∂z" + here + "ᵢ, the error of example i alone,"
                        + " a row like the example. C is the mean of the " + context.batchSize() + " costs Cᵢ, so "
                        + s.delta(l).plain() + " = m ∂C/∂" + s.z(l).plain() + ": the 1/m enters with the parameter gradients."
                : s.delta(l).plain() + " is the row of the ∂C/∂z" + here + "ⱼ, shaped like the example z" + here
                        + ": how the cost changes with each output unit's weighted input.");
        explanation.add(softmax(l) ? softmaxCouples(here)
                : "Each output unit's error is its cost gradient times its own slope σ′(z" + here
                        + "ⱼ): one number per unit, so the product is elementwise (⊙).");
        return build(StepKind.OUTPUT_ERROR, l, List.of(l), "Output error " + s.delta(l).plain(), explanation, up);
    }

    /** Δ^{(l)} = (Δ^{(l+1)} W^{(l+1)}) ⊙ σ′(Z^{(l)}), with (W^{(l+1)})ᵀ when W is stored in × out; m × n_l. */
    Step hidden(int l) {
        Upstream up = Upstream.of(context, l, context.gradients());
        Symbols s = context.symbols();
        RowParameters parameters = new RowParameters(context);
        List<String> explanation = new ArrayList<>();
        String carrier = parameters.backwardWeights(l).plain();
        explanation.add((parameters.inByOut() ? "Why the transpose? " : "Why no transpose? ") + s.delta(l + 1).plain()
                + " has one column per unit of layer " + (l + 1) + "; " + carrier + " (" + context.size(l + 1) + " × "
                + context.size(l) + ") carries it back to layer " + l + "'s units from the right. "
                + s.weights(l + 1).plain() + " is stored " + (parameters.inByOut() ? "in × out" : "out × in")
                + (parameters.inByOut() ? ", so it must be transposed." : ", so it needs no transpose.")
                + " The product is the transpose of the column convention's (W" + LayerIndex.plain(l + 1) + ")ᵀδ"
                + LayerIndex.plain(l + 1) + "." + (context.batch() ? " Row i of " + s.delta(l).plain()
                        + " is the error of example i alone." : ""));
        String here = LayerIndex.plain(l);
        explanation.add(softmax(l) ? softmaxCouples(here)
                : "Then each unit scales by its own slope σ′(z" + here + "ⱼ): elementwise (⊙), since a" + here
                        + "ⱼ depends only on z" + here + "ⱼ.");
        new LayerHealth(context).sentence(l).ifPresent(explanation::add);
        return build(StepKind.BACKWARD, l, List.of(l, l + 1),
                "Backward: " + s.delta(l).plain() + " from " + s.delta(l + 1).plain(), explanation, up);
    }

    private Step build(StepKind kind, int l, List<Integer> layers, String title, List<String> explanation, Upstream up) {
        DeltaFormula main = softmax(l) ? softmaxChain(l, up) : hadamard(l, up);
        List<NamedMatrix> matrices = matrices(l, up);
        List<View> views = new ArrayList<>(List.of(vjp(l, up, main, matrices),
                new LayoutJacobianView(context).build(l), new ComponentView(context).build(l)));
        if (kind == StepKind.BACKWARD) {
            views.add(new RowNaiveChainView(context).build(l));
        }
        if (softmax(l)) {
            views.add(new RowSoftmaxView(context).build(l, up));
        }
        return new Step(0, kind, l, layers, title, explanation, main.symbolic(), main.numeric(), main.terms(), matrices,
                views, context.agreement(l));
    }

    /** Δ^{(l)} = G ⊙ σ′(Z^{(l)}) with G what arrives from above; m × n_l. */
    private DeltaFormula hadamard(int l, Upstream up) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        Matrix slope = context.laid(context.slope(l));
        Matrix delta = context.laid(context.gradients().delta(l));
        List<Term> terms = new ArrayList<>(List.of(new Term(s.delta(l).latex(), m, n)));
        String symbolic;
        String numeric;
        if (l == context.depth()) {
            symbolic = under(s.delta(l).latex(), m, n) + " = " + under(up.symbol().latex(), m, n) + " \\odot "
                    + under(s.slope(l).latex(), m, n) + ",\\quad " + up.symbol().latex() + " = " + up.definition();
            numeric = "\\begin{gathered} " + up.symbol().latex() + " = " + up.expansion() + " = "
                    + latex.matrix(up.values()) + " \\\\ " + s.delta(l).latex() + " = " + latex.matrix(up.values())
                    + " \\odot " + latex.matrix(slope) + " = " + latex.matrix(delta) + " \\end{gathered}";
            terms.add(new Term(up.symbol().latex(), m, n));
        } else {
            int above = context.size(l + 1);
            Symbol weights = new RowParameters(context).backwardWeights(l);
            symbolic = under(s.delta(l).latex(), m, n) + " = \\left(" + under(s.delta(l + 1).latex(), m, above) + "\\,"
                    + under(weights.latex(), above, n) + "\\right) \\odot " + under(s.slope(l).latex(), m, n);
            numeric = s.delta(l).latex() + " = \\left(" + up.expansion() + "\\right) \\odot " + latex.matrix(slope)
                    + " = " + latex.matrix(up.values()) + " \\odot " + latex.matrix(slope) + " = " + latex.matrix(delta);
            terms.add(new Term(s.delta(l + 1).latex(), m, above));
            terms.add(new Term(weights.latex(), above, n));
        }
        terms.add(new Term(s.slope(l).latex(), m, n));
        return new DeltaFormula(symbolic, numeric, terms);
    }

    /** δ^{(l)} = g^{(l)} J^{(l)} example by example, J^{(l)} = diag(a^{(l)}) − (a^{(l)})ᵀ a^{(l)}; 1 × n_l. */
    private DeltaFormula softmaxChain(int l, Upstream up) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        String here = LayerIndex.latex(l);
        String g = "g" + here;
        String j = "J" + here;
        String delta = s.exampleDelta(l).latex();
        String a = "a" + here;
        String symbolic = "\\begin{gathered} " + under(delta, 1, n) + " = " + under(g, 1, n) + "\\," + under(j, n, n)
                + (context.batch() ? "\\quad\\text{for each example}" : "") + " \\\\ " + g + " = "
                + up.exampleDefinition() + ",\\quad " + j + " = \\operatorname{diag}(" + a + ") - (" + a + ")^{\\top}"
                + a + " \\end{gathered}";
        StringBuilder numeric = new StringBuilder("\\begin{gathered} ").append(g).append(" = ").append(up.expansion())
                .append(" = ").append(latex.matrix(up.values())).append(" \\\\ ").append(context.examplePrefix())
                .append(delta).append(" = ").append(latex.row(context.gradients().upstream(l), context.example()))
                .append(latex.matrix(context.jacobian(l))).append(" = ")
                .append(latex.row(context.gradients().delta(l), context.example()));
        if (context.batch()) {
            numeric.append(" \\\\ ").append(s.delta(l).latex()).append(" = ")
                    .append(latex.matrix(context.laid(context.gradients().delta(l))));
        }
        numeric.append(" \\end{gathered}");
        return new DeltaFormula(symbolic, numeric.toString(),
                List.of(new Term(delta, 1, n), new Term(g, 1, n), new Term(j, n, n)));
    }

    /** The VJP view: the main formula, or softmax's rule s ⊙ (g − (g sᵀ) 1ᵀ) for rows. */
    private View vjp(int l, Upstream up, DeltaFormula main, List<NamedMatrix> matrices) {
        String carried = new RowParameters(context).backwardWeights(l).plain();
        if (!softmax(l)) {
            return new View(ViewKind.VJP, "VJP: the Hadamard shortcut", List.of(
                    "Autodiff never builds a Jacobian: it passes the gradient back through each operation.",
                    "With examples as rows, through the linear layer the gradient G (one row per example) becomes G "
                            + (carried.endsWith("ᵀ") ? "Wᵀ" : "W") + "; through an elementwise activation it becomes "
                            + "G ⊙ σ′(Z), the Hadamard shortcut."),
                    main.symbolic(), main.numeric(), matrices, List.of());
        }
        MatrixLatex latex = context.latex();
        Matrix activations = context.forward().a(l);
        String g = "g" + LayerIndex.latex(l);
        int k = context.example();
        String symbolic = context.symbols().exampleDelta(l).latex() + " = s \\odot \\left(" + g + " - \\left(" + g
                + "\\, s^{\\top}\\right)\\mathbf{1}^{\\top}\\right),\\quad s = a" + LayerIndex.latex(l) + ",\\quad " + g
                + " = " + up.exampleDefinition();
        String numeric = context.examplePrefix() + context.symbols().exampleDelta(l).latex() + " = "
                + latex.row(activations, k) + " \\odot \\left(" + latex.row(context.gradients().upstream(l), k)
                + " - \\left(" + latex.row(context.gradients().upstream(l), k) + latex.column(activations, k)
                + "\\right)\\mathbf{1}^{\\top}\\right) = " + latex.row(context.gradients().delta(l), k);
        return new View(ViewKind.VJP, "VJP through softmax", List.of(
                "Autodiff passes the gradient back without building a Jacobian.",
                "Through softmax, with s and g rows, the rule is s ⊙ (g − (g sᵀ) 1ᵀ): elementwise and O(n), but every "
                        + "entry also sees every unit through the one number g sᵀ, so it is not g ⊙ σ′(z)."),
                symbolic, numeric, matrices, List.of());
    }

    /** The matrices of a backward step as rows; diag(σ′(z)) and J are of the example shown. */
    private List<NamedMatrix> matrices(int l, Upstream up) {
        Symbols s = context.symbols();
        List<NamedMatrix> out = new ArrayList<>();
        if (l == context.depth()) {
            out.add(s.a(l).named(context.laid(context.forward().a(l))));
            out.add(s.target().named(context.laid(context.network().targets())));
        } else {
            out.add(s.delta(l + 1).named(context.laid(context.gradients().delta(l + 1))));
            out.add(s.weights(l + 1).named(context.storedWeights(l + 1)));
            if (new RowParameters(context).inByOut()) {
                out.add(s.weights(l + 1).transposed().named(context.network().layer(l + 1).weights()));
            }
        }
        out.add(up.symbol().named(up.values()));
        if (softmax(l)) {
            out.add(s.jacobian(l).named(context.jacobian(l)));
        } else {
            out.add(s.slope(l).named(context.laid(context.slope(l))));
            context.diagonalSlope(l).ifPresent(diagonal -> out.add(s.diagonalSlope(l).named(diagonal)));
        }
        out.add(s.delta(l).named(context.laid(context.gradients().delta(l))));
        return out;
    }

    /** Why softmax has no g ⊙ σ′(z) form, for rows: a and g are 1 × n, so the outer product is aᵀa. */
    private static String softmaxCouples(String here) {
        return "Softmax couples its units: with a" + here + " a row, its Jacobian J" + here + " = diag(a" + here
                + ") − (a" + here + ")ᵀa" + here + " is full (and symmetric, so δ = g J), and the form g ⊙ σ′(z) does "
                + "not hold. Its VJP s ⊙ (g − (g sᵀ) 1ᵀ) is still elementwise and O(n); only the shortcut through σ′ fails.";
    }

    private boolean softmax(int l) {
        return context.network().layer(l).activation() instanceof Softmax;
    }
}
