package dev.deltascope.derivation;

import java.util.List;
import java.util.Objects;

/**
 * One step of the derivation.
 *
 * @param index position in {@link Derivation#steps()}, from 0
 * @param kind what the step computes
 * @param layer the layer l it is about (L for the cost)
 * @param layers the layers to highlight in a diagram
 * @param title a short title
 * @param explanation one to three plain sentences
 * @param symbolic the formula in symbols, with each term's shape under it (LaTeX)
 * @param numeric the formula with the numbers substituted and the result (LaTeX)
 * @param terms every term of the formula with its shape
 * @param matrices the matrices the step involves, every value kept
 * @param views the views of an output-error or backward step; empty for other steps
 * @param agreement how the three methods and finite differences agree; null unless the step
 *     is an output-error or backward step
 */
public record Step(int index, StepKind kind, int layer, List<Integer> layers, String title,
        List<String> explanation, String symbolic, String numeric, List<Term> terms,
        List<NamedMatrix> matrices, List<View> views, Agreement agreement) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(symbolic, "symbolic");
        Objects.requireNonNull(numeric, "numeric");
        layers = List.copyOf(layers);
        explanation = List.copyOf(explanation);
        terms = List.copyOf(terms);
        matrices = List.copyOf(matrices);
        views = List.copyOf(views);
    }

    /** The view of this kind, or null when the step has none. */
    public View view(ViewKind viewKind) {
        for (View view : views) {
            if (view.kind() == viewKind) {
                return view;
            }
        }
        return null;
    }

    /** This step with its symbolic formulas, its own and its views', rewritten by {@code rewrite}. */
    Step withSymbolic(java.util.function.UnaryOperator<String> rewrite) {
        List<View> rewritten = views.stream().map(view -> new View(view.kind(), view.title(), view.explanation(),
                rewrite.apply(view.symbolic()), view.numeric(), view.matrices(), view.unitFormulas())).toList();
        return new Step(index, kind, layer, layers, title, explanation, rewrite.apply(symbolic), numeric, terms,
                matrices, rewritten, agreement);
    }

    /** This step at another position. */
    public Step withIndex(int newIndex) {
        return new Step(newIndex, kind, layer, layers, title, explanation, symbolic, numeric, terms, matrices, views,
                agreement);
    }
}
