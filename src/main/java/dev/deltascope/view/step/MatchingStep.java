package dev.deltascope.view.step;

import dev.deltascope.derivation.Step;
import java.util.List;

/** The step of a new derivation that stands where the person was in the one before. */
final class MatchingStep {

    private MatchingStep() {
    }

    /**
     * The index in {@code steps} (of a network {@code depth} layers deep) of the step of the same
     * kind and layer as {@code before} (of a network {@code depthBefore} deep); failing that, of the
     * same kind as far from the output; failing that, its old index; 0 without a step before.
     */
    static int index(List<Step> steps, int depth, Step before, int depthBefore) {
        if (before == null) {
            return 0;
        }
        for (Step candidate : steps) {
            if (candidate.kind() == before.kind() && candidate.layer() == before.layer()) {
                return candidate.index();
            }
        }
        for (Step candidate : steps) {
            if (candidate.kind() == before.kind() && depth - candidate.layer() == depthBefore - before.layer()) {
                return candidate.index();
            }
        }
        return before.index();
    }
}
