package dev.deltascope.derivation;

import java.util.List;
import java.util.Objects;

/**
 * One way of looking at a backward step.
 *
 * @param kind which view
 * @param title a short title
 * @param explanation one to three plain sentences
 * @param symbolic the formula in symbols (LaTeX)
 * @param numeric the formula with the numbers substituted and the result (LaTeX)
 * @param matrices the matrices this view shows, every value kept
 * @param unitFormulas for {@link ViewKind#COMPONENT}: one numeric formula per unit j (index j); otherwise empty
 */
public record View(ViewKind kind, String title, List<String> explanation, String symbolic, String numeric,
        List<NamedMatrix> matrices, List<String> unitFormulas) {

    public View {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(symbolic, "symbolic");
        Objects.requireNonNull(numeric, "numeric");
        explanation = List.copyOf(explanation);
        matrices = List.copyOf(matrices);
        unitFormulas = List.copyOf(unitFormulas);
    }
}
