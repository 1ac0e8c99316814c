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

    /** The derivation of the trace, printed in the given style, in Deltascope's own convention; a batch's per-example views show example 1. */
    public static Derivation build(Trace trace, NumberStyle style) {
        return build(trace, style, Convention.DELTASCOPE, 0);
    }

    /** The derivation of the trace, printed in the given style and convention; a batch's per-example views show example 1. */
    public static Derivation build(Trace trace, NumberStyle style, Convention convention) {
        return build(trace, style, convention, 0);
    }

    /**
     * The derivation of the trace, printed in the given style, in Deltascope's own convention, whose
     * per-example views of a batch show example {@code example} (from 0, below m).
     */
    public static Derivation build(Trace trace, NumberStyle style, int example) {
        return build(trace, style, Convention.DELTASCOPE, example);
    }

    /**
     * The derivation of the trace, printed in the given style and convention, whose per-example views
     * of a batch (the Jacobian chain, the naive chain, the component-wise and softmax views) show
     * example {@code example} (from 0, below m): column {@code example} of the trace's z, a and δ.
     */
    public static Derivation build(Trace trace, NumberStyle style, Convention convention, int example) {
        StepContext context = new StepContext(trace, style, convention, example);
        Network updated = GradientDescent.step(trace.network(), trace.gradients());
        ForwardSteps forward = new ForwardSteps(context);
        BackwardSteps backward = new BackwardSteps(context);
        RowBackwardSteps rowBackward = new RowBackwardSteps(context);
        GradientSteps gradients = new GradientSteps(context, updated);
        RowGradientSteps rowGradients = new RowGradientSteps(context, updated);
        boolean rows = context.rows();
        int depth = trace.network().depth();
        List<Step> steps = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            steps.add(forward.linear(l));
            steps.add(forward.activation(l));
        }
        steps.add(new CostStep(context).build());
        int outputError = steps.size();
        steps.add(rows ? rowBackward.outputError() : backward.outputError());
        for (int l = depth - 1; l >= 1; l--) {
            steps.add(rows ? rowBackward.hidden(l) : backward.hidden(l));
        }
        int firstGradient = steps.size();
        for (int l = depth; l >= 1; l--) {
            steps.add(rows ? rowGradients.weight(l) : gradients.weight(l));
            steps.add(rows ? rowGradients.bias(l) : gradients.bias(l));
        }
        for (int l = depth; l >= 1; l--) {
            steps.add(rows ? rowGradients.update(l) : gradients.update(l));
        }
        steps.add(new SummaryStep(context).build(outputError, firstGradient));
        List<Step> indexed = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            indexed.add(steps.get(i).withSymbolic(ShapeLabels::levelled).inIndexStyle(convention.index()).withIndex(i));
        }
        return new Derivation(trace, style, convention, example, indexed);
    }
}
