package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The fit search on a step that records how it is arranged: the arrangements are tried in the order
 * the pane promises (each elision limit with its grids, then without), the first that fits is kept,
 * and the scale never takes the shown zoom below {@link StepFit#MIN_ZOOM}.
 */
class FitSearchTest {

    /** A step that fits when {@code fits} holds for its arrangement, recording the arrangements tried. */
    private static final class RecordedStep implements FitSearch.FittedStep {

        private final Predicate<RecordedStep> fits;
        private final List<String> tried = new ArrayList<>();
        private int limit;
        private boolean gridsLeftOut;
        private double scale = 1;
        private double smallestScale = 1;

        RecordedStep(Predicate<RecordedStep> fits) {
            this.fits = fits;
        }

        @Override
        public void printWith(int printed) {
            limit = printed;
        }

        @Override
        public void setGridsLeftOut(boolean leftOut) {
            gridsLeftOut = leftOut;
            tried.add(limit + (leftOut ? " without grids" : " with grids"));
        }

        @Override
        public void scaleTo(double shown) {
            scale = shown;
            smallestScale = Math.min(smallestScale, shown);
        }

        @Override
        public boolean fits() {
            return fits.test(this);
        }
    }

    @Test
    void eachLimitIsTriedWithItsGridsThenWithoutUntilOneFits() {
        RecordedStep step = new RecordedStep(arranged -> arranged.limit <= 5 && arranged.gridsLeftOut);

        assertTrue(FitSearch.fit(step, 1, true));

        assertEquals(List.of("8 with grids", "8 without grids", "6 with grids", "6 without grids", "5 with grids",
                "5 without grids"), step.tried);
        assertEquals(5, step.limit);
        assertTrue(step.gridsLeftOut);
        assertEquals(1, step.scale);
    }

    @Test
    void withoutTighterElisionOnlyTheDerivationsOwnLimitIsTried() {
        RecordedStep step = new RecordedStep(arranged -> arranged.limit <= 5);

        assertFalse(FitSearch.fit(step, 1, false));

        assertEquals(List.of("8 with grids", "8 without grids"), step.tried);
    }

    @Test
    void aStepThatNeverFitsIsLeftAtTheFewestRowsWithoutGridsAtTheSmallestScale() {
        RecordedStep step = new RecordedStep(arranged -> false);

        assertFalse(FitSearch.fit(step, 1, true));

        assertEquals(2 * FitSearch.ELISION_LIMITS.length, step.tried.size());
        assertEquals(3, step.limit);
        assertTrue(step.gridsLeftOut);
        assertEquals(StepFit.MIN_ZOOM, step.scale, 1e-12);
    }

    /** At zoom 2 the floor is 0.35 (0.7 / 2): a step needing 0.3 does not fit, and nothing smaller is tried. */
    @Test
    void theScaleNeverTakesTheShownZoomBelowTheSmallestReadable() {
        RecordedStep step = new RecordedStep(arranged -> arranged.scale <= 0.3);

        assertFalse(FitSearch.fit(step, 2, true));

        assertEquals(0.35, step.smallestScale, 1e-12);
    }

    /** A step that fits at a scale of 0.5 of zoom 2 (0.9 of zoom 1 would not do) is shrunk to it, within 2 %. */
    @Test
    void aStepThatFitsWhenShrunkIsDrawnAtTheLargestScaleThatFits() {
        RecordedStep step = new RecordedStep(arranged -> arranged.scale <= 0.5);

        assertTrue(FitSearch.fit(step, 2, false));

        assertEquals(List.of("8 with grids"), step.tried);
        assertEquals(0.5, step.scale, 0.02);
        assertTrue(step.scale <= 0.5);
    }
}
