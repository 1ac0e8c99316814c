package dev.deltascope.derivation;

import java.util.Optional;

/**
 * The quantities a step's matrices stand for, recognised by the plain names the step builders give
 * them through {@link Symbols}, so a name and its explanation cannot drift apart.
 */
enum SymbolGuideQuantity {
    WEIGHTS, TRANSPOSED_WEIGHTS, UPDATED_WEIGHTS, BIASES, UPDATED_BIASES, WEIGHTED_INPUT, ACTIVATION,
    TRANSPOSED_ACTIVATION, DELTA, EXAMPLE_DELTA, TRANSPOSED_EXAMPLE_DELTA, ROW_GRADIENT, SLOPE, EXAMPLE_SLOPE, DIAGONAL_SLOPE,
    SOFTMAX_JACOBIAN, WRONG_SHORTCUT, UNTRANSPOSED_PRODUCT, ROW_UNTRANSPOSED_PRODUCT, UPSTREAM, ROW_UPSTREAM,
    TRANSPOSED_DELTA, WEIGHT_GRADIENT, BIAS_GRADIENT, OUTPUT_GRADIENT, TRANSPOSED_OUTPUT_GRADIENT, TARGET, EXAMPLE_COSTS;

    /** A quantity of layer {@code layer}; L for the quantities that belong to no layer (∇ₐC, y, Cᵢ). */
    record Match(SymbolGuideQuantity quantity, int layer) {
    }

    /**
     * The quantity named {@code name} in a network of {@code depth} layers shown in {@code convention}
     * (whose index style the name is written in); empty when none has that name.
     */
    static Optional<Match> recognise(String name, Symbols symbols, int depth, Convention convention) {
        for (int l = 0; l <= depth; l++) {
            for (SymbolGuideQuantity quantity : values()) {
                String candidate = quantity.name(symbols, l, depth, convention.vectors());
                if (candidate != null && convention.index().plain(candidate).equals(name)) {
                    return Optional.of(new Match(quantity, quantity.layered() ? l : depth));
                }
            }
        }
        return Optional.empty();
    }

    private boolean layered() {
        return this != OUTPUT_GRADIENT && this != TRANSPOSED_OUTPUT_GRADIENT && this != TARGET && this != EXAMPLE_COSTS;
    }

    /** The plain name this quantity of layer l has with {@code vectors}, or null where it has none. */
    private String name(Symbols s, int l, int depth, VectorLayout vectors) {
        Symbol carrier = vectors.weightsTransposed() ? s.weights(l + 1).transposed() : s.weights(l + 1);
        return switch (this) {
            case WEIGHTS -> l >= 1 ? s.weights(l).plain() : null;
            case TRANSPOSED_WEIGHTS -> l >= 1 ? s.weights(l).transposed().plain() : null;
            case UPDATED_WEIGHTS -> l >= 1 ? s.weights(l).plain() + " (updated)" : null;
            case BIASES -> l >= 1 ? s.biases(l).plain() : null;
            case UPDATED_BIASES -> l >= 1 ? s.biases(l).plain() + " (updated)" : null;
            case WEIGHTED_INPUT -> l >= 1 ? s.z(l).plain() : null;
            case ACTIVATION -> s.a(l).plain();
            case TRANSPOSED_ACTIVATION -> s.a(l).transposed().plain();
            case DELTA -> l >= 1 ? s.delta(l).plain() : null;
            case EXAMPLE_DELTA -> l >= 1 ? s.exampleDelta(l).plain() : null;
            case TRANSPOSED_EXAMPLE_DELTA -> l >= 1 ? s.exampleDelta(l).transposed().plain() : null;
            case ROW_GRADIENT -> l >= 1 ? s.rowGradient(l).plain() : null;
            case SLOPE -> l >= 1 ? s.slope(l).plain() : null;
            case EXAMPLE_SLOPE -> l >= 1 ? Symbol.layered("z", "z", l).appliedTo("σ′", "\\sigma'").plain() : null;
            case DIAGONAL_SLOPE -> l >= 1 ? s.diagonalSlope(l).plain() : null;
            case SOFTMAX_JACOBIAN -> l >= 1 ? s.jacobian(l).plain() : null;
            case WRONG_SHORTCUT -> l >= 1 ? s.wrongShortcut(l).plain() : null;
            case UNTRANSPOSED_PRODUCT -> l >= 1 && l < depth && !vectors.rows() ? s.untransposedProduct(l).plain() : null;
            case ROW_UNTRANSPOSED_PRODUCT -> l >= 1 && l < depth && vectors.rows()
                    ? s.exampleDelta(l + 1).plain() + s.weights(l + 1).plain() + " (no transpose)" : null;
            case UPSTREAM -> l >= 1 && l < depth && !vectors.rows() ? s.upstream(l).plain() : null;
            case ROW_UPSTREAM -> l >= 1 && l < depth && vectors.rows() ? s.delta(l + 1).plain() + carrier.plain() : null;
            case TRANSPOSED_DELTA -> l >= 1 ? s.delta(l).transposed().plain() : null;
            case WEIGHT_GRADIENT -> l >= 1 ? s.weightGradient(l).plain() : null;
            case BIAS_GRADIENT -> l >= 1 ? s.biasGradient(l).plain() : null;
            case OUTPUT_GRADIENT -> s.outputGradient().plain();
            case TRANSPOSED_OUTPUT_GRADIENT -> s.outputGradient().transposed().plain();
            case TARGET -> s.target().plain();
            case EXAMPLE_COSTS -> s.exampleCosts().plain();
        };
    }
}
