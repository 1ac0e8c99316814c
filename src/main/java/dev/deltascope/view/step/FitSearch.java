package dev.deltascope.view.step;

import dev.deltascope.derivation.Elision;

/**
 * The search for a way to fit a step in its pane. The step is printed with its matrices elided
 * past each of {@link #ELISION_LIMITS} in turn (only the first unless tighter elision is allowed),
 * each first with its grids and then with the grids left out, and drawn at the largest scale that
 * fits ({@link StepFit}), never so small that the shown zoom falls below {@link StepFit#MIN_ZOOM}.
 * The first arrangement that fits is kept; when none does, the last tried (the fewest rows and
 * columns allowed, the grids left out, the smallest scale).
 */
final class FitSearch {

    /** The rows and columns a matrix is elided past, from the derivation's own limit down to the fewest. */
    static final int[] ELISION_LIMITS = {GridLayout.MAX_SHOWN, 6, 5, 4, Elision.MIN_SLOTS};

    /** The step being fitted, arranged by the search as it tries each way. */
    interface FittedStep {

        /** Prints the step with its matrices elided past {@code limit} rows and columns. */
        void printWith(int limit);

        /** Leaves the grids out (their numbers are in the formula with numbers), or puts them back. */
        void setGridsLeftOut(boolean leftOut);

        /** Draws the formulas and grids {@code scale} times the size the zoom gives them. */
        void scaleTo(double scale);

        /** True when the step, as arranged and scaled now, fits its pane. */
        boolean fits();
    }

    private FitSearch() {
    }

    /**
     * Arranges {@code step}, shown at {@code zoom}, in the first way that fits and returns true; or
     * in the last way tried and returns false. {@code tighterElision}: whether fewer rows and columns
     * than the derivation's own limit may be tried.
     */
    static boolean fit(FittedStep step, double zoom, boolean tighterElision) {
        double floor = Math.min(1, StepFit.MIN_ZOOM / Math.max(zoom, 1e-9));
        int tries = tighterElision ? ELISION_LIMITS.length : 1;
        for (int i = 0; i < tries; i++) {
            step.printWith(ELISION_LIMITS[i]);
            for (boolean leftOut : new boolean[] {false, true}) {
                step.setGridsLeftOut(leftOut);
                if (StepFit.fit(step::scaleTo, floor, step::fits)) {
                    return true;
                }
            }
        }
        return false;
    }
}
