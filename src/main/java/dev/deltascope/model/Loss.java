package dev.deltascope.model;

import java.util.List;
import java.util.Locale;

/**
 * A cost C_k(a, y) for one example, with its gradient ∇_a C_k beside it. The batch cost is
 * the mean of C_k over the m columns.
 */
public sealed interface Loss permits HalfSquaredError, CrossEntropy {

    /** The file-format name: half_squared_error or cross_entropy. */
    String name();

    /** C_k for every column k of the outputs a and targets y (both n_L × m); length m. */
    double[] exampleCosts(Matrix a, Matrix y, Activation output);

    /** ∇_a C_k for every column (not divided by m); n_L × m. Inputs not modified. */
    Matrix gradient(Matrix a, Matrix y, Activation output);

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
