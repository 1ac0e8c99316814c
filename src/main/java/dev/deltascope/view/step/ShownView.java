package dev.deltascope.view.step;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;

/**
 * Which view of a step the pane shows, and which of its units the component-wise view shows; what
 * is copied and exported as "the step shown" follows the same rule.
 */
public final class ShownView {

    private ShownView() {
    }

    /** The view shown for {@code step}: the chosen one, else its first; null for a step without views. */
    public static View of(Step step, ViewKind kind) {
        boolean hasViews = (step.kind() == StepKind.OUTPUT_ERROR || step.kind() == StepKind.BACKWARD)
                && !step.views().isEmpty();
        if (!hasViews) {
            return null;
        }
        return step.view(kind) != null ? step.view(kind) : step.views().get(0);
    }

    /** The units a unit picker offers for {@code shown}: those of the component-wise view, else none. */
    static int unitCount(View shown) {
        return shown.kind() == ViewKind.COMPONENT ? shown.unitFormulas().size() : 0;
    }

    /** The chosen {@code unit} kept within those {@code shown} has (0 when it has none). */
    static int shownUnit(View shown, int unit) {
        return Math.max(0, Math.min(unit, unitCount(shown) - 1));
    }
}
