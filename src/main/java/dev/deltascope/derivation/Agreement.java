package dev.deltascope.derivation;

import java.util.function.DoubleFunction;

/**
 * How well a backward step's numbers are confirmed.
 *
 * @param maxViewDifference largest |difference| in δ^{(l)} between the VJP, Jacobian and component-wise methods
 * @param finiteDifferenceRelativeError worst relative error of finite differences against
 *     backpropagation among layer l's weights and biases; NaN when none of them was checked
 * @param nearKink whether a ReLU unit at or above layer l has a weighted input within the
 *     finite-difference reach of its kink at 0, where the derivative does not exist
 */
public record Agreement(double maxViewDifference, double finiteDifferenceRelativeError, boolean nearKink) {

    /** A relative error at or above this is reported as a difference, not a match. */
    public static final double DIFFERENT = 1e-3;

    /** An agreement with no ReLU kink in reach. */
    public Agreement(double maxViewDifference, double finiteDifferenceRelativeError) {
        this(maxViewDifference, finiteDifferenceRelativeError, false);
    }

    /**
     * The agreement as one sentence, the same in the window, the pictures and the LaTeX: "The three
     * methods agree exactly; finite differences match with a relative error of 1.19×10⁻¹⁰." Numbers
     * are written by {@code number} (plain text, or LaTeX in math mode).
     */
    public String sentence(DoubleFunction<String> number) {
        String views;
        if (maxViewDifference == 0) {
            views = "The three methods agree exactly; ";
        } else if (Double.isNaN(maxViewDifference)) {
            views = "The three methods cannot be compared, because some numbers are not finite; ";
        } else {
            views = "The three methods agree to within " + number.apply(maxViewDifference) + "; ";
        }
        double relative = finiteDifferenceRelativeError;
        if (Double.isNaN(relative)) {
            return views + "finite differences were not compared for this layer.";
        }
        if (relative < DIFFERENT) {
            return views + "finite differences match with a relative error of " + number.apply(relative) + ".";
        }
        String differ = "finite differences differ by a relative error of " + number.apply(relative);
        return views + (nearKink
                ? differ + " because they step across a ReLU kink: a unit's weighted input is within the finite "
                        + "step of 0, where ReLU has no derivative, so the difference quotient measures the two "
                        + "slopes either side, not a derivative."
                : differ + ".");
    }
}
