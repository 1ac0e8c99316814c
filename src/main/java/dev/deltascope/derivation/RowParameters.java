package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;

/**
 * How a row convention writes the parameters into its formulas. With W^{(l)} stored out × in
 * (n_l × n_{l−1}, PyTorch) the forward pass uses (W^{(l)})ᵀ and the backward pass W^{(l)}; with W^{(l)}
 * stored in × out (n_{l−1} × n_l, CS231n) it is the other way round. The bias is a column n_l × 1
 * added as (b^{(l)})ᵀ in the first, a row 1 × n_l added as b^{(l)} in the second.
 */
final class RowParameters {

    private final StepContext context;
    private final boolean inByOut;

    RowParameters(StepContext context) {
        this.context = context;
        this.inByOut = context.convention().vectors().weightsTransposed();
    }

    /** What multiplies A^{(l−1)} (m × n_{l−1}) on the right to give m × n_l: (W^{(l)})ᵀ or W^{(l)}; n_{l−1} × n_l. */
    Symbol forwardWeights(int l) {
        Symbol w = context.symbols().weights(l);
        return inByOut ? w : w.transposed();
    }

    /** What multiplies Δ^{(l+1)} (m × n_{l+1}) on the right to give m × n_l: W^{(l+1)} or (W^{(l+1)})ᵀ; n_{l+1} × n_l. */
    Symbol backwardWeights(int l) {
        Symbol w = context.symbols().weights(l + 1);
        return inByOut ? w.transposed() : w;
    }

    /** The bias as the 1 × n_l row the formula adds: (b^{(l)})ᵀ or b^{(l)}. */
    Symbol biasRow(int l) {
        Symbol b = context.symbols().biases(l);
        return inByOut ? b : b.transposed();
    }

    /** The bias as stored: the column b (n_l × 1) for out × in weights, the row (1 × n_l) for in × out. */
    Matrix storedBiases(Matrix columnBiases) {
        return context.convention().stored(columnBiases);
    }

    /** Whether W is stored in × out. */
    boolean inByOut() {
        return inByOut;
    }
}
