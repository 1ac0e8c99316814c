package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void roundsToTheSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("0.5933", ValueText.format(0.593269992, 4));
        assertEquals("0.5", ValueText.format(0.5000001, 4));
        assertEquals("12.35", ValueText.format(12.345678, 4));
        assertEquals("0.008771", ValueText.format(0.0087713546, 4));
    }

    @Test
    void usesScientificNotationForVerySmallAndLargeMagnitudes() {
        assertEquals("1.25e−7", ValueText.format(1.2500004e-7, 4));
        assertEquals("−3.5e7", ValueText.format(-35_000_000, 4));
        assertEquals("123456", ValueText.format(123_456, 6));
    }

    @Test
    void writesMinusSignsZeroAndNonFiniteValuesReadably() {
        assertEquals("−0.25", ValueText.format(-0.25, 4));
        assertEquals("0", ValueText.format(-0.0, 4));
        assertEquals("NaN", ValueText.format(Double.NaN, 4));
        assertEquals("∞", ValueText.format(Double.POSITIVE_INFINITY, 4));
        assertEquals("−∞", ValueText.format(Double.NEGATIVE_INFINITY, 4));
    }

    @Test
    void compactFormIsTheShorterOfPlainAndScientific() {
        assertEquals("−4.93e−4", ValueText.compact(-0.000493, 3));
        assertEquals("0.0137", ValueText.compact(0.013712, 3));
        assertEquals("0.558", ValueText.compact(0.5581, 3));
        assertEquals("1.23e5", ValueText.compact(123_456, 3));
        assertEquals("NaN", ValueText.compact(Double.NaN, 3));
    }

    @Test
    void refusesFewerThanOneDigit() {
        assertThrows(IllegalArgumentException.class, () -> ValueText.format(1, 0));
    }
}
