package dev.deltascope.derivation;

import dev.deltascope.model.Activation;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Tanh;
import java.util.ArrayList;
import java.util.List;

/** The forward steps of layer l in the convention's layout: the weighted input z^l, then the activation a^l. */
final class ForwardSteps {

    private final StepContext context;

    ForwardSteps(StepContext context) {
        this.context = context;
    }

    /**
     * The weighted input in the convention's layout: z^{(l)} = W^{(l)} a^{(l−1)} + b^{(l)} with examples as
     * columns (a batch adds b^{(l)} 1ᵀ; n_l × m), or with examples as rows Z^{(l)} = A^{(l−1)} (W^{(l)})ᵀ
     * + 1 (b^{(l)})ᵀ for W^{(l)} stored out × in (PyTorch's nn.Linear), A^{(l−1)} W^{(l)} + 1 b^{(l)} for W^{(l)}
     * stored in × out (CS231n, Keras); m × n_l. The numbers are the trace's, laid out as the convention lays them.
     */
    Step linear(int l) {
        Symbols s = context.symbols();
        ForwardPass forward = context.forward();
        int n = context.size(l);
        int m = context.batchSize();
        Rule rule = context.rows() ? rowRule(l) : columnRule(l);
        String symbolic = context.underUnits(s.z(l).latex(), n, m) + " = " + labelled(rule.product()) + " + "
                + labelled(rule.bias());
        String numeric = s.z(l).latex() + " = " + numbers(rule.product()) + " + " + numbers(rule.bias()) + " = "
                + context.latex().matrix(context.laid(forward.z(l)));
        List<Term> terms = new ArrayList<>(List.of(context.unitsTerm(s.z(l).latex(), n, m)));
        rule.product().forEach(factor -> terms.add(factor.term()));
        rule.bias().forEach(factor -> terms.add(factor.term()));
        List<String> explanation = new ArrayList<>();
        explanation.add(rule.weighting());
        if (l == 1) {
            explanation.add(s.a(0).plain() + " is the input.");
        }
        if (context.batch()) {
            explanation.add("The " + m + " examples are the " + context.exampleLine() + "s of " + s.a(l - 1).plain()
                    + "; the bias is added to every " + context.exampleLine() + " (" + rule.biasInWords() + ").");
        }
        return context.step(StepKind.FORWARD_LINEAR, l, List.of(l - 1, l),
                "Layer " + l + ": weighted input " + s.z(l).plain(), explanation, symbolic, numeric, terms,
                List.of(s.weights(l).named(context.storedWeights(l)), s.a(l - 1).named(context.laid(forward.a(l - 1))),
                        s.biases(l).named(new RowParameters(context).storedBiases(context.network().layer(l).biases())),
                        s.z(l).named(context.laid(forward.z(l)))));
    }

    /**
     * The two products of a weighted input, each a list of factors multiplied left to right, and the
     * layout's words: how a unit weighs its inputs, and the bias added to every example.
     */
    private record Rule(List<Factor> product, List<Factor> bias, String weighting, String biasInWords) {
    }

    /** W^{(l)} a^{(l−1)} + b^{(l)} [1ᵀ]: W^{(l)} is n_l × n_{l−1}, a^{(l−1)} n_{l−1} × m, b^{(l)} n_l × 1. */
    private Rule columnRule(int l) {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int previous = context.size(l - 1);
        int m = context.batchSize();
        Matrix biases = context.network().layer(l).biases();
        List<Factor> bias = new ArrayList<>(List.of(new Factor(s.biases(l).latex(), latex.matrix(biases), n, 1)));
        if (context.batch()) {
            bias.add(new Factor("\\mathbf{1}^{\\top}", "\\mathbf{1}^{\\top}", 1, m));
        }
        return new Rule(List.of(new Factor(s.weights(l).latex(), latex.matrix(context.network().layer(l).weights()), n, previous),
                new Factor(s.a(l - 1).latex(), latex.matrix(context.forward().a(l - 1)), previous, m)), bias,
                "Each unit of layer " + l + " adds up the activations of layer " + (l - 1) + ", weighted by its row of "
                        + s.weights(l).plain() + ", and its bias.", s.biases(l).plain() + " 1ᵀ");
    }

    /**
     * A^{(l−1)} P + [1] q: A^{(l−1)} is m × n_{l−1}; P is (W^{(l)})ᵀ or W^{(l)} and q is (b^{(l)})ᵀ or b^{(l)}, as
     * {@link RowParameters} writes them for the way W^{(l)} is stored.
     */
    private Rule rowRule(int l) {
        Symbols s = context.symbols();
        RowParameters parameters = new RowParameters(context);
        MatrixLatex latex = context.latex();
        int n = context.size(l);
        int previous = context.size(l - 1);
        int m = context.batchSize();
        Symbol biasRow = parameters.biasRow(l);
        List<Factor> bias = new ArrayList<>();
        if (context.batch()) {
            bias.add(new Factor("\\mathbf{1}", "\\mathbf{1}", m, 1));
        }
        bias.add(new Factor(biasRow.latex(), latex.transposed(context.network().layer(l).biases()), 1, n));
        boolean inByOut = parameters.inByOut();
        String weighting = "Each unit of layer " + l + " adds up the activations of layer " + (l - 1) + ", weighted by its "
                + (inByOut ? "column" : "row") + " of " + s.weights(l).plain() + ", and its bias. " + s.weights(l).plain()
                + " is stored " + (inByOut ? "in × out (" + previous + " × " + n + ")" : "out × in (" + n + " × "
                        + previous + ")") + ", so " + (inByOut ? "the product needs no transpose." : "the row of "
                        + "activations meets it transposed.");
        return new Rule(List.of(new Factor(s.a(l - 1).latex(), latex.matrix(context.laid(context.forward().a(l - 1))), m, previous),
                new Factor(parameters.forwardWeights(l).latex(), latex.transposed(context.network().layer(l).weights()),
                        previous, n)), bias, weighting, biasRow.plain() + " times the column of ones 1");
    }

    /** The factors with their shapes under them, thin spaces between. */
    private static String labelled(List<Factor> factors) {
        return String.join("\\,", factors.stream().map(Factor::labelled).toList());
    }

    /** The factors with their numbers, side by side. */
    private static String numbers(List<Factor> factors) {
        return String.join("", factors.stream().map(Factor::numbers).toList());
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
        String symbolic = context.underUnits(s.a(l).latex(), n, m) + " = " + function + "\\left("
                + context.underUnits(s.z(l).latex(), n, m) + "\\right),\\quad " + definition(activation);
        String numeric = s.a(l).latex() + " = " + function + "\\left(" + latex.matrix(context.laid(forward.z(l)))
                + "\\right) = " + latex.matrix(context.laid(forward.a(l)));
        List<String> explanation = new ArrayList<>();
        explanation.add(description(activation, s.z(l)));
        if (l == context.depth()) {
            explanation.add(s.a(l).plain() + " is the network's output.");
        }
        return context.step(StepKind.FORWARD_ACTIVATION, l, List.of(l),
                "Layer " + l + ": activation " + s.a(l).plain(), explanation, symbolic, numeric,
                List.of(context.unitsTerm(s.a(l).latex(), n, m), context.unitsTerm(s.z(l).latex(), n, m)),
                List.of(s.z(l).named(context.laid(forward.z(l))), s.a(l).named(context.laid(forward.a(l))),
                        s.slope(l).named(context.laid(context.slope(l)))));
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
            return "Softmax turns " + (context.batch() ? "each " + context.exampleLine() + " of "
                    : "the whole " + context.exampleLine() + " ") + z.plain()
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
