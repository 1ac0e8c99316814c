package dev.deltascope.view.step;

/**
 * What each cell of a matrix grid stands for in the network, so hovering a cell can highlight the
 * matching unit or edge in the diagram. Rows and columns are the matrix's own indices.
 */
@FunctionalInterface
public interface CellTargets {

    /** The unit, weight or bias that entry (row, column) belongs to; null when it stands for none. */
    HoverTarget at(int row, int column);

    /** Cells that stand for nothing in the network (a cost, a Jacobian of the loss, …). */
    static CellTargets none() {
        return (row, column) -> null;
    }

    /** z^l, a^l, δ^l, σ′(z^l), … (n_l × m): row j is unit j of layer l, whatever the example. */
    static CellTargets units(int layer) {
        return (row, column) -> HoverTarget.unit(layer, row);
    }

    /** (δ^l)ᵀ, ∂C/∂z^l as a row, … (m × n_l): column j is unit j of layer l. */
    static CellTargets unitsAcross(int layer) {
        return (row, column) -> HoverTarget.unit(layer, column);
    }

    /** W^l or ∂C/∂W^l (n_l × n_{l−1}): entry (j, i) is the edge from unit i of layer l−1 to unit j of layer l. */
    static CellTargets weights(int layer) {
        return (row, column) -> HoverTarget.weight(layer, row, column);
    }

    /** (W^l)ᵀ (n_{l−1} × n_l): entry (i, j) is the edge from unit i of layer l−1 to unit j of layer l. */
    static CellTargets transposedWeights(int layer) {
        return (row, column) -> HoverTarget.weight(layer, column, row);
    }

    /** b^l or ∂C/∂b^l (n_l × 1): entry j is the bias of unit j of layer l. */
    static CellTargets biases(int layer) {
        return (row, column) -> HoverTarget.bias(layer, row);
    }

    /** diag(σ′(z^l)) or another n_l × n_l Jacobian: the diagonal entry (j, j) is unit j, the rest stand for nothing. */
    static CellTargets diagonalUnits(int layer) {
        return (row, column) -> row == column ? HoverTarget.unit(layer, row) : null;
    }
}
