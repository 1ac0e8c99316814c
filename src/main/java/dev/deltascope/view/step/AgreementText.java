package dev.deltascope.view.step;

import dev.deltascope.derivation.Agreement;
import dev.deltascope.numbers.NumberFormatter;
import java.util.List;

/** The line under a backward step's view switch: how far the views and finite differences agree, and a verdict. */
final class AgreementText {

    /** The verdicts, also the style classes of the line. */
    static final List<String> STATES = List.of("agrees", "doubtful", "disagrees");

    private static final double VIEWS_AGREE = 1e-9;
    private static final double CHECK_AGREES = 1e-6;
    private static final double CHECK_DOUBTFUL = 1e-3;

    private AgreementText() {
    }

    /** "Views agree to 3.1e−17 · finite differences 2.4e−10 relative"; empty when there is nothing to say. */
    static String of(Agreement agreement) {
        if (agreement == null) {
            return "";
        }
        double views = agreement.maxViewDifference();
        String viewsText = Double.isNaN(views) ? "Views cannot be compared: their numbers are NaN"
                : views == 0 ? "Views agree exactly"
                : "Views agree to " + new NumberFormatter(2).text(views);
        double check = agreement.finiteDifferenceRelativeError();
        String checkText = Double.isNaN(check) ? "finite differences not checked for this layer"
                : "finite differences " + new NumberFormatter(2).text(check) + " relative";
        return viewsText + " · " + checkText;
    }

    /** One of {@link #STATES}: agrees, doubtful or disagrees. */
    static String state(Agreement agreement) {
        if (agreement == null) {
            return "agrees";
        }
        double views = agreement.maxViewDifference();
        double check = agreement.finiteDifferenceRelativeError();
        if (Double.isNaN(views) || views > VIEWS_AGREE || check >= CHECK_DOUBTFUL) {
            return "disagrees";
        }
        return check >= CHECK_AGREES ? "doubtful" : "agrees";
    }
}
