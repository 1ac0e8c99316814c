package dev.deltascope.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cost C_k(a, y) for one example, with its gradient ∇_a C_k beside it. The batch cost is
 * the mean of C_k over the m columns.
 */
public sealed interface Loss permits HalfSquaredError, CrossEntropy {

    /** The file-format name: half_squared_error or cross_entropy. */
    String name();

    /**
     * C_k for every column k, from the output layer's z^L (the logits), its a^L = σ(z^L) and the
     * targets y (all n_L × m); length m. Inputs not modified.
     */
    double[] exampleCosts(Matrix z, Matrix a, Matrix y, Activation output);

    /** ∇_a C_k for every column (not divided by m), from z^L, a^L and y; n_L × m. Inputs not modified. */
    Matrix gradient(Matrix z, Matrix a, Matrix y, Activation output);

    /**
     * δ^L = ∂C_k/∂z^L for every column (not divided by m) where the loss has it in closed form for
     * this output activation, exact where (∂a/∂z)ᵀ ∇_a C rounds to 0 · ∞: a − y for cross-entropy
     * after a sigmoid, s (1ᵀy) − y after a softmax; n_L × m. Empty otherwise, and then
     * δ^L = (∂a/∂z)ᵀ ∇_a C, by whichever backward method.
     */
    Optional<Matrix> outputDelta(Matrix a, Matrix y, Activation output);

    /** Every loss, in the order menus show them. */
    static List<Loss> all() {
        return List.of(HalfSquaredError.INSTANCE, CrossEntropy.INSTANCE);
    }

    /** The loss with this file-format name; unknown names throw with the list of known ones. */
    static Loss named(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Loss loss : all()) {
            if (loss.name().equals(key)) {
                return loss;
            }
        }
        throw new IllegalArgumentException(
                "unknown loss '" + name + "'; expected one of half_squared_error, cross_entropy");
    }
}
