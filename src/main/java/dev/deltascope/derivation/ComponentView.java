package dev.deltascope.derivation;

import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation one unit at a time: δ^{(l)}_j = Σ_k w^{(l+1)}_{kj} δ^{(l+1)}_k σ′(z^{(l)}_j), written
 * out term by term with the numbers of the example shown for every unit j.
 */
final class ComponentView {

    private final StepContext context;
    private final Gradients own;

    ComponentView(StepContext context) {
        this.context = context;
        this.own = context.trace().componentWise();
    }

    /** The view of δ^{(l)}, every number from the component-wise method's own backward pass. */
    View build(int l) {
        Upstream up = Upstream.of(context, l, own);
        Symbols s = context.symbols();
        boolean output = l == context.depth();
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        Matrix slope = context.slope(l);
        List<String> units = new ArrayList<>();
        for (int j = 0; j < context.size(l); j++) {
            units.add(context.examplePrefix() + (softmax ? softmaxUnit(l, j, up) : output ? outputUnit(l, j, up, slope) : hiddenUnit(l, j, slope)));
        }
        String general;
        List<NamedMatrix> matrices = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        String layer = LayerIndex.plain(l);
        String here = LayerIndex.latex(l);
        if (softmax) {
            general = "\\delta" + here + "_{j} = \\sum_{k=1}^{" + context.size(l) + "} g" + here + "_{k}\\,J" + here
                    + "_{kj},\\quad J" + here + "_{kj} = \\frac{\\partial a" + here + "_{k}}{\\partial z" + here + "_{j}}";
            explanation.add("One unit at a time: δ" + layer + "ⱼ sums g" + layer + "ₖ J" + layer + "ₖⱼ over every unit k of layer "
                    + l + ", because through softmax every a" + layer + "ₖ depends on z" + layer + "ⱼ.");
            matrices.add(up.symbol().named(up.values()));
            matrices.add(s.jacobian(l).named(context.jacobian(l)));
        } else if (output) {
            Symbol cost = s.shownCost();
            general = "\\delta" + here + "_{j} = \\frac{\\partial " + cost.latex() + "}{\\partial a" + here + "_{j}}\\,\\sigma'(z"
                    + here + "_{j})";
            explanation.add("One unit at a time: each output unit's error is ∂" + cost.plain() + "/∂a" + layer
                    + "ⱼ times its own slope σ′(z" + layer + "ⱼ).");
            matrices.add(up.symbol().named(up.values()));
            matrices.add(s.slope(l).named(context.laid(slope)));
        } else {
            String next = LayerIndex.latex(l + 1);
            general = "\\delta" + here + "_{j} = \\left(\\sum_{k=1}^{" + context.size(l + 1) + "} w" + next
                    + (context.convention().vectors().weightsTransposed() ? "_{jk}" : "_{kj}") + "\\,\\delta" + next
                    + "_{k}\\right)\\sigma'(z" + here + "_{j})";
            String above = LayerIndex.plain(l + 1);
            explanation.add("One unit at a time: unit j of layer " + l + " collects the error δ" + above
                    + "ₖ of every unit k it feeds, weighted by the weight w" + above
                    + (context.convention().vectors().weightsTransposed() ? "ⱼₖ" : "ₖⱼ") + " between them, then scales by"
                    + " its own slope σ′(z" + layer + "ⱼ).");
            explanation.add(sumSentence(l));
            matrices.add(s.weights(l + 1).named(context.storedWeights(l + 1)));
            matrices.add(s.delta(l + 1).named(context.laid(own.delta(l + 1))));
            matrices.add(s.slope(l).named(context.laid(slope)));
        }
        matrices.add(s.delta(l).named(context.laid(own.delta(l))));
        context.sharedInputs(l).ifPresent(explanation::add);
        return new View(ViewKind.COMPONENT, "Component-wise" + context.exampleTitle(),
                explanation, general, units.get(0), matrices, units);
    }

