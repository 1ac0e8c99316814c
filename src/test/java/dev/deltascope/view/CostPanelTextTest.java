package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CostPanelTextTest {

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("1,048,576", CostPanelText.count(1L << 20));
        assertEquals("12", CostPanelText.count(12));
    }

    @Test
    void timesCarryAUnitAndThreeDigits() {
        assertEquals("850 ns", CostPanelText.time(850));
        assertEquals("12.3 µs", CostPanelText.time(12_345));
        assertEquals("4.57 ms", CostPanelText.time(4_567_000));
        assertEquals("1.2 s", CostPanelText.time(1.2e9));
        assertEquals("999 ns", CostPanelText.time(999.4));
        assertEquals("1 µs", CostPanelText.time(999.6), "rounding up to the next unit");
        assertEquals("1 ms", CostPanelText.time(999_700));
        assertEquals("1 s", CostPanelText.time(999_800_000));
    }

    @Test
    void ratiosKeepTwoDigitsOrTheWholeNumber() {
        assertEquals("2×", CostPanelText.ratio(2));
        assertEquals("1.3×", CostPanelText.ratio(1.25));
        assertEquals("342×", CostPanelText.ratio(341.7));
        assertEquals("–", CostPanelText.ratio(Double.NaN));
    }

    @Test
    void powersOfTenReadAsPlainValues() {
        assertEquals("1", CostPanelText.powerOfTen(0));
        assertEquals("100", CostPanelText.powerOfTen(2));
        assertEquals("1M", CostPanelText.powerOfTen(6));
        assertEquals("10 µs", CostPanelText.powerOfTenNanos(4));
        assertEquals("100 ns", CostPanelText.powerOfTenNanos(2));
    }
}
