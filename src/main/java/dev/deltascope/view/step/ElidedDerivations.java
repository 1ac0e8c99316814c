package dev.deltascope.view.step;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.Step;
import java.util.HashMap;
import java.util.Map;

/**
 * The shown derivation printed with fewer rows and columns, for a screen too small for a whole step:
 * each limit's derivation is built once, from the same trace, so its numbers are the same.
 */
final class ElidedDerivations {

    private final Map<Integer, Derivation> byLimit = new HashMap<>();

    /**
     * {@code shown}, a step of {@code current}, printed with every matrix elided past {@code limit}
     * rows and columns (by the one {@link dev.deltascope.derivation.Elision} rule) instead of the
     * derivation's own limit. The same step when {@code limit} is not below the derivation's limit or
     * the step is not of {@code current}.
     */
    Step elided(Derivation current, Step shown, int limit) {
        if (current == null || shown == null || shown.index() >= current.steps().size()
                || current.steps().get(shown.index()) != shown
                || limit >= Math.max(current.style().maxRows(), current.style().maxColumns())) {
            return shown;
        }
        Derivation elided = byLimit.computeIfAbsent(limit, max -> DerivationBuilder.build(current.trace(),
                current.style().withMaxShown(max), current.convention(), current.example()));
        return elided.steps().get(shown.index());
    }

    /** Forgets the derivations built so far: another derivation is shown. */
    void clear() {
        byLimit.clear();
    }
}
