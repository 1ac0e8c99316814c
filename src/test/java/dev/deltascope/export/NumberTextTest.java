package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    private final NumberText four = new NumberText(4);

    @Test
    void roundsToSignificantDigitsHalfUpAndDropsTrailingZeros() {
        assertEquals("0.1385", four.format(0.13849));
        assertEquals("0.1563", four.format(0.15625), "an exact tie rounds half up");
        assertEquals("0.1384", four.format(0.13845), "0.13845 is stored just below the tie");
        assertEquals("0.15", four.format(0.15));
        assertEquals("2", four.format(2.0));
        assertEquals("−0.0381", four.format(-0.038098));
    }

    @Test
    void negativeZeroPrintsAsZero() {
        assertEquals("0", four.format(-0.0));
    }

    @Test
    void veryLargeAndVerySmallValuesUseScientificForm() {
        assertEquals("1.5e−7", four.format(1.5e-7));
        assertEquals("1.235e5", four.format(123456));
        assertEquals("0.0001", four.format(1e-4));
        assertEquals("9999", four.format(9999));
    }

    @Test
    void nonFiniteValuesHaveNames() {
        assertEquals("NaN", four.format(Double.NaN));
        assertEquals("∞", four.format(Double.POSITIVE_INFINITY));
        assertEquals("−∞", four.format(Double.NEGATIVE_INFINITY));
    }
}
