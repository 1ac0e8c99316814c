package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.under;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/** The cost step: C for one example, or the mean (1/m) Σ_i C_i over a batch of m examples. */
final class CostStep {

    private final StepContext context;

    CostStep(StepContext context) {
        this.context = context;
    }

    Step build() {
        Symbols s = context.symbols();
        MatrixLatex latex = context.latex();
        ForwardPass forward = context.forward();
        int depth = context.depth();
        int n = context.size(depth);
        int m = context.batchSize();
        Matrix output = forward.a(depth);
        Matrix targets = context.network().targets();
        String symbolic;
        String numeric;
        List<String> explanation = new ArrayList<>();
        explanation.add(lossDescription());
        if (context.batch()) {
            double[] exampleCosts = forward.exampleCosts();
            symbolic = "C = \\frac{1}{" + m + "}\\sum_{i=1}^{" + m + "} C_{i},\\quad C_{i} = "
                    + exampleCost("A" + LayerIndex.latex(depth), "Y", "_{ji}");
            numeric = "C = \\frac{1}{" + m + "}\\left(" + latex.joined(m, k -> latex.number(exampleCosts[k]), " + ") + "\\right) = "
                    + latex.number(forward.cost());
            explanation.add("The cost of the batch is the mean of the " + m + " example costs Cᵢ; column i of "
                    + s.a(depth).plain() + " and of Y is example i.");
        } else {
            symbolic = "C = " + exampleCost("a" + LayerIndex.latex(depth), "y", "_{j}");
            numeric = "C = " + exampleCostWithNumbers(output, targets) + " = " + latex.number(forward.cost());
        }
        return context.step(StepKind.COST, depth, List.of(depth), "Cost C", explanation, symbolic, numeric,
                List.of(new Term(s.a(depth).latex(), n, m), new Term(s.target().latex(), n, m), new Term("C", 1, 1)),
                List.of(s.a(depth).named(output), s.target().named(targets),
                        s.exampleCosts().named(Matrix.of(new double[][] {forward.exampleCosts()}))));
    }

    private boolean crossEntropy() {
        return context.network().loss() instanceof CrossEntropy;
    }

    private boolean softmaxOutput() {
        return context.network().outputActivation() instanceof Softmax;
    }

    private String lossDescription() {
        if (!crossEntropy()) {
            return "The cost is half the squared distance between the output and the target y.";
        }
        return softmaxOutput()
                ? "Cross-entropy with a softmax output: minus the log of the probability given to the target."
                : "Cross-entropy, unit by unit: each output is the probability that its target is 1.";
    }

    /**
     * The cost of one example in symbols: ½‖a − y‖², or cross-entropy summed over the output units j
     * with entries a and y subscripted by {@code entry} ("_{j}" for one example, "_{ji}" for
     * column i of a batch).
     */
    private String exampleCost(String a, String y, String entry) {
        String aj = a + entry;
        String yj = y + entry;
        if (!crossEntropy()) {
            int n = context.size(context.depth());
            return context.batch() ? "\\frac{1}{2}\\sum_{j} \\left(" + aj + " - " + yj + "\\right)^{2}"
                    : "\\frac{1}{2}\\left\\| " + under(a, n, 1) + " - " + under(y, n, 1) + " \\right\\|^{2}";
        }
        return softmaxOutput()
                ? "-\\sum_{j} " + yj + " \\ln " + aj
                : "-\\sum_{j} \\left[ " + yj + " \\ln " + aj + " + (1 - " + yj + ") \\ln (1 - " + aj + ") \\right]";
    }

    /** The cost of the single example with its numbers, term by term for cross-entropy. */
    private String exampleCostWithNumbers(Matrix output, Matrix targets) {
        MatrixLatex latex = context.latex();
        if (!crossEntropy()) {
            return "\\frac{1}{2}\\left\\| " + latex.matrix(output) + " - " + latex.matrix(targets) + " \\right\\|^{2}";
        }
        return "-\\left(" + latex.joined(output.rows(), i -> crossEntropyTerm(output.get(i, 0), targets.get(i, 0)), " + ")
                + "\\right)";
    }

    /** y ln a, or (y ln a + (1 − y) ln(1 − a)) per unit, with the numbers. */
    private String crossEntropyTerm(double a, double y) {
        MatrixLatex numbers = context.latex();
        String term = numbers.factor(y) + " \\ln " + numbers.factor(a);
        return softmaxOutput() ? term
                : "\\left(" + term + " + (1 - " + numbers.factor(y) + ") \\ln (1 - " + numbers.factor(a) + ")\\right)";
    }
}
