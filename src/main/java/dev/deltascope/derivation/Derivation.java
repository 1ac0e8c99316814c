package dev.deltascope.derivation;

import dev.deltascope.model.Trace;
import java.util.List;
import java.util.Objects;

/** The whole derivation of one trace, in order, printed with one number style. */
public record Derivation(Trace trace, NumberStyle style, List<Step> steps) {

    public Derivation {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(style, "style");
        steps = List.copyOf(steps);
    }
}
