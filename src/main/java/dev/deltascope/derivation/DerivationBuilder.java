package dev.deltascope.derivation;

import dev.deltascope.model.Trace;

/** Turns a trace into the ordered steps of its derivation. */
public final class DerivationBuilder {

    private DerivationBuilder() {
    }

    /** The derivation of the trace, printed in the given style. */
    public static Derivation build(Trace trace, NumberStyle style) {
        throw new UnsupportedOperationException("the derivation steps are not built yet");
    }
}
