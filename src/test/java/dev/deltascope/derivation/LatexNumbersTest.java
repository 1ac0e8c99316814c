package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatexNumbersTest {

    private final LatexNumbers four = new LatexNumbers(4);

    @Test
    void roundsToTheSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("0.1385", four.format(0.138498562));
        assertEquals("-0.0381", four.format(-0.038098236));
        assertEquals("0.5", four.format(0.5));
        assertEquals("2", four.format(2.0));
        assertEquals("1235", four.format(1234.5));
        assertEquals("1", four.format(0.99996));
    }

    @Test
    void roundsHalfUpFromTheDecimalAPersonTyped() {
        assertEquals("0.2", new LatexNumbers(1).format(0.15));
        assertEquals("-0.2", new LatexNumbers(1).format(-0.15));
        assertEquals("3.14159265359", new LatexNumbers(12).format(Math.PI));
    }

    @Test
    void printsNegativeZeroAsZero() {
        assertEquals("0", four.format(-0.0));
        assertEquals("0", four.format(0.0));
    }

    @Test
    void writesVerySmallAndVeryLargeValuesInScientificForm() {
        assertEquals("1.235 \\times 10^{-5}", four.format(1.23456e-5));
        assertEquals("0.0001", four.format(1e-4));
        assertEquals("0.0001", four.format(9.99996e-5));
        assertEquals("9.9 \\times 10^{-5}", four.format(9.9e-5));
        assertEquals("-2 \\times 10^{-300}", four.format(-2e-300));
        assertEquals("1.235 \\times 10^{4}", four.format(12345.0));
        assertEquals("1.5 \\times 10^{6}", four.format(1.5e6));
        assertEquals("123456", new LatexNumbers(6).format(123456.0));
    }

    @Test
    void printsNotANumberAndInfinityAsLatexSymbols() {
        assertEquals("\\mathrm{NaN}", four.format(Double.NaN));
        assertEquals("\\infty", four.format(Double.POSITIVE_INFINITY));
        assertEquals("-\\infty", four.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void putsNegativeAndScientificFactorsInParentheses() {
        assertEquals("(-0.5)", four.factor(-0.5));
        assertEquals("(2 \\times 10^{-7})", four.factor(2e-7));
        assertEquals("0.25", four.factor(0.25));
    }
}
