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

    /** A relative error at or above this marks a wrong gradient: the verdict and the words say the check disagrees. */
    public static final double DIFFERENT = 1e-3;
    /** A relative error below this agrees outright: the finite-difference check's own tolerance. */
    public static final double MATCH = FiniteDifferences.TOLERANCE;
    /** The three methods agree when their δ differ by at most this: the rounding of a few sums of products. */
    public static final double METHODS_AGREE = 1e-9;

    /** Why a check near a ReLU kink measures no derivative. */
    private static final String KINK = "The likely cause here is a ReLU kink: a unit's weighted input is within the "
            + "finite step of 0, where ReLU has no derivative, so the difference quotient measures the two slopes "
            + "either side, not a derivative.";

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

        /**
         * The finite-difference check's worst relative error, at the parameter {@code where}, with this verdict
         * in words, as the gradient check panel heads its table: "Finite differences agree: worst relative
         * error 2.4×10⁻¹⁰ at w⁽²⁾₁₂"; for a doubtful error, the usual causes.
         */
        public static String ofWorstError(double relativeError, String where, DoubleFunction<String> number) {
            String worst = "worst relative error " + number.apply(relativeError) + " at " + where;
            return switch (ofRelativeError(relativeError)) {
                case AGREES -> "Finite differences agree: " + worst;
                case DOUBTFUL -> "Finite differences doubtful: " + worst + ", at or above the " + number.apply(MATCH)
                        + " tolerance (step size, rounding or a kink)";
                case DISAGREES -> "Finite differences disagree: " + worst;
            };
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
        if (!methodsAgree()) {
            return Verdict.DISAGREES;
        }
        return checked() ? Verdict.ofRelativeError(finiteDifferenceRelativeError) : Verdict.AGREES;
    }

    /** Whether the three methods' δ are numbers that differ by at most {@link #METHODS_AGREE}. */
    private boolean methodsAgree() {
        return maxViewDifference <= METHODS_AGREE;
    }

    private boolean checked() {
        return !Double.isNaN(finiteDifferenceRelativeError);
    }

    /**
     * The agreement in the window's status line under the view switch, the same facts and the same
     * verdict as {@link #sentence} in fewer words: "Views agree to 3.1×10⁻¹⁷ · finite differences agree
     * to 2.4×10⁻¹⁰ relative".
     */
    public String line(DoubleFunction<String> number) {
        String views = Double.isNaN(maxViewDifference) ? "Views cannot be compared: their numbers are NaN"
                : maxViewDifference == 0 ? "Views agree exactly"
                : methodsAgree() ? "Views agree to " + number.apply(maxViewDifference)
                : "Views disagree by " + number.apply(maxViewDifference);
        if (!checked()) {
            return views + " · finite differences not checked for this layer";
        }
        String relative = number.apply(finiteDifferenceRelativeError) + " relative";
        String kink = nearKink ? ", a ReLU kink in reach" : "";
        return views + " · " + switch (Verdict.ofRelativeError(finiteDifferenceRelativeError)) {
            case AGREES -> "finite differences agree to " + relative;
            case DOUBTFUL -> "finite differences doubtful: " + relative + (nearKink ? kink
                    : ", at or above the " + number.apply(MATCH) + " tolerance (step size, rounding or a kink)");
            case DISAGREES -> "finite differences disagree by " + relative + kink;
        };
    }

    /**
     * The agreement as one sentence, the same in the window, the pictures and the LaTeX, and saying
     * what {@link #verdict} decides: "The three methods agree exactly; finite differences match
     * backpropagation with a relative error of 1.19×10⁻¹⁰." Numbers (thresholds included) are written
     * by {@code number} (plain text, or LaTeX in math mode); the words are plain ASCII text.
     */
    public String sentence(DoubleFunction<String> number) {
        return methodsSentence(number) + "; " + checkSentence(number);
    }

    private String methodsSentence(DoubleFunction<String> number) {
        if (Double.isNaN(maxViewDifference)) {
            return "The three methods cannot be compared, because some numbers are not finite";
        }
        if (maxViewDifference == 0) {
            return "The three methods agree exactly";
        }
        if (methodsAgree()) {
            return "The three methods agree to within " + number.apply(maxViewDifference)
                    + ", the rounding of a few sums of products";
        }
        return "The three methods disagree: they differ by up to " + number.apply(maxViewDifference)
                + ", more than the " + number.apply(METHODS_AGREE) + " that rounding explains";
    }

    private String checkSentence(DoubleFunction<String> number) {
        if (!checked()) {
            return "finite differences were not compared for this layer.";
        }
        String error = number.apply(finiteDifferenceRelativeError);
        return switch (Verdict.ofRelativeError(finiteDifferenceRelativeError)) {
            case AGREES -> "finite differences match backpropagation with a relative error of " + error
                    + ", below the check's tolerance of " + number.apply(MATCH) + ".";
            case DOUBTFUL -> "finite differences neither confirm nor refute backpropagation: their relative error of "
                    + error + " is at or above the check's tolerance of " + number.apply(MATCH) + " but below the "
                    + number.apply(DIFFERENT) + " that marks a wrong gradient. " + (nearKink ? KINK
                    : "Such an error usually comes from the finite step itself (h = " + number.apply(FiniteDifferences.STEP)
                            + "), from rounding when the cost is large, or from a kink such as ReLU's at 0.");
            case DISAGREES -> "finite differences disagree with backpropagation by a relative error of " + error
                    + ", at or above " + number.apply(DIFFERENT) + (nearKink ? ". " + KINK : ".");
        };
    }
}
