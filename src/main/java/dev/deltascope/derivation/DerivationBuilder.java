package dev.deltascope.derivation;

import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a trace into the ordered steps of its derivation. For L layers: z^l then a^l for
 * l = 1..L; the cost; the output error δ^L; δ^l for l = L−1 … 1; ∂C/∂W^l then ∂C/∂b^l for
 * l = L … 1; the update of W^l and b^l for l = L … 1; the summary of BP1–BP4. That is
 * 2L + 2 + (L − 1) + 2L + L + 1 steps.
 * Every number shown is read from the trace (the update from the model's gradient-descent step).
 */
public final class DerivationBuilder {

    private DerivationBuilder() {
    }

    /** The derivation of the trace, printed in the given style; a batch's per-example views show example 1. */
    public static Derivation build(Trace trace, NumberStyle style) {
        return build(trace, style, 0);
    }

    /**
     * The derivation of the trace, printed in the given style, whose per-example views of a batch
     * (the Jacobian chain, the naive chain, the component-wise and softmax views) show example
     * {@code example} (from 0, below m): column {@code example} of the trace's z, a and δ.
     */
    public static Derivation build(Trace trace, NumberStyle style, int example) {
        StepContext context = new StepContext(trace, style, example);
        Network updated = GradientDescent.step(trace.network(), trace.gradients());
        ForwardSteps forward = new ForwardSteps(context);
        BackwardSteps backward = new BackwardSteps(context);
        GradientSteps gradients = new GradientSteps(context, updated);
        int depth = trace.network().depth();
        List<Step> steps = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            steps.add(forward.linear(l));
            steps.add(forward.activation(l));
        }
        steps.add(new CostStep(context).build());
        int outputError = steps.size();
        steps.add(backward.outputError());
        for (int l = depth - 1; l >= 1; l--) {
            steps.add(backward.hidden(l));
        }
        int firstGradient = steps.size();
        for (int l = depth; l >= 1; l--) {
            steps.add(gradients.weight(l));
            steps.add(gradients.bias(l));
        }
        for (int l = depth; l >= 1; l--) {
            steps.add(gradients.update(l));
        }
        steps.add(new SummaryStep(context).build(outputError, firstGradient));
        List<Step> indexed = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            indexed.add(steps.get(i).withSymbolic(ShapeLabels::levelled).withIndex(i));
        }
        return new Derivation(trace, style, example, indexed);
    }
}
