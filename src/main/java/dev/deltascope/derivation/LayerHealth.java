package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a hidden backward step teaches about its layer's health: ReLU units that are dead on these
 * examples, and, for a sigmoid layer, how much the error shrank on its way back.
 */
final class LayerHealth {

    private final StepContext context;

    LayerHealth(StepContext context) {
        this.context = context;
    }

    /** The sentence for layer l (below L), or empty when there is nothing to say. */
    Optional<String> sentence(int l) {
        if (context.network().layer(l).activation() instanceof Relu) {
            return dead(l);
        }
        if (context.network().layer(l).activation() instanceof Sigmoid) {
            return vanishing(l);
        }
        return Optional.empty();
    }

    /**
     * Units j with z^{(l)}_j ≤ 0 on every example: ReLU′ = 0 there, so δ^{(l)}_j = 0 exactly and
     * with it row j of ∂C/∂W^{(l)}, ∂C/∂b^{(l)}_j and (since a^{(l)}_j = 0) column j of ∂C/∂W^{(l+1)}.
     */
    private Optional<String> dead(int l) {
        Matrix z = context.forward().z(l);
        List<Integer> dead = new ArrayList<>();
        for (int j = 0; j < z.rows(); j++) {
            boolean off = true;
            for (int i = 0; i < z.columns() && off; i++) {
                off = z.get(j, i) <= 0;
            }
            if (off) {
                dead.add(j + 1);
            }
        }
        if (dead.isEmpty()) {
            return Optional.empty();
        }
        String here = LayerIndex.plain(l);
        String above = LayerIndex.plain(l + 1);
        String units = dead.size() == 1 ? "Unit " + dead.get(0) : "Units " + join(dead);
        String j = dead.size() == 1 ? String.valueOf(dead.get(0)) : "j";
        String examples = context.batch() ? "every example" : "this example";
        return Optional.of(units + " of layer " + l + (dead.size() == 1 ? " is" : " are") + " dead on " + examples
                + ": z" + here + " ≤ 0, so ReLU′ = 0 and δ" + here + " is exactly 0 there. Then row " + j + " of ∂C/∂W"
                + here + " and ∂C/∂b" + here + " entry " + j + " are exactly 0, and since a" + here + " = 0 there, so is "
                + "column " + j + " of ∂C/∂W" + above + ": gradient descent cannot move the weights into "
                + (dead.size() == 1 ? "it" : "them") + ". Strictly, a unit is dead when z ≤ 0 for every input of "
                + "the training data, not only these, so that it never recovers.");
    }

    /** ‖δ^{(l)}‖ / ‖δ^{(l+1)}‖ and why a sigmoid layer shrinks it: σ′ ≤ ¼; empty when the ratio is not a number. */
    private Optional<String> vanishing(int l) {
        Symbols s = context.symbols();
        double ratio = SummaryStep.norm(context.gradients().delta(l)) / SummaryStep.norm(context.gradients().delta(l + 1));
        if (!Double.isFinite(ratio)) {
            return Optional.empty();
        }
        return Optional.of("‖" + s.delta(l).plain() + "‖ / ‖" + s.delta(l + 1).plain() + "‖ = "
                + context.latex().numbers().text(ratio) + ": the sigmoid's slope is at most ¼, so each layer back "
                + "multiplies the error by a factor that is small unless the weights are large, and over many layers "
                + "the product vanishes.");
    }

    private static String join(List<Integer> units) {
        List<String> text = units.stream().map(String::valueOf).toList();
        return String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
    }
}
