package dev.deltascope.derivation;

import dev.deltascope.model.Trace;
import java.util.List;
import java.util.Objects;

/** The whole derivation of one trace, in order, printed with one number style in one convention. */
public record Derivation(Trace trace, NumberStyle style, Convention convention, List<Step> steps) {

    public Derivation {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(convention, "convention");
        steps = List.copyOf(steps);
    }
}
