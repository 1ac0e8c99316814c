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
        Upstream up = Upstream.of(context, l);
        List<String> explanation = new ArrayList<>();
        explanation.add(s.delta(l).plain() + " = ∂C/∂" + s.z(l).plain()
                + " says how the cost changes with each output unit's weighted input.");
        Formula main;
        if (!softmax(l)) {
            main = views.hadamard(l, up);
            explanation.add("Each output unit's error is its cost gradient times its own slope σ′(z"
                    + Symbol.superscript(l) + "ⱼ): one number per unit, so the product is elementwise (⊙).");
            if (context.network().outputActivation() instanceof Sigmoid && crossEntropy()) {
                explanation.add("With a sigmoid output and cross-entropy the slope cancels: "
                        + s.delta(l).plain() + " = " + s.a(l).plain() + " − y.");
            }
        } else if (crossEntropy() && targetsSumToOne()) {
            main = collapsed(l);
            explanation.add("With softmax and cross-entropy the full Jacobian and the gradient −y/a cancel: "
                    + s.delta(l).plain() + " = " + s.a(l).plain() + " − y, because each target sums to 1.");
        } else {
            main = views.softmaxChain(l, up);
            explanation.add("Softmax couples its units, so the error needs the full Jacobian J"
                    + Symbol.superscript(l) + " = diag(a) − a aᵀ, not the Hadamard shortcut.");
        }
        List<NamedMatrix> matrices = views.matrices(l, up);
        List<View> stepViews = new ArrayList<>(List.of(views.vjp(l, up, main, matrices), views.jacobian(l, up),
                views.component(l, up)));
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
        Upstream up = Upstream.of(context, l);
        List<String> explanation = new ArrayList<>();
        explanation.add("Why the transpose? " + s.delta(l + 1).plain() + " lives in layer " + (l + 1)
                + "'s units; " + s.weights(l + 1).transposed().plain() + " carries it back to layer " + l
                + "'s units.");
        Formula main;
        if (softmax(l)) {
            main = views.softmaxChain(l, up);
            explanation.add("Softmax couples layer " + l + "'s units, so the step back through it uses the full "
                    + "Jacobian J" + Symbol.superscript(l) + " = diag(a) − a aᵀ instead of ⊙ σ′(z).");
        } else {
            main = views.hadamard(l, up);
            explanation.add("Then each unit scales by its own slope σ′(z" + Symbol.superscript(l)
                    + "ⱼ): elementwise (⊙), since a" + Symbol.superscript(l) + "ⱼ depends only on z"
                    + Symbol.superscript(l) + "ⱼ.");
        }
        List<NamedMatrix> matrices = views.matrices(l, up);
        List<View> stepViews = new ArrayList<>(List.of(views.vjp(l, up, main, matrices), views.jacobian(l, up),
                views.component(l, up), new NaiveChainView(context).build(l)));
        if (softmax(l)) {
            stepViews.add(new SoftmaxView(context).build(l, up));
        }
        return new Step(0, StepKind.BACKWARD, l, List.of(l, l + 1),
                "Backward: " + s.delta(l).plain() + " from " + s.delta(l + 1).plain(), explanation,
                main.symbolic(), main.numeric(), main.terms(), matrices, stepViews, context.agreement(l));
    }

    /** δ^L = (J^L)ᵀ ∇_a C = a^L − y, for softmax with cross-entropy. */
    private Formula collapsed(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int m = context.batchSize();
        String symbolic = under(s.delta(l).latex(), n, m) + " = (J^{" + l + "})^{\\top}\\nabla_{a} C = "
                + under(s.a(l).latex(), n, m) + " - " + under(s.target().latex(), n, m);
        String numeric = s.delta(l).latex() + " = " + latex.matrix(context.forward().a(l)) + " - "
                + latex.matrix(context.network().targets()) + " = " + latex.matrix(context.gradients().delta(l));
        return new Formula(symbolic, numeric, List.of(new Term(s.delta(l).latex(), n, m),
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
