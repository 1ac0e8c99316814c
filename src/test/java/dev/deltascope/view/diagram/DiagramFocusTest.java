package dev.deltascope.view.diagram;

import static dev.deltascope.view.diagram.DiagramFocus.Quantity.ACTIVATION;
import static dev.deltascope.view.diagram.DiagramFocus.Quantity.ERROR;
import static dev.deltascope.view.diagram.DiagramFocus.Quantity.NOTHING;
import static dev.deltascope.view.diagram.DiagramFocus.Quantity.WEIGHTED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.view.step.StepViewFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramFocusTest {

    private final Derivation derivation = StepViewFixtures.derivation(StepViewFixtures.classicTrace());

    private DiagramFocus focus(StepKind kind, int l) {
        return DiagramFocus.of(StepViewFixtures.step(derivation, kind, l), 2);
    }

    @Test
    void forwardStepsShowWhatHasBeenComputedSoFar() {
        assertEquals(List.of(ACTIVATION, WEIGHTED_INPUT, NOTHING), focus(StepKind.FORWARD_LINEAR, 1).shown());
        assertEquals(List.of(ACTIVATION, ACTIVATION, NOTHING), focus(StepKind.FORWARD_ACTIVATION, 1).shown());
        assertEquals(List.of(ACTIVATION, ACTIVATION, ACTIVATION), focus(StepKind.COST, 2).shown());
    }

    @Test
    void backwardStepsShowDeltaFromTheirLayerUp() {
        assertEquals(List.of(ACTIVATION, ACTIVATION, ERROR), focus(StepKind.OUTPUT_ERROR, 2).shown());
        assertEquals(List.of(ACTIVATION, ERROR, ERROR), focus(StepKind.BACKWARD, 1).shown());
        assertEquals(List.of(ACTIVATION, ERROR, ACTIVATION), focus(StepKind.WEIGHT_GRADIENT, 1).shown());
    }

    @Test
    void theStepsLayersAndTheWeightsBetweenThemAreHighlighted() {
        DiagramFocus backward = focus(StepKind.BACKWARD, 1);
        assertEquals(Set.of(1, 2), backward.highlighted());
        assertTrue(backward.isHighlightedWeights(2));
        assertFalse(backward.isHighlightedWeights(1));
        assertFalse(focus(StepKind.OUTPUT_ERROR, 2).isHighlightedWeights(2));
    }

    @Test
    void withoutAStepEveryLayerShowsItsActivationAndNothingIsHighlighted() {
        DiagramFocus none = DiagramFocus.of(null, 2);
        assertEquals(List.of(ACTIVATION, ACTIVATION, ACTIVATION), none.shown());
        assertFalse(none.highlightsAnything());
    }
}
