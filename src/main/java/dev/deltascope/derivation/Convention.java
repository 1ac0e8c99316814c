package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The notation a derivation is shown in: how vectors, weights and batches are laid out, which
 * layout the Jacobian view uses, and how a layer is written. The numbers never change with it; a
 * matrix stored transposed in a convention is shown transposed. A view setting, never part of a
 * network file.
 *
 * @param vectors columns (z = W a + b) or rows, with W stored out × in or in × out
 * @param derivatives numerator or denominator layout, for the Jacobian view
 * @param index how a layer is written on a letter
 */
public record Convention(VectorLayout vectors, DerivativeLayout derivatives, IndexStyle index) {

    /** Deltascope's own: columns, numerator layout, a^{(l)}. */
    public static final Convention DELTASCOPE = new Convention(VectorLayout.COLUMNS, DerivativeLayout.NUMERATOR,
            IndexStyle.PARENTHESES);
    /** Nielsen's Neural Networks and Deep Learning, chapter 2: columns, a^l. */
    public static final Convention NIELSEN = new Convention(VectorLayout.COLUMNS, DerivativeLayout.NUMERATOR,
            IndexStyle.SUPERSCRIPT);
    /** Ng's deeplearning.ai: columns, a^{[l]}, and dZ^{[l]} shaped like Z^{[l]} (the gradient's, denominator, layout). */
    public static final Convention NG = new Convention(VectorLayout.COLUMNS, DerivativeLayout.DENOMINATOR,
            IndexStyle.BRACKETS);
    /** PyTorch's nn.Linear: rows, weight stored out × in, and torch's Jacobians in numerator layout. */
    public static final Convention PYTORCH = new Convention(VectorLayout.ROWS_OUT_BY_IN, DerivativeLayout.NUMERATOR,
            IndexStyle.PARENTHESES);
    /** CS231n and Keras: rows, W stored in × out. */
    public static final Convention CS231N = new Convention(VectorLayout.ROWS_IN_BY_OUT, DerivativeLayout.NUMERATOR,
            IndexStyle.PARENTHESES);
    /** Dive into Deep Learning: rows, W in × out, and its calculus section's ∇ₓ Ax = Aᵀ (denominator layout). */
    public static final Convention D2L = new Convention(VectorLayout.ROWS_IN_BY_OUT, DerivativeLayout.DENOMINATOR,
            IndexStyle.PARENTHESES);

    /** The named conventions, in menu order, with their command-line names. */
    public static final List<Named> NAMED = List.of(
            new Named("deltascope", "Deltascope (columns, a⁽ˡ⁾)", DELTASCOPE),
            new Named("nielsen", "Nielsen, ch. 2", NIELSEN),
            new Named("ng", "Ng, deeplearning.ai", NG),
            new Named("pytorch", "PyTorch nn.Linear", PYTORCH),
            new Named("cs231n", "CS231n / Keras", CS231N),
            new Named("d2l", "Dive into Deep Learning", D2L));

    /** A convention with its command-line name and its menu label. */
    public record Named(String name, String label, Convention convention) {
    }

    public Convention {
        Objects.requireNonNull(vectors, "vectors");
        Objects.requireNonNull(derivatives, "derivatives");
        Objects.requireNonNull(index, "index");
    }

    /** The convention of a command-line name, ignoring case. */
    public static Convention named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Named named : NAMED) {
            if (named.name().equals(wanted)) {
                return named.convention();
            }
        }
        throw new IllegalArgumentException("no convention '" + name + "'; known: "
                + String.join(", ", NAMED.stream().map(Named::name).toList()));
    }

    /** The command-line name of this convention, or empty when it is a combination no source uses as a whole. */
    public java.util.Optional<String> name() {
        return NAMED.stream().filter(named -> named.convention().equals(this)).map(Named::name).findFirst();
    }

    /**
     * A quantity with one column per example (n × m, as the trace keeps z, a and δ) laid out as this
     * convention shows it: itself for columns, its transpose (m × n, one row per example) for rows.
     * No arithmetic; the input is not modified.
     */
    public Matrix perExample(Matrix columnsPerExample) {
        return vectors.rows() ? columnsPerExample.transpose() : columnsPerExample;
    }

    /**
     * A parameter or its gradient as the column layout holds it (W^{(l)} or ∂C/∂W^{(l)} n_l × n_{l−1},
     * b^{(l)} or ∂C/∂b^{(l)} n_l × 1) stored as this convention stores it: transposed when W is stored
     * in × out, itself otherwise. No arithmetic; the input is not modified.
     */
    public Matrix stored(Matrix columnLayout) {
        return vectors.weightsTransposed() ? columnLayout.transpose() : columnLayout;
    }

    /** This convention with other vectors and weights. */
    public Convention withVectors(VectorLayout newVectors) {
        return new Convention(newVectors, derivatives, index);
    }

    /** This convention with another derivative layout. */
    public Convention withDerivatives(DerivativeLayout newDerivatives) {
        return new Convention(vectors, newDerivatives, index);
    }

    /** This convention with another way of writing the layer. */
    public Convention withIndex(IndexStyle newIndex) {
        return new Convention(vectors, derivatives, newIndex);
    }

    /** "rows, W out × in; numerator layout; a⁽ˡ⁾". */
    public String summary() {
        return vectors.label() + "; " + derivatives.label() + "; " + index.example();
    }
}
