package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoverTargetTest {

    @Test
    void unitsWeightsAndBiasesAreToldApart() {
        HoverTarget unit = HoverTarget.unit(0, 2);
        HoverTarget weight = HoverTarget.weight(2, 1, 0);
        HoverTarget bias = HoverTarget.bias(2, 1);

        assertTrue(unit.isUnit());
        assertFalse(unit.isWeight());
        assertTrue(weight.isWeight());
        assertFalse(weight.isUnit());
        assertFalse(bias.isUnit());
        assertFalse(bias.isWeight());
        assertEquals(new HoverTarget(2, 1, 0, true), bias);
    }

    @Test
    void impossibleTargetsAreRefusedWithTheBadField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HoverTarget.unit(-1, 0))
                .getMessage().contains("layer ≥ 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HoverTarget.weight(0, 0, 0))
                .getMessage().contains("layer ≥ 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HoverTarget.unit(1, -2))
                .getMessage().contains("row"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HoverTarget(1, 0, 3, true))
                .getMessage().contains("column"));
    }
}
