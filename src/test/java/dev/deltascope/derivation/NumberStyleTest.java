package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @Test
    void changingTheDigitsKeepsTheDisplayLimits() {
        assertEquals(new NumberStyle(12, 5, 6), new NumberStyle(4, 5, 6).withSignificantDigits(12));
    }

    @Test
    void digitsOutsideOneToTwelveAreRefusedByName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NumberStyle.DEFAULT.withSignificantDigits(13));
        assertEquals("significantDigits: must be 1..12, was 13", error.getMessage());
    }

    @Test
    void displayLimitsOutsideOneToThirtyTwoAreRefusedByName() {
        assertEquals("maxRows: must be 1..32, was 0",
                assertThrows(IllegalArgumentException.class, () -> new NumberStyle(4, 0, 8)).getMessage());
        assertEquals("maxColumns: must be 1..32, was 33",
                assertThrows(IllegalArgumentException.class, () -> new NumberStyle(4, 8, 33)).getMessage());
    }
}
