package dev.deltascope.derivation;

/**
 * How a convention lays out vectors, weights and mini-batches. In the column layout an example is a
 * column and W^{(l)} is n_l × n_{l−1}; in both row layouts an example is a row, so Z^{(l)}, A^{(l)}
 * and Δ^{(l)} are m × n_l, and they differ in how W^{(l)} is stored.
 */
public enum VectorLayout {
    /** z = W a + b, W^{(l)} is n_l × n_{l−1}, examples are columns (Nielsen, Ng). */
    COLUMNS("columns", "z = W a + b, W is out × in, examples as columns"),
    /** Z = A Wᵀ + 1 bᵀ, W^{(l)} stored n_l × n_{l−1} (out × in), examples are rows (PyTorch nn.Linear). */
    ROWS_OUT_BY_IN("rows, W out × in", "Z = A Wᵀ + 1bᵀ, W stored out × in, examples as rows"),
    /** Z = A W + 1 b, W^{(l)} stored n_{l−1} × n_l (in × out), examples are rows (CS231n, Keras, d2l). */
    ROWS_IN_BY_OUT("rows, W in × out", "Z = A W + 1b, W stored in × out, examples as rows");

    private final String label;
    private final String description;

    VectorLayout(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short name for menus. */
    public String label() {
        return label;
    }

    /** The forward rule and the storage in one line. */
    public String description() {
        return description;
    }

    /** Whether an example is a row. */
    public boolean rows() {
        return this != COLUMNS;
    }

    /** Whether W^{(l)} is stored n_{l−1} × n_l, the transpose of the column layout's W^{(l)}. */
    public boolean weightsTransposed() {
        return this == ROWS_IN_BY_OUT;
    }
}
