package dev.deltascope.derivation;

import java.util.List;

/** A formula in symbols and with numbers, and the shapes of its terms. */
record Formula(String symbolic, String numeric, List<Term> terms) {

    Formula {
        terms = List.copyOf(terms);
    }
}
