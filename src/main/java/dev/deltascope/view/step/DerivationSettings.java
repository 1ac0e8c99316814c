package dev.deltascope.view.step;

import dev.deltascope.derivation.Convention;

/**
 * What a derivation is printed with: {@code digits} significant digits, laid out in
 * {@code convention}, its per-example views showing example {@code example} (from 0).
 */
record DerivationSettings(int digits, Convention convention, int example) {
}
