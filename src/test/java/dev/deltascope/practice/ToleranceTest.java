package dev.deltascope.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void oneUnitInTheLastShownDigitIsAccepted() {
        assertTrue(Tolerance.accepts(0.1385, 0.1385, 4));
        assertTrue(Tolerance.accepts(0.13853, 0.1386, 4));
        assertTrue(Tolerance.accepts(0.13853, 0.13844, 4));
        assertFalse(Tolerance.accepts(0.13853, 0.1384, 4));
        assertFalse(Tolerance.accepts(0.13853, 0.1387, 4));
        assertTrue(Tolerance.accepts(-2.5, -2.501, 4));
        assertFalse(Tolerance.accepts(-2.5, -2.502, 4));
        assertTrue(Tolerance.accepts(0.13853, 0.14, 2));
        assertFalse(Tolerance.accepts(0.13853, 0.16, 2));
    }

    @Test
    void smallValuesAreJudgedByTheirOwnDigits() {
        assertEquals(1e-10, Tolerance.of(1.5e-7, 4), 1e-22);
        assertFalse(Tolerance.accepts(1.5e-7, 0, 4));
        assertTrue(Tolerance.accepts(1.5e-7, 1.5009e-7, 4));
    }

    @Test
    void zeroMustBeTypedAsZero() {
        assertTrue(Tolerance.accepts(0, 0, 4));
        assertTrue(Tolerance.accepts(0, -0.0, 4));
        assertFalse(Tolerance.accepts(0, 0.0001, 4));
    }
}
