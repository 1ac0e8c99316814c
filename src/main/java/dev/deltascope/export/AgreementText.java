package dev.deltascope.export;

import dev.deltascope.derivation.Agreement;
import java.util.function.DoubleFunction;

/**
 * How well a backward step's methods agree, as one sentence: "agree exactly" when the largest
 * difference is zero, "agree to within 3.1e−17" otherwise, then the finite-difference check.
 */
final class AgreementText {

    private AgreementText() {
    }

    /** The sentence, with numbers written by number (plain text, or LaTeX in math mode). */
    static String sentence(Agreement agreement, DoubleFunction<String> number) {
        double difference = agreement.maxViewDifference();
        String views;
        if (difference == 0) {
            views = "The three methods agree exactly; ";
        } else if (Double.isNaN(difference)) {
            views = "The three methods cannot be compared, because some numbers are not finite; ";
        } else {
            views = "The three methods agree to within " + number.apply(difference) + "; ";
        }
        double relative = agreement.finiteDifferenceRelativeError();
        return views + (Double.isNaN(relative)
                ? "finite differences were not compared for this layer."
                : "finite differences match with a relative error of " + number.apply(relative) + ".");
    }
}
