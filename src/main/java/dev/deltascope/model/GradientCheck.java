package dev.deltascope.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finite differences against backpropagation for the parameters checked.
 *
 * @param parameters one entry per parameter checked, weights of each layer then its biases
 * @param totalParameters how many weights and biases the network has (more than were checked
 *     when the network is large, see {@link CheckSample})
 * @param examples how many examples the moved costs averaged over
 * @param totalExamples how many examples the network has
 */
public record GradientCheck(List<ParameterCheck> parameters, int totalParameters, int examples, int totalExamples) {

    public GradientCheck {
        parameters = List.copyOf(parameters);
    }

    /** A check over every example of a one-example network. */
    public GradientCheck(List<ParameterCheck> parameters, int totalParameters) {
        this(parameters, totalParameters, 1, 1);
    }

    /**
     * The check of a network with {@code totalParameters} parameters before it has run: nothing
     * checked yet. (A finished check of a network always holds at least one parameter.)
     */
    public static GradientCheck pending(int totalParameters) {
        return new GradientCheck(List.of(), totalParameters);
    }

    /** True for a check that has not run yet: no parameter checked out of at least one. */
    public boolean isPending() {
        return parameters.isEmpty() && totalParameters > 0;
    }

    /**
     * The largest relative error of the comparisons that judged backpropagation (see
     * {@link ParameterCheck#judged}); NaN if any of those is NaN; 0 if none.
     */
    public double maxRelativeError() {
        double max = 0;
        for (ParameterCheck p : judged()) {
            if (Double.isNaN(p.relativeError())) {
                return Double.NaN;
            }
            max = Math.max(max, p.relativeError());
        }
        return max;
    }

    /** The checks whose estimate could judge backpropagation. */
    public List<ParameterCheck> judged() {
        return parameters.stream().filter(ParameterCheck::judged).toList();
    }

    /** How many checks could not judge, for each reason (kink, overflow, precision lost), in {@link ParameterCheck.Verdict} order. */
    public Map<ParameterCheck.Verdict, Integer> notJudged() {
        Map<ParameterCheck.Verdict, Integer> counts = new EnumMap<>(ParameterCheck.Verdict.class);
        for (ParameterCheck p : parameters) {
            if (!p.judged()) {
                counts.merge(p.verdict(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The judged entry with the largest relative error (NaN counts as largest); the first entry when none judged. */
    public ParameterCheck worst() {
        List<ParameterCheck> judged = judged();
        if (judged.isEmpty()) {
            return parameters.get(0);
        }
        ParameterCheck worst = judged.get(0);
        for (ParameterCheck p : judged) {
            if (Double.isNaN(p.relativeError())) {
                return p;
            }
            if (p.relativeError() > worst.relativeError()) {
                worst = p;
            }
        }
        return worst;
    }

    public boolean isComplete() {
        return parameters.size() == totalParameters && examples == totalExamples;
    }
}
