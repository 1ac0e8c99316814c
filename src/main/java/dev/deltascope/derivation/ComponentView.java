package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation one unit at a time: δ^l_j = Σ_k w^{l+1}_{kj} δ^{l+1}_k σ′(z^l_j), written
 * out term by term with the numbers of example 1 for every unit j.
 */
final class ComponentView {

    private final StepContext context;

    ComponentView(StepContext context) {
        this.context = context;
    }

    View build(int l, Upstream up) {
        Symbols s = context.symbols();
        boolean output = l == context.depth();
        boolean softmax = context.network().layer(l).activation() instanceof Softmax;
        Matrix slope = context.slope(l);
        List<String> units = new ArrayList<>();
        for (int j = 0; j < context.size(l); j++) {
            units.add(softmax ? softmaxUnit(l, j, up) : output ? outputUnit(l, j, up, slope) : hiddenUnit(l, j, slope));
        }
        String general;
        List<NamedMatrix> matrices = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        String layer = Symbol.superscript(l);
        if (softmax) {
            general = "\\delta^{" + l + "}_{j} = \\sum_{i=1}^{" + context.size(l) + "} g^{" + l + "}_{i}\\,J^{" + l
                    + "}_{ij},\\quad J^{" + l + "}_{ij} = \\frac{\\partial a^{" + l + "}_{i}}{\\partial z^{" + l + "}_{j}}";
            explanation.add("One unit at a time: δ" + layer + "ⱼ sums gᵢ Jᵢⱼ over every unit i of layer " + l
                    + ", because through softmax every aᵢ depends on zⱼ.");
            matrices.add(up.symbol().named(up.values()));
            matrices.add(s.jacobian(l).named(context.jacobian(l)));
        } else if (output) {
            general = "\\delta^{" + l + "}_{j} = \\frac{\\partial C}{\\partial a^{" + l + "}_{j}}\\,\\sigma'(z^{" + l
                    + "}_{j})";
            explanation.add("One unit at a time: each output unit's error is ∂C/∂a" + layer
                    + "ⱼ times its own slope σ′(z" + layer + "ⱼ).");
            matrices.add(up.symbol().named(up.values()));
            matrices.add(s.slope(l).named(slope));
        } else {
            general = "\\delta^{" + l + "}_{j} = \\left(\\sum_{k=1}^{" + context.size(l + 1) + "} w^{" + (l + 1)
                    + "}_{kj}\\,\\delta^{" + (l + 1) + "}_{k}\\right)\\sigma'(z^{" + l + "}_{j})";
            String above = Symbol.superscript(l + 1);
            explanation.add("One unit at a time: unit j of layer " + l + " collects the error δ" + above
                    + "ₖ of every unit k it feeds, weighted by the weight w" + above + "ₖⱼ between them, then scales by"
                    + " its own slope σ′(z" + layer + "ⱼ).");
            explanation.add("The sum over k is row j of " + s.weights(l + 1).transposed().plain() + " times δ" + above
                    + ", which is why the matrix form has the transpose.");
            matrices.add(s.weights(l + 1).named(context.network().layer(l + 1).weights()));
            matrices.add(s.delta(l + 1).named(context.gradients().delta(l + 1)));
            matrices.add(s.slope(l).named(slope));
        }
        matrices.add(s.delta(l).named(context.trace().componentWise().delta(l)));
        return new View(ViewKind.COMPONENT, "Component-wise" + (context.batch() ? " (example 1)" : ""),
                explanation, general, context.examplePrefix() + units.get(0), matrices, units);
    }

    /** δ^l_j = (Σ_k w^{l+1}_{kj} δ^{l+1}_k) σ′(z^l_j), symbols then numbers. */
    private String hiddenUnit(int l, int j, Matrix slope) {
        MatrixLatex numbers = context.latex();
        Matrix weights = context.network().layer(l + 1).weights();
        Matrix deltaAbove = context.gradients().delta(l + 1);
        MatrixLatex latex = context.latex();
        String symbols = latex.joined(weights.rows(), k -> "w^{" + (l + 1) + "}_{" + indices(k, j) + "}\\delta^{"
                + (l + 1) + "}_{" + (k + 1) + "}", " + ");
        String values = latex.joined(weights.rows(), k -> numbers.factor(weights.get(k, j)) + " \\cdot "
                + numbers.factor(deltaAbove.get(k, 0)), " + ");
        return "\\delta^{" + l + "}_{" + (j + 1) + "} = \\left(" + symbols + "\\right)\\sigma'(z^{" + l + "}_{"
                + (j + 1) + "}) = \\left(" + values + "\\right) \\cdot " + numbers.factor(slope.get(j, 0)) + " = "
                + result(l, j);
    }

    /** δ^L_j = ∂C/∂a^L_j σ′(z^L_j). */
    private String outputUnit(int l, int j, Upstream up, Matrix slope) {
        MatrixLatex numbers = context.latex();
        return "\\delta^{" + l + "}_{" + (j + 1) + "} = " + numbers.factor(up.values().get(j, 0)) + " \\cdot "
                + numbers.factor(slope.get(j, 0)) + " = " + result(l, j);
    }

    /** δ^l_j = Σ_i g_i J_{ij}. */
    private String softmaxUnit(int l, int j, Upstream up) {
        MatrixLatex numbers = context.latex();
        Matrix jacobian = context.jacobian(l);
        MatrixLatex latex = context.latex();
        String symbols = latex.joined(jacobian.rows(), i -> "g_{" + (i + 1) + "}J_{" + indices(i, j) + "}", " + ");
        String values = latex.joined(jacobian.rows(), i -> numbers.factor(up.values().get(i, 0)) + " \\cdot "
                + numbers.factor(jacobian.get(i, j)), " + ");
        return "\\delta^{" + l + "}_{" + (j + 1) + "} = " + symbols + " = " + values + " = " + result(l, j);
    }

    private String result(int l, int j) {
        return context.latex().number(context.trace().componentWise().delta(l).get(j, 0));
    }

    /** "kj" from 0-based indices, or "k,j" when either is above 9. */
    private static String indices(int first, int second) {
        return first < 9 && second < 9 ? "" + (first + 1) + (second + 1) : (first + 1) + "," + (second + 1);
    }
}
