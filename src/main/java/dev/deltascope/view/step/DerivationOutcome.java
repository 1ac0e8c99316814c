package dev.deltascope.view.step;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.concurrent.CancellationException;

/** A derivation, or why there is none ({@code derivation} null, {@code problem} the one-line reason). */
record DerivationOutcome(Derivation derivation, String problem) {

    /**
     * The derivation of {@code network} printed with {@code settings}, from {@code reusable} where
     * that is its trace already; {@code checked}: when there is no reusable trace, run the
     * finite-difference check now.
     */
    static DerivationOutcome of(Network network, Trace reusable, DerivationSettings settings, boolean checked) {
        try {
            Trace computed = reusable != null ? reusable
                    : checked ? Trace.of(network) : Trace.withoutCheck(network);
            return new DerivationOutcome(DerivationBuilder.build(computed,
                    NumberStyle.DEFAULT.withSignificantDigits(settings.digits()), settings.convention(),
                    settings.example()), "");
        } catch (CancellationException cancelled) {
            throw cancelled;
        } catch (RuntimeException failure) {
            return new DerivationOutcome(null, "This network cannot be traced: " + failure.getMessage());
        }
    }
}
