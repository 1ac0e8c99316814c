package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * The output error δ^L and the backward steps δ^l for l = L−1 … 1, each in its main form (the
 * VJP / Hadamard form, or the full Jacobian for a softmax layer) with its views and agreement.
 */
final class BackwardSteps {

    /** How far a target column's sum may be from 1 for softmax with cross-entropy to collapse to a − y. */
    private static final double TARGET_SUM_TOLERANCE = 1e-9;
    /** Why softmax has no g ⊙ σ′(z) form, and what its VJP is instead; four layer superscripts. */
    static final String SOFTMAX_COUPLES = "Softmax couples its units: its Jacobian J%s = diag(a%s) − a%s(a%s)ᵀ is "
            + "full, so the form g ⊙ σ′(z) does not hold. Its VJP s ⊙ (g − (sᵀg) 1) is still elementwise and O(n); "
            + "only the shortcut through σ′ fails.";

    private final StepContext context;
    private final BackwardViews views;

    BackwardSteps(StepContext context) {
        this.context = context;
        this.views = new BackwardViews(context);
    }

    /** δ^L = ∇_a C ⊙ σ′(z^L), or with softmax the full Jacobian (a − y with cross-entropy). */
    Step outputError() {
        int l = context.depth();
        Symbols s = context.symbols();
        Upstream up = Upstream.of(context, l, context.gradients());
        List<String> explanation = new ArrayList<>();
        explanation.add(errorMeaning(l));
        String here = LayerIndex.plain(l);
        DeltaFormula main;
        if (!softmax(l)) {
            main = views.hadamard(l, up);
            explanation.add("Each output unit's error is its cost gradient times its own slope σ′(z"
                    + here + "ⱼ): one number per unit, so the product is elementwise (⊙).");
            if (context.network().outputActivation() instanceof Sigmoid && crossEntropy()) {
                explanation.add("With a sigmoid output and cross-entropy the slope cancels: ∂" + s.exampleCosts().plain() + "/∂a" + here
                        + "ⱼ = −yⱼ/aⱼ + (1 − yⱼ)/(1 − aⱼ) = (aⱼ − yⱼ)/(aⱼ(1 − aⱼ)), and σ′(z" + here
                        + "ⱼ) = aⱼ(1 − aⱼ), so δ" + here + "ⱼ = aⱼ − yⱼ (writing a for a" + here + ").");
            }
        } else if (crossEntropy() && targetsSumToOne()) {
            main = collapsed(l);
            explanation.add("With softmax and cross-entropy the full Jacobian and the gradient −yₖ/aₖ cancel: "
                    + "∂aⱼ/∂zⱼ = aⱼ(1 − aⱼ) and ∂aₖ/∂zⱼ = −aₖaⱼ for k ≠ j, so δ" + here + "ⱼ = Σₖ (−yₖ/aₖ) ∂aₖ/∂zⱼ"
                    + " = −yⱼ(1 − aⱼ) + Σₖ≠ⱼ yₖaⱼ = aⱼ Σₖ yₖ − yⱼ = aⱼ − yⱼ, because each target sums to 1 "
                    + "(writing a for a" + here + ").");
        } else {
            main = views.softmaxChain(l, up);
            explanation.add(SOFTMAX_COUPLES.formatted(here, here, here, here));
        }
        List<NamedMatrix> matrices = views.matrices(l, up);
        List<View> stepViews = new ArrayList<>(List.of(views.vjp(l, up, main, matrices), views.jacobian(l),
                views.component(l)));
        if (softmax(l)) {
            stepViews.add(new SoftmaxView(context).build(l, up));
        }
        return new Step(0, StepKind.OUTPUT_ERROR, l, List.of(l), "Output error " + s.delta(l).plain(),
                explanation, main.symbolic(), main.numeric(), main.terms(), matrices, stepViews,
                context.agreement(l));
    }

