package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.Activation;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Tanh;
import java.util.ArrayList;
import java.util.List;

/** The forward steps of layer l: the weighted input z^l, then the activation a^l. */
final class ForwardSteps {

    private final StepContext context;

    ForwardSteps(StepContext context) {
        this.context = context;
    }

    /** z^l = W^l a^{l−1} + b^l; for a batch Z^l = W^l A^{l−1} + b^l 1ᵀ. */
    Step linear(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        ForwardPass forward = context.forward();
        int n = context.size(l);
        int previous = context.size(l - 1);
        int m = context.batchSize();
        Matrix weights = context.network().layer(l).weights();
        Matrix biases = context.network().layer(l).biases();
        String ones = context.batch() ? "\\mathbf{1}^{\\top}" : "";
        String symbolic = under(s.z(l).latex(), n, m) + " = "
                + under(s.weights(l).latex(), n, previous) + "\\," + under(s.a(l - 1).latex(), previous, m)
                + " + " + under(s.biases(l).latex(), n, 1)
                + (context.batch() ? "\\," + under(ones, 1, m) : "");
        String numeric = s.z(l).latex() + " = " + latex.matrix(weights) + latex.matrix(forward.a(l - 1))
                + " + " + latex.matrix(biases) + ones + " = " + latex.matrix(forward.z(l));
        List<Term> terms = new ArrayList<>(List.of(
                new Term(s.z(l).latex(), n, m), new Term(s.weights(l).latex(), n, previous),
                new Term(s.a(l - 1).latex(), previous, m), new Term(s.biases(l).latex(), n, 1)));
        if (context.batch()) {
            terms.add(new Term(ones, 1, m));
        }
        List<String> explanation = new ArrayList<>();
        explanation.add("Each unit of layer " + l + " adds up the activations of layer " + (l - 1)
                + ", weighted by its row of " + s.weights(l).plain() + ", and its bias.");
        if (l == 1) {
            explanation.add(s.a(0).plain() + " is the input.");
        }
        if (context.batch()) {
            explanation.add("The " + m + " examples are the columns of " + s.a(l - 1).plain()
                    + "; the bias is added to every column (" + s.biases(l).plain() + " 1ᵀ).");
        }
        return context.step(StepKind.FORWARD_LINEAR, l, List.of(l - 1, l),
                "Layer " + l + ": weighted input " + s.z(l).plain(), explanation, symbolic, numeric, terms,
                List.of(s.weights(l).named(weights), s.a(l - 1).named(forward.a(l - 1)),
                        s.biases(l).named(biases), s.z(l).named(forward.z(l))));
    }

    /** a^l = σ(z^l). */
    Step activation(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        ForwardPass forward = context.forward();
        Activation activation = context.network().layer(l).activation();
        int n = context.size(l);
        int m = context.batchSize();
        String function = function(activation);
        String symbolic = under(s.a(l).latex(), n, m) + " = " + function + "\\left("
                + under(s.z(l).latex(), n, m) + "\\right),\\quad " + definition(activation);
        String numeric = s.a(l).latex() + " = " + function + "\\left(" + latex.matrix(forward.z(l)) + "\\right) = "
                + latex.matrix(forward.a(l));
        List<String> explanation = new ArrayList<>();
        explanation.add(description(activation, s.z(l)));
        if (l == context.depth()) {
            explanation.add(s.a(l).plain() + " is the network's output.");
        }
        return context.step(StepKind.FORWARD_ACTIVATION, l, List.of(l),
                "Layer " + l + ": activation " + s.a(l).plain(), explanation, symbolic, numeric,
                List.of(new Term(s.a(l).latex(), n, m), new Term(s.z(l).latex(), n, m)),
                List.of(s.z(l).named(forward.z(l)), s.a(l).named(forward.a(l)),
                        s.slope(l).named(context.slope(l))));
    }

    /** The activation by its own name: σ is the sigmoid, and the other functions are named as they are. */
    static String function(Activation activation) {
        if (activation instanceof Sigmoid) {
            return "\\sigma";
        }
        if (activation instanceof Tanh) {
            return "\\tanh";
        }
        if (activation instanceof Relu) {
            return "\\operatorname{ReLU}";
        }
        if (activation instanceof Softmax) {
            return "\\operatorname{softmax}";
        }
        return "\\operatorname{id}";
    }

    private static String definition(Activation activation) {
        if (activation instanceof Sigmoid) {
            return "\\sigma(x) = \\frac{1}{1 + e^{-x}}";
        }
        if (activation instanceof Tanh) {
            return "\\tanh x = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}";
        }
        if (activation instanceof Relu) {
            return "\\operatorname{ReLU}(x) = \\max(0, x)";
        }
        if (activation instanceof Softmax) {
            return "\\operatorname{softmax}(z)_{j} = \\frac{e^{z_{j}}}{\\sum_{k} e^{z_{k}}}";
        }
        return "\\operatorname{id}(x) = x";
    }

    private String description(Activation activation, Symbol z) {
        if (activation instanceof Softmax) {
            return "Softmax turns " + (context.batch() ? "each column of " : "the whole column ") + z.plain()
                    + " into probabilities that sum to 1, so every output depends on every input.";
        }
        String name = switch (activation.name()) {
            case "sigmoid" -> "the sigmoid σ(x) = 1/(1 + e⁻ˣ)";
            case "tanh" -> "tanh";
            case "relu" -> "ReLU(x) = max(0, x)";
            default -> "the identity, id(x) = x";
        };
        return "Each unit applies " + name + " to its own weighted input, one number at a time. In the backward "
                + "formulas σ stands for the layer's activation, whatever it is, and σ′ for its derivative.";
    }
}
