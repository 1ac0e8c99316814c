package dev.deltascope.model;

/**
 * Backpropagation against finite differences for one parameter: W^layer[row][column], or
 * b^layer[row] when {@code bias} (then column is 0).
 *
 * @param verdict whether the comparison could judge backpropagation here, and if not, why
 */
public record ParameterCheck(int layer, boolean bias, int row, int column, double backprop, double numeric,
        double relativeError, Verdict verdict) {

    /** What the finite-difference estimate could tell. */
    public enum Verdict {
        /** The estimate is good enough to judge: the relative error says how far backpropagation is off. */
        COMPARED("compared"),
        /** The stencil can cross a ReLU kink, where the cost has no derivative to estimate. */
        KINK("a ReLU kink lies within the finite-difference step"),
        /** A moved cost overflowed to ∞ or NaN while backpropagation is finite. */
        OVERFLOW("the cost with the parameter moved overflowed"),
        /** The cost is so large that its rounding swamps the change a step of h makes. */
        PRECISION_LOST("the cost is too large for a step of h to change it measurably");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        /** Why the estimate could not judge, in words for a message. */
        public String reason() {
            return reason;
        }
    }

    /** A comparison that judged backpropagation. */
    public ParameterCheck(int layer, boolean bias, int row, int column, double backprop, double numeric,
            double relativeError) {
        this(layer, bias, row, column, backprop, numeric, relativeError, Verdict.COMPARED);
    }

    /** True when the relative error judges backpropagation (see {@link Verdict#COMPARED}). */
    public boolean judged() {
        return verdict == Verdict.COMPARED;
    }

    /** "W^2[0][1]" or "b^2[0]". */
    public String label() {
        return bias
                ? "b^" + layer + "[" + row + "]"
                : "W^" + layer + "[" + row + "][" + column + "]";
    }
}
