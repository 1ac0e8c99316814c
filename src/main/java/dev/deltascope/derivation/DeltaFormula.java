package dev.deltascope.derivation;

import java.util.List;

/** The formula of a layer's error δ, in symbols and with numbers, and the shapes of its terms. */
record DeltaFormula(String symbolic, String numeric, List<Term> terms) {

    DeltaFormula {
        terms = List.copyOf(terms);
    }
}
