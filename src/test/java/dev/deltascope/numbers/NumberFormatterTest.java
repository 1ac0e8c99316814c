package dev.deltascope.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberFormatterTest {

    private final NumberFormatter four = new NumberFormatter(4);

    @Test
    void roundsToTheSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("0.1385", four.latex(0.138498562));
        assertEquals("-0.0381", four.latex(-0.038098236));
        assertEquals("0.5", four.latex(0.5));
        assertEquals("2", four.latex(2.0));
        assertEquals("1235", four.latex(1234.5));
        assertEquals("1", four.latex(0.99996));
        assertEquals("0.008771", four.text(0.0087713546));
    }

    @Test
    void roundsHalfUpFromTheDecimalAPersonTyped() {
        assertEquals("1.235", four.latex(1.2345));
        assertEquals("1.235", four.text(1.2345));
        assertEquals("−1.235", four.text(-1.2345));
        assertEquals("0.2", new NumberFormatter(1).text(0.15));
        assertEquals("0.13", new NumberFormatter(2).text(0.125));
        assertEquals("−0.2", new NumberFormatter(1).text(-0.15));
        assertEquals("3.14159265359", new NumberFormatter(12).latex(Math.PI));
    }

    @Test
    void seventeenDigitsGiveBackTheShortestDecimalOfTheDouble() {
        assertEquals("0.1", new NumberFormatter(17).text(0.1));
        assertEquals("0.30000000000000004", new NumberFormatter(17).text(0.1 + 0.2));
    }

    @Test
    void textAndLatexChooseTheSameNotationAndDigits() {
        assertEquals("1230", new NumberFormatter(3).latex(1234));
        assertEquals("1230", new NumberFormatter(3).text(1234));
        assertEquals("1.235 \\times 10^{-5}", four.latex(1.23456e-5));
        assertEquals("1.235×10⁻⁵", four.text(1.23456e-5));
        assertEquals("−3.5×10⁷", four.text(-35_000_000));
        assertEquals("123456", new NumberFormatter(6).text(123_456));
    }

    @Test
    void writesValuesOutsideTenToTheMinusFourUpToTenToTheMaxOfDigitsAndFourInScientificForm() {
        assertEquals("0.0001", four.latex(1e-4));
        assertEquals("0.0001", four.latex(9.99996e-5));
        assertEquals("9.9 \\times 10^{-5}", four.latex(9.9e-5));
        assertEquals("-2 \\times 10^{-300}", four.latex(-2e-300));
        assertEquals("1.235 \\times 10^{4}", four.latex(12345.0));
        assertEquals("9999", four.latex(9999.4));
        assertEquals("1 \\times 10^{4}", four.latex(9999.5));
    }

    @Test
    void aMatrixIsWrittenInOneNotation() {
        double[] column = {6.722e-5, 0.00047, 0};
        Notation notation = four.notation(column.length, i -> column[i]);

        assertEquals(Notation.SCIENTIFIC, notation);
        assertEquals("6.722×10⁻⁵", four.text(column[0], notation));
        assertEquals("4.7×10⁻⁴", four.text(column[1], notation));
        assertEquals("0", four.text(column[2], notation));
        double[] plain = {0.5, -0.00047, Double.NaN};
        assertEquals(Notation.PLAIN, four.notation(plain.length, i -> plain[i]));
    }

    @Test
    void theNotationOfAValueNearABoundaryFollowsItsRoundedValue() {
        assertEquals(Notation.PLAIN, four.notation(9.99996e-5));
        assertEquals(Notation.SCIENTIFIC, four.notation(9.9994e-5));
        assertEquals(Notation.SCIENTIFIC, four.notation(9999.5));
        assertEquals(Notation.PLAIN, four.notation(9999.4));
    }

    @Test
    void printsZerosAndValuesThatAreNotFiniteReadably() {
        assertEquals("0", four.latex(-0.0));
        assertEquals("0", four.text(-0.0));
        assertEquals("\\mathrm{NaN}", four.latex(Double.NaN));
        assertEquals("\\infty", four.latex(Double.POSITIVE_INFINITY));
        assertEquals("-\\infty", four.latex(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", four.text(Double.NaN));
        assertEquals("∞", four.text(Double.POSITIVE_INFINITY));
        assertEquals("−∞", four.text(Double.NEGATIVE_INFINITY));
    }

    @Test
    void putsNegativeAndScientificFactorsInParentheses() {
        assertEquals("(-0.5)", four.latexFactor(-0.5));
        assertEquals("(2 \\times 10^{-7})", four.latexFactor(2e-7));
        assertEquals("0.25", four.latexFactor(0.25));
    }

    @Test
    void compactTextIsTheShorterOfPlainAndScientific() {
        NumberFormatter three = new NumberFormatter(3);
        assertEquals("0.0137", three.compactText(0.013712));
        assertEquals("0.558", three.compactText(0.5581));
        assertEquals("1.23×10⁵", three.compactText(123_456));
        assertEquals("NaN", three.compactText(Double.NaN));
    }

    @Test
    void aPowerOfTenIsWrittenWithASuperscriptExponent() {
        assertEquals("10³", NumberFormatter.powerOfTen(3));
        assertEquals("10⁻¹²", NumberFormatter.powerOfTen(-12));
        assertEquals("10", NumberFormatter.powerOfTen(1));
    }

    @Test
    void refusesDigitsOutsideOneToSeventeen() {
        assertThrows(IllegalArgumentException.class, () -> new NumberFormatter(0));
        assertThrows(IllegalArgumentException.class, () -> new NumberFormatter(18));
    }
}
