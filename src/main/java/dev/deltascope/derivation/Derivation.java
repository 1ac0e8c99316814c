package dev.deltascope.derivation;

import dev.deltascope.model.Trace;
import java.util.List;
import java.util.Objects;

/**
 * The whole derivation of one trace, in order, printed with one number style in one convention;
 * {@code example} is the column (from 0) of a batch that its per-example views show.
 */
public record Derivation(Trace trace, NumberStyle style, Convention convention, int example, List<Step> steps) {

    public Derivation {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(convention, "convention");
        Objects.checkIndex(example, trace.network().batchSize());
        steps = List.copyOf(steps);
    }
}
