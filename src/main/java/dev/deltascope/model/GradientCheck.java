package dev.deltascope.model;

import java.util.List;

/**
 * Finite differences against backpropagation for the parameters checked.
 *
 * @param parameters one entry per parameter checked, weights of each layer then its biases
 * @param totalParameters how many weights and biases the network has (more than were checked
 *     when the network is large, see {@link FiniteDifferences#MAX_CHECKED})
 */
public record GradientCheck(List<ParameterCheck> parameters, int totalParameters) {

    public GradientCheck {
        parameters = List.copyOf(parameters);
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

    /** The largest relative error; NaN if any comparison is NaN; 0 if nothing was checked. */
    public double maxRelativeError() {
        double max = 0;
        for (ParameterCheck p : parameters) {
            if (Double.isNaN(p.relativeError())) {
                return Double.NaN;
            }
            max = Math.max(max, p.relativeError());
        }
        return max;
    }

    /** The entry with the largest relative error (NaN counts as largest). */
    public ParameterCheck worst() {
        ParameterCheck worst = parameters.get(0);
        for (ParameterCheck p : parameters) {
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
        return parameters.size() == totalParameters;
    }
}
