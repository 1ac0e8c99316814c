package dev.deltascope.view.step;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Finds how much to shrink a step so that the whole of it fits its pane: the largest scale in
 * [floor, 1] at which {@code fits} holds, to within 2 %, by bisection. Each try applies the scale,
 * so the formulas are laid out again at that size (from the layout cache after the first time);
 * {@code fits} may arrange the step as it tests it, and is asked last at the scale chosen.
 */
final class StepFit {

    /**
     * The smallest zoom a fitted step is drawn at: formulas at 0.7 of their normal size (symbols
     * 19.6 pt, numbers 15.4 pt) and grid numbers at 11.9 px, still readable from the back of a room
     * on a projector and the size the README's screenshots show.
     */
    static final double MIN_ZOOM = 0.7;
    private static final double PRECISION = 0.02;

    private StepFit() {
    }

    /**
     * Applies to {@code scale} the largest value in [{@code floor}, 1] at which {@code fits} says the
     * step fits, or {@code floor} when it does not fit even there; returns whether it fits.
     */
    static boolean fit(DoubleConsumer scale, double floor, BooleanSupplier fits) {
        scale.accept(1);
        if (fits.getAsBoolean()) {
            return true;
        }
        if (floor >= 1) {
            return false;
        }
        scale.accept(floor);
        if (!fits.getAsBoolean()) {
            return false;
        }
        double low = floor;
        double high = 1;
        while (high - low > PRECISION) {
            double middle = (low + high) / 2;
            scale.accept(middle);
            if (fits.getAsBoolean()) {
                low = middle;
            } else {
                high = middle;
            }
        }
        scale.accept(low);
        return fits.getAsBoolean();
    }
}
