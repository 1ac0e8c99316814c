package dev.deltascope.view.step;

/**
 * What the pointer is over, shared by the grids and the network diagram so each can highlight what
 * the other points at. Three kinds:
 * <ul>
 *   <li>a unit: unit {@code row} of layer {@code layer} (l ≥ 0, the input layer included), {@code column} = −1;</li>
 *   <li>a weight: W^l[row][column], the edge from unit {@code column} of layer l−1 into unit {@code row} of layer l (l ≥ 1);</li>
 *   <li>a bias: b^l[row] (l ≥ 1), {@code bias} true and {@code column} = 0.</li>
 * </ul>
 */
public record HoverTarget(int layer, int row, int column, boolean bias) {

    public HoverTarget {
        if (row < 0) {
            throw new IllegalArgumentException("hover row must be ≥ 0, was " + row);
        }
        if (column == -1) {
            if (bias) {
                throw new IllegalArgumentException("a bias hover needs column 0, was −1");
            }
            if (layer < 0) {
                throw new IllegalArgumentException("a unit hover needs layer ≥ 0, was " + layer);
            }
        } else {
            if (layer < 1) {
                throw new IllegalArgumentException("a weight or bias hover needs layer ≥ 1, was " + layer);
            }
            if (column < 0 || bias && column != 0) {
                throw new IllegalArgumentException("hover column must be " + (bias ? "0 for a bias" : "≥ 0")
                        + ", was " + column);
            }
        }
    }

    /** Unit j of layer l (l ≥ 0). */
    public static HoverTarget unit(int layer, int unit) {
        return new HoverTarget(layer, unit, -1, false);
    }

    /** W^l[row][column]: the edge from unit {@code column} of layer l−1 into unit {@code row} of layer l. */
    public static HoverTarget weight(int layer, int row, int column) {
        return new HoverTarget(layer, row, column, false);
    }

    /** b^l[row]. */
    public static HoverTarget bias(int layer, int row) {
        return new HoverTarget(layer, row, 0, true);
    }

    public boolean isUnit() {
        return column == -1;
    }

    public boolean isWeight() {
        return column >= 0 && !bias;
    }
}
