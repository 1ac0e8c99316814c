package dev.deltascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Entrywise comparison with a relative tolerance that stays meaningful near zero:
 * x and y agree when |x − y| ≤ tolerance · max(1, |x|, |y|). Large entries are compared
 * relatively, entries below 1 absolutely.
 */
final class Agreement {

    private Agreement() {
    }

    /** |x − y| / max(1, |x|, |y|); NaN when either is NaN. */
    static double gap(double x, double y) {
        return Math.abs(x - y) / Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }

    /** Fails, naming the entry, unless every entry of actual agrees with expected. */
    static void assertAgree(Matrix expected, Matrix actual, double tolerance, String what) {
        assertEquals(expected.shape(), actual.shape(), what + ": shape");
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                double x = expected.get(r, c);
                double y = actual.get(r, c);
                if (!(gap(x, y) <= tolerance)) {
                    fail(what + "[" + r + "][" + c + "]: " + x + " and " + y + " differ by relative "
                            + gap(x, y) + ", more than " + tolerance);
                }
            }
        }
    }
}
