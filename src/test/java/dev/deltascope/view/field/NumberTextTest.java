package dev.deltascope.view.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @Test
    void acceptsPlainAndScientificNotation() {
        assertEquals(-0.5, NumberText.parseNumber("-0.5", "Weight"));
        assertEquals(0.001, NumberText.parseNumber("1e-3", "Weight"));
        assertEquals(0.25, NumberText.parseNumber(" .25 ", "Weight"));
        assertEquals(2.0, NumberText.parseNumber("+2.", "Weight"));
        assertEquals(-3.0, NumberText.parseNumber("\u22123", "Weight"));
        assertEquals(1.5e300, NumberText.parseNumber("1.5E300", "Weight"));
    }

    @Test
    void acceptsScientificNumbersAsTheWindowWritesThem() {
        assertEquals(6.722e-5, NumberText.parseNumber("6.722×10⁻⁵", "Row 1, column 1"));
        assertEquals(-1.5e12, NumberText.parseNumber("\u22121.5×10¹²", "Row 1, column 1"));
        assertEquals(6.722e-5, NumberText.parseNumber("6.722 x 10^-5", "Row 1, column 1"));
        assertEquals(2.5e3, NumberText.parseNumber("2.5×10^{3}", "Row 1, column 1"));
        assertThrows(InvalidEditException.class, () -> NumberText.parseNumber("×10⁻⁵", "Row 1, column 1"));
        assertThrows(InvalidEditException.class, () -> NumberText.parseNumber("6.7×10⁻", "Row 1, column 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "NaN", "Infinity", "-Infinity", "1e999", "0x1p3", "1d", "2f", "1e", "--1",
        "1.2.3", "e5"})
    void refusesWhatIsNotAFiniteNumber(String text) {
        InvalidEditException refused = assertThrows(InvalidEditException.class,
                () -> NumberText.parseNumber(text, "Weight W1[0][0]"));
        assertTrue(refused.getMessage().startsWith("Weight W1[0][0]"), refused.getMessage());
    }

    @Test
    void aDecimalCommaIsRefusedWithTheFix() {
        InvalidEditException refused = assertThrows(InvalidEditException.class,
                () -> NumberText.parseNumber("0,5", "Learning rate"));
        assertTrue(refused.getMessage().contains("0.5"), refused.getMessage());
    }

    @Test
    void positiveNumbersRefuseZeroAndNegatives() {
        assertEquals(0.1, NumberText.parsePositiveNumber("0.1", "Learning rate"));
        assertThrows(InvalidEditException.class, () -> NumberText.parsePositiveNumber("0", "Learning rate"));
        assertThrows(InvalidEditException.class, () -> NumberText.parsePositiveNumber("-1", "Learning rate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1025", "2.5", "four", "", "99999999999999999999999"})
    void wholeNumbersOutsideTheRangeAreRefused(String text) {
        assertThrows(InvalidEditException.class, () -> NumberText.parseWholeNumber(text, "Width", 1, 1024));
    }

    @Test
    void wholeNumbersInsideTheRangeAreAccepted() {
        assertEquals(1, NumberText.parseWholeNumber("1", "Width", 1, 1024));
        assertEquals(1024, NumberText.parseWholeNumber(" 1024", "Width", 1, 1024));
    }

    @Test
    void seedsAreAnyWholeNumberThatFitsIn64Bits() {
        assertEquals(-7L, NumberText.parseSeed("-7", "Seed"));
        assertEquals(Long.MAX_VALUE, NumberText.parseSeed("9223372036854775807", "Seed"));
        assertThrows(InvalidEditException.class, () -> NumberText.parseSeed("9223372036854775808", "Seed"));
        assertThrows(InvalidEditException.class, () -> NumberText.parseSeed("7.5", "Seed"));
    }

    @Test
    void rowsAreLinesOfNumbersSeparatedByCommasOrSpaces() {
        double[][] rows = NumberText.parseRows("0.05, 0.10\n\n1e-1 -2\n", "Inputs", 2);
        assertArrayEquals(new double[] {0.05, 0.10}, rows[0]);
        assertArrayEquals(new double[] {0.1, -2}, rows[1]);
        assertEquals(2, rows.length);
    }

    @Test
    void aRowWithTheWrongCountNamesItsLine() {
        InvalidEditException refused = assertThrows(InvalidEditException.class,
                () -> NumberText.parseRows("1, 2\n3", "Inputs", 2));
        assertEquals("Inputs, line 2: expected 2 numbers, found 1.", refused.getMessage());
    }

    @Test
    void emptyRowsAreRefused() {
        assertThrows(InvalidEditException.class, () -> NumberText.parseRows(" \n ", "Targets", 1));
    }
}
