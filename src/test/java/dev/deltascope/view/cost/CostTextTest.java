package dev.deltascope.view.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CostTextTest {

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("1,048,576", CostText.count(1L << 20));
        assertEquals("12", CostText.count(12));
    }

    @Test
    void timesCarryAUnitAndThreeDigits() {
        assertEquals("850 ns", CostText.time(850));
        assertEquals("12.3 µs", CostText.time(12_345));
        assertEquals("4.57 ms", CostText.time(4_567_000));
        assertEquals("1.2 s", CostText.time(1.2e9));
        assertEquals("999 ns", CostText.time(999.4));
        assertEquals("1 µs", CostText.time(999.6), "rounding up to the next unit");
        assertEquals("1 ms", CostText.time(999_700));
        assertEquals("1 s", CostText.time(999_800_000));
    }

    @Test
    void ratiosKeepTwoDigitsOrTheWholeNumber() {
        assertEquals("2×", CostText.ratio(2));
        assertEquals("1.3×", CostText.ratio(1.25));
        assertEquals("342×", CostText.ratio(341.7));
        assertEquals("–", CostText.ratio(Double.NaN));
    }

    @Test
    void powersOfTenReadAsPlainValues() {
        assertEquals("1", CostText.powerOfTen(0));
        assertEquals("100", CostText.powerOfTen(2));
        assertEquals("1M", CostText.powerOfTen(6));
        assertEquals("10 µs", CostText.powerOfTenNanos(4));
        assertEquals("100 ns", CostText.powerOfTenNanos(2));
    }
}
