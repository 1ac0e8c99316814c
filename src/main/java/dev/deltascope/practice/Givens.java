package dev.deltascope.practice;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.Term;
import dev.deltascope.model.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * What a learner is given beside a hidden quantity: the operands of the step's formula with their
 * numbers, taken from the step's own matrices (so from the trace), never the quantity itself, an
 * intermediate result of it (such as (W^{(l+1)})ᵀδ^{(l+1)}) or an operand whose numbers are the
 * answer's (∂C/∂b = δ for one example, a = z for a linear layer).
 */
final class Givens {

    private Givens() {
    }

    /**
     * The operands of {@code step}'s formula in the order it writes them: z = W a + b gives W, a, b;
     * a = σ(z) gives z; δ^{(L)} = ∇_a C ⊙ σ′(z) (or a − y) gives its two operands; δ^{(l)} =
     * ((W^{(l+1)})ᵀ δ^{(l+1)}) ⊙ σ′(z^{(l)}) gives those three; through softmax (J)ᵀ g gives J
     * (of example 1, as the step shows it) and what g is made of; ∂C/∂W = δ aᵀ gives δ and aᵀ;
     * ∂C/∂b gives δ; the update W ← W − η ∂C/∂W gives W, η and ∂C/∂W. Operands with the answer's
     * numbers are left out.
     *
     * @param answer the hidden quantity's entries
     * @param significantDigits the digits shown, which decide when an operand's numbers are the answer's
     */
    static List<NamedMatrix> of(Step step, double learningRate, Matrix answer, int significantDigits) {
        List<NamedMatrix> operands = new ArrayList<>();
        List<Term> terms = step.terms();
        switch (step.kind()) {
            case COST, SUMMARY -> {
                return List.of();
            }
            case UPDATE -> {
                operands.add(named(step, terms.get(0).latex()));
                operands.add(new NamedMatrix("η", "\\eta", Matrix.of(new double[][] {{learningRate}})));
                operands.add(named(step, terms.get(1).latex()));
            }
            default -> {
                for (Term term : terms.subList(1, terms.size())) {
                    operands.addAll(matching(step, term.latex()));
                }
            }
        }
        operands.removeIf(operand -> same(operand.values(), answer, significantDigits));
        return List.copyOf(operands);
    }

    /** The step's matrices a term of its formula stands for; the ones vector 1ᵀ stands for none. */
    private static List<NamedMatrix> matching(Step step, String term) {
        if (term.startsWith("(J") && term.endsWith(")^{\\top}")) {
            return List.of(named(step, term.substring(1, term.length() - ")^{\\top}".length())));
        }
        if (term.startsWith("g^{")) {
            return upstream(step);
        }
        for (NamedMatrix matrix : step.matrices()) {
            if (matrix.latex().equals(term)) {
                return List.of(matrix);
            }
        }
        return List.of();
    }

    /**
     * What g^{(l)} through softmax is made of: a^{(L)} and y at the output (g = a − y, or −y/a with
     * cross-entropy), (W^{(l+1)})ᵀ and δ^{(l+1)} at a hidden layer (not their product, which the
     * step computes on the way).
     */
    private static List<NamedMatrix> upstream(Step step) {
        String here = "^{(" + step.layer() + ")}";
        String above = "^{(" + (step.layer() + 1) + ")}";
        List<NamedMatrix> out = new ArrayList<>();
        for (NamedMatrix matrix : step.matrices()) {
            String latex = matrix.latex();
            boolean output = step.kind() == StepKind.OUTPUT_ERROR && (latex.equals("a" + here)
                    || latex.equals("A" + here) || latex.equals("y") || latex.equals("Y"));
            boolean fromAbove = latex.equals("(W" + above + ")^{\\top}") || latex.equals("\\delta" + above)
                    || latex.equals("\\Delta" + above);
            if (output || fromAbove) {
                out.add(matrix);
            }
        }
        return out;
    }

    /** The first of the step's matrices named {@code latex}: for the update, W before the step. */
    private static NamedMatrix named(Step step, String latex) {
        return step.matrices().stream().filter(matrix -> matrix.latex().equals(latex)).findFirst()
                .orElseThrow(() -> new IllegalStateException("step " + step.title() + ": no matrix " + latex));
    }

    /** True when every entry is the same number or within the answer's tolerance; ±∞ and NaN match themselves. */
    private static boolean same(Matrix operand, Matrix answer, int significantDigits) {
        if (operand.rows() != answer.rows() || operand.columns() != answer.columns()) {
            return false;
        }
        for (int r = 0; r < answer.rows(); r++) {
            for (int c = 0; c < answer.columns(); c++) {
                if (Double.compare(answer.get(r, c), operand.get(r, c)) != 0
                        && !Tolerance.accepts(answer.get(r, c), operand.get(r, c), significantDigits)) {
                    return false;
                }
            }
        }
        return true;
    }
}