    /**
     * Where the sum over k sits in the matrix form: row j of (W^{(l+1)})ᵀ times δ^{(l+1)} for columns;
     * δ^{(l+1)} times column j of W^{(l+1)} (stored out × in) or of (W^{(l+1)})ᵀ (stored in × out) for rows.
     */
    private String sumSentence(int l) {
        Symbols s = context.symbols();
        String above = LayerIndex.plain(l + 1);
        if (!context.rows()) {
            return "The sum over k is row j of " + s.weights(l + 1).transposed().plain() + " times δ" + above
                    + ", which is why the matrix form has the transpose.";
        }
        if (context.convention().vectors().weightsTransposed()) {
            return "The sum over k is the row δ" + above + " times column j of " + s.weights(l + 1).transposed().plain()
                    + " (row j of " + s.weights(l + 1).plain() + ", stored in × out), which is why the row form has "
                    + "the transpose.";
        }
        return "The sum over k is the row δ" + above + " times column j of " + s.weights(l + 1).plain()
                + " (stored out × in), which is why the row form needs no transpose.";
    }

    /** δ^{(l)}_j = (Σ_k w^{(l+1)}_{kj} δ^{(l+1)}_k) σ′(z^{(l)}_j), symbols then numbers. */
    private String hiddenUnit(int l, int j, Matrix slope) {
        MatrixLatex latex = context.latex();
        Matrix weights = context.network().layer(l + 1).weights();
        Matrix deltaAbove = own.delta(l + 1);
        String next = LayerIndex.latex(l + 1);
        boolean inByOut = context.convention().vectors().weightsTransposed();
        String symbols = latex.joined(weights.rows(), k -> "w" + next + "_{" + (inByOut ? indices(j, k) : indices(k, j))
                + "}\\delta" + next
                + "_{" + (k + 1) + "}", " + ");
        String values = latex.joined(weights.rows(), k -> latex.factor(weights.get(k, j)) + " \\cdot "
                + latex.factor(deltaAbove.get(k, context.example())), " + ");
        return "\\delta" + LayerIndex.latex(l) + "_{" + (j + 1) + "} = \\left(" + symbols + "\\right)\\sigma'(z"
                + LayerIndex.latex(l) + "_{" + (j + 1) + "}) = \\left(" + values + "\\right) \\cdot "
                + latex.factor(slope.get(j, context.example())) + " = " + result(l, j);
    }

    /** δ^{(L)}_j = ∂C/∂a^{(L)}_j σ′(z^{(L)}_j). */
    private String outputUnit(int l, int j, Upstream up, Matrix slope) {
        MatrixLatex latex = context.latex();
        int k = context.example();
        return "\\delta" + LayerIndex.latex(l) + "_{" + (j + 1) + "} = " + latex.factor(own.upstream(l).get(j, k))
                + " \\cdot " + latex.factor(slope.get(j, k)) + " = " + result(l, j);
    }

    /** δ^{(l)}_j = Σ_k g^{(l)}_k J^{(l)}_{kj}. */
    private String softmaxUnit(int l, int j, Upstream up) {
        MatrixLatex latex = context.latex();
        Matrix jacobian = context.jacobian(l);
        String here = LayerIndex.latex(l);
        String symbols = latex.joined(jacobian.rows(), k -> "g" + here + "_{" + (k + 1) + "}J" + here + "_{"
                + indices(k, j) + "}", " + ");
        String values = latex.joined(jacobian.rows(), k -> latex.factor(own.upstream(l).get(k, context.example())) + " \\cdot "
                + latex.factor(jacobian.get(k, j)), " + ");
        return "\\delta" + here + "_{" + (j + 1) + "} = " + symbols + " = " + values + " = " + result(l, j);
    }

    private String result(int l, int j) {
        return context.latex().number(own.delta(l).get(j, context.example()));
    }

    /** "kj" from 0-based indices, or "k,j" when either is above 9. */
    private static String indices(int first, int second) {
        return first < 9 && second < 9 ? "" + (first + 1) + (second + 1) : (first + 1) + "," + (second + 1);
    }
}
