package dev.deltascope.derivation;

import dev.deltascope.model.FiniteDifferences;
import java.util.Locale;
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
    /** A relative error below this agrees outright: the finite-difference check's own tolerance. */
    public static final double MATCH = FiniteDifferences.TOLERANCE;
    /** The three methods agree when their δ differ by at most this: the rounding of a few sums of products. */
    public static final double METHODS_AGREE = 1e-9;

    /** Where a step's numbers stand, the verdict the window colours its agreement line and check table by. */
    public enum Verdict {
        AGREES, DOUBTFUL, DISAGREES;

        /**
         * The verdict on one relative error of finite differences against backpropagation: below
         * {@link #MATCH} it agrees, below {@link #DIFFERENT} it is doubtful, else (NaN included) it disagrees.
         */
        public static Verdict ofRelativeError(double relativeError) {
            if (relativeError < MATCH) {
                return AGREES;
            }
            return relativeError < DIFFERENT ? DOUBTFUL : DISAGREES;
        }

        /** "agrees", "doubtful" or "disagrees": the style class the window shows it by. */
        public String styleClass() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An agreement with no ReLU kink in reach. */
    public Agreement(double maxViewDifference, double finiteDifferenceRelativeError) {
        this(maxViewDifference, finiteDifferenceRelativeError, false);
    }

    /**
     * The step's verdict: it disagrees when the three methods cannot be compared or differ by more than
     * {@link #METHODS_AGREE}; otherwise it is the finite differences' verdict, and agrees when none of the
     * layer's parameters was checked.
     */
    public Verdict verdict() {
        if (Double.isNaN(maxViewDifference) || maxViewDifference > METHODS_AGREE) {
            return Verdict.DISAGREES;
        }
        return Double.isNaN(finiteDifferenceRelativeError) ? Verdict.AGREES
                : Verdict.ofRelativeError(finiteDifferenceRelativeError);
    }

    /**
     * The agreement in the window's status line under the view switch, the same facts as {@link #sentence}
     * in fewer words: "Views agree to 3.1×10⁻¹⁷ · finite differences 2.4×10⁻¹⁰ relative".
     */
    public String line(DoubleFunction<String> number) {
        String views = Double.isNaN(maxViewDifference) ? "Views cannot be compared: their numbers are NaN"
                : maxViewDifference == 0 ? "Views agree exactly"
                : "Views agree to " + number.apply(maxViewDifference);
        String check = Double.isNaN(finiteDifferenceRelativeError) ? "finite differences not checked for this layer"
                : "finite differences " + number.apply(finiteDifferenceRelativeError) + " relative";
        return views + " · " + check;
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
