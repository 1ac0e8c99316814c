package dev.deltascope.model;

import java.util.List;
import java.util.Locale;

/**
 * An activation a = σ(z), applied to each column (example) of an n × m matrix, with its
 * backward rules beside it: the elementwise derivative, the explicit Jacobian and the
 * vector–Jacobian product.
 */
public sealed interface Activation permits ElementwiseActivation, Softmax {

    /** The file-format name: sigmoid, tanh, relu, identity or softmax. */
    String name();

    /** a = σ(z); n × m. Input not modified. */
    Matrix apply(Matrix z);

    /**
     * σ′(z), elementwise; n × m. For softmax this is only the Jacobian's diagonal s ⊙ (1 − s),
     * which is not enough for backpropagation (see {@link #isElementwise()}).
     */
    Matrix derivative(Matrix z);

    /** J = ∂a/∂z for one example z (n × 1); n × n, J[i][j] = ∂a_i/∂z_j. */
    Matrix jacobian(Matrix zColumn);

    /** Jᵀg for every column of g (n × m), without building J. Inputs not modified. */
    Matrix vjp(Matrix z, Matrix g);

    /** True when a_i depends on z_i alone, so the Jacobian is diagonal and Jᵀg = g ⊙ σ′(z). */
    boolean isElementwise();

    /** Every activation, in the order menus show them. */
    static List<Activation> all() {
        return List.of(Sigmoid.INSTANCE, Tanh.INSTANCE, Relu.INSTANCE, Identity.INSTANCE, Softmax.INSTANCE);
    }

    /** The activation with this file-format name; unknown names throw with the list of known ones. */
    static Activation named(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Activation a : all()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown activation '" + name + "'; expected one of sigmoid, tanh, relu, identity, softmax");
    }
}
