package dev.deltascope.model;

/**
 * Backpropagation against finite differences for one parameter: W^layer[row][column], or
 * b^layer[row] when {@code bias} (then column is 0).
 */
public record ParameterCheck(
        int layer, boolean bias, int row, int column, double backprop, double numeric, double relativeError) {

    /** "W^2[0][1]" or "b^2[0]". */
    public String label() {
        return bias
                ? "b^" + layer + "[" + row + "]"
                : "W^" + layer + "[" + row + "][" + column + "]";
    }
}
