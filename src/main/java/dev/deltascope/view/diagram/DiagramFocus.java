package dev.deltascope.view.diagram;

import dev.deltascope.derivation.Step;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the network diagram puts on each layer for the current step: the layers to highlight and,
 * per layer, which quantity its units show. Layers the forward pass has not reached yet show
 * nothing; on backward steps the layers whose δ is known show δ.
 *
 * @param highlighted the step's layers
 * @param shown for l = 0..L, what the units of layer l show
 */
record DiagramFocus(Set<Integer> highlighted, List<Quantity> shown) {

    /** What a layer's units show. */
    enum Quantity {
        ACTIVATION("a"),
        WEIGHTED_INPUT("z"),
        ERROR("δ"),
        NOTHING("");

        private final String symbol;

        Quantity(String symbol) {
            this.symbol = symbol;
        }

        /** "a", "z", "δ", or "" for nothing. */
        String symbol() {
            return symbol;
        }
    }

    DiagramFocus {
        highlighted = Set.copyOf(highlighted);
        shown = List.copyOf(shown);
    }

    /** The focus of a step of a network with L = depth; every activation and no highlight when step is null. */
    static DiagramFocus of(Step step, int depth) {
        List<Quantity> shown = new ArrayList<>();
        for (int l = 0; l <= depth; l++) {
            shown.add(step == null ? Quantity.ACTIVATION : quantity(step, l));
        }
        return new DiagramFocus(step == null ? Set.of() : Set.copyOf(step.layers()), shown);
    }

    private static Quantity quantity(Step step, int l) {
        int focus = step.layer();
        return switch (step.kind()) {
            case FORWARD_LINEAR -> l < focus ? Quantity.ACTIVATION : l == focus ? Quantity.WEIGHTED_INPUT : Quantity.NOTHING;
            case FORWARD_ACTIVATION -> l <= focus ? Quantity.ACTIVATION : Quantity.NOTHING;
            case OUTPUT_ERROR, BACKWARD -> l >= focus && l > 0 ? Quantity.ERROR : Quantity.ACTIVATION;
            case SUMMARY -> l > 0 ? Quantity.ERROR : Quantity.ACTIVATION;
            case WEIGHT_GRADIENT, BIAS_GRADIENT -> l == focus ? Quantity.ERROR : Quantity.ACTIVATION;
            case COST, UPDATE -> Quantity.ACTIVATION;
        };
    }

    /** What layer l's units show, from the trace (n_l × m; the diagram uses the first example), or null for nothing. */
    Matrix values(Trace trace, int l) {
        return switch (shown(l)) {
            case ACTIVATION -> trace.forward().a(l);
            case WEIGHTED_INPUT -> trace.forward().z(l);
            case ERROR -> trace.gradients().delta(l);
            case NOTHING -> null;
        };
    }

    Quantity shown(int l) {
        return shown.get(l);
    }

    boolean isHighlighted(int l) {
        return highlighted.contains(l);
    }

    /** True when the weights W^l, between layers l−1 and l, belong to the step. */
    boolean isHighlightedWeights(int l) {
        return highlighted.contains(l) && highlighted.contains(l - 1);
    }

    boolean highlightsAnything() {
        return !highlighted.isEmpty();
    }
}