    /** δ^l = ((W^{l+1})ᵀ δ^{l+1}) ⊙ σ′(z^l), or (J^l)ᵀ (W^{l+1})ᵀ δ^{l+1} for a softmax layer. */
    Step hidden(int l) {
        Symbols s = context.symbols();
        Upstream up = Upstream.of(context, l, context.gradients());
        List<String> explanation = new ArrayList<>();
        explanation.add("Why the transpose? " + s.delta(l + 1).plain() + " lives in layer " + (l + 1)
                + "'s units; " + s.weights(l + 1).transposed().plain() + " carries it back to layer " + l
                + "'s units.");
        List<String> why = new ArrayList<>(List.of(explanation.remove(0)));
        if (context.batch()) {
            why.add("As at the output, column i of " + s.delta(l).plain() + " is (∂Cᵢ/∂z" + LayerIndex.plain(l)
                    + "ᵢ)ᵀ of example i alone, so " + s.delta(l).plain() + " = m ∂C/∂" + s.z(l).plain() + ".");
        }
        explanation.add(String.join(" ", why));
        DeltaFormula main;
        if (softmax(l)) {
            main = views.softmaxChain(l, up);
            String here = LayerIndex.plain(l);
            explanation.add(SOFTMAX_COUPLES.formatted(here, here, here, here));
        } else {
            main = views.hadamard(l, up);
            explanation.add("Then each unit scales by its own slope σ′(z" + LayerIndex.plain(l)
                    + "ⱼ): elementwise (⊙), since a" + LayerIndex.plain(l) + "ⱼ depends only on z"
                    + LayerIndex.plain(l) + "ⱼ.");
        }
        new LayerHealth(context).sentence(l).ifPresent(explanation::add);
        List<NamedMatrix> matrices = views.matrices(l, up);
        List<View> stepViews = new ArrayList<>(List.of(views.vjp(l, up, main, matrices), views.jacobian(l),
                views.component(l), new NaiveChainView(context).build(l)));
        if (softmax(l)) {
            stepViews.add(new SoftmaxView(context).build(l, up));
        }
        return new Step(0, StepKind.BACKWARD, l, List.of(l, l + 1),
                "Backward: " + s.delta(l).plain() + " from " + s.delta(l + 1).plain(), explanation,
                main.symbolic(), main.numeric(), main.terms(), matrices, stepViews, context.agreement(l));
    }

    /**
     * What δ^{(L)} is: ∇_{z^{(L)}} C for one example; for a batch, column i of Δ^{(L)} is ∂C_i/∂z_i
     * and Δ^{(L)} = m ∂C/∂Z^{(L)}.
     */
    private String errorMeaning(int l) {
        Symbols s = context.symbols();
        String here = LayerIndex.plain(l);
        if (!context.batch()) {
            return s.delta(l).plain() + " = (∂C/∂" + s.z(l).plain() + ")ᵀ, the column of the ∂C/∂z" + here
                    + "ⱼ: how the cost changes with each output unit's weighted input.";
        }
        return "Column i of " + s.delta(l).plain() + " is δ" + here + "ᵢ = (∂Cᵢ/∂z" + here + "ᵢ)ᵀ, the error of example i"
                + " alone. C is the mean of the " + context.batchSize() + " costs Cᵢ, so " + s.delta(l).plain() + " = m ∂C/∂"
                + s.z(l).plain() + ": the 1/m enters with the parameter gradients.";
    }

    /** δ^{(L)} = (J^{(L)})ᵀ ∇_a C = a^{(L)} − y, for softmax with cross-entropy, with the cancellation written out. */
    private DeltaFormula collapsed(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        String here = LayerIndex.latex(l);
        String chain = context.batch() ? "" : "(J" + here + ")^{\\top}\\nabla_{a} C = ";
        String symbolic = "\\begin{gathered} " + under(s.delta(l).latex(), n, m) + " = " + chain
                + under(s.a(l).latex(), n, m) + " - " + under(s.target().latex(), n, m)
                + " \\\\ \\delta" + here + "_{j} = \\sum_{k} \\left(-\\frac{y_{k}}{a" + here + "_{k}}\\right)"
                + "\\frac{\\partial a" + here + "_{k}}{\\partial z" + here + "_{j}} = -y_{j}(1 - a" + here + "_{j}) + "
                + "\\sum_{k \\neq j} y_{k}\\,a" + here + "_{j} = a" + here + "_{j}\\sum_{k} y_{k} - y_{j} = a" + here
                + "_{j} - y_{j} \\end{gathered}";
        String numeric = s.delta(l).latex() + " = " + latex.matrix(context.forward().a(l)) + " - "
                + latex.matrix(context.network().targets()) + " = " + latex.matrix(context.gradients().delta(l));
        return new DeltaFormula(symbolic, numeric, List.of(new Term(s.delta(l).latex(), n, m),
                new Term(s.a(l).latex(), n, m), new Term(s.target().latex(), n, m)));
    }

    private boolean softmax(int l) {
        return context.network().layer(l).activation() instanceof Softmax;
    }

    private boolean crossEntropy() {
        return context.network().loss() instanceof CrossEntropy;
    }

    private boolean targetsSumToOne() {
        Matrix targets = context.network().targets();
        for (int k = 0; k < targets.columns(); k++) {
            double sum = 0;
            for (double y : targets.column(k)) {
                sum += y;
            }
            if (!(Math.abs(sum - 1) <= TARGET_SUM_TOLERANCE)) {
                return false;
            }
        }
        return true;
    }
}
