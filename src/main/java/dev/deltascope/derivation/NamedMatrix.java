package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import java.util.Objects;

/**
 * A matrix a step involves, for showing as a grid.
 *
 * @param name plain text, e.g. "(W³)ᵀ"
 * @param latex the same name as LaTeX, e.g. "(W^{3})^{\top}"
 * @param values every value (never elided)
 */
public record NamedMatrix(String name, String latex, Matrix values) {

    public NamedMatrix {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latex, "latex");
        Objects.requireNonNull(values, "values");
    }
}
