package dev.deltascope.derivation;

import dev.deltascope.model.FiniteDifferences;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.ParameterCheck;
import dev.deltascope.model.Trace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every step builder reads: the trace, the example k of a batch that the per-example views
 * show, and how to print and name what it shows. It keeps σ′(z^l) and the Jacobian of example k
 * once read from the trace, since many views show them.
 */
final class StepContext {

    /** Layers wider than this leave diag(σ′(z^l)) out of their named matrices. */
    static final int MAX_DIAGONAL_UNITS = 64;

    private final Trace trace;
    private final MatrixLatex latex;
    private final Symbols symbols;
    private final Matrix[] slopes;
    private final Matrix[] jacobians;
    private final Matrix[] diagonals;
    private final Convention convention;
    private final int example;

    /** {@code example}: the column k (from 0) of the batch that the per-example views show. */
    StepContext(Trace trace, NumberStyle style, Convention convention, int example) {
        Objects.checkIndex(example, trace.network().batchSize());
        this.trace = trace;
        this.convention = convention;
        this.example = example;
        this.latex = new MatrixLatex(style);
        this.symbols = new Symbols(trace.network().batchSize() > 1, example + 1);
        this.slopes = new Matrix[trace.network().depth() + 1];
        this.jacobians = new Matrix[trace.network().depth() + 1];
        this.diagonals = new Matrix[trace.network().depth() + 1];
    }

    Trace trace() {
        return trace;
    }

    Convention convention() {
        return convention;
    }

    /** Whether examples are rows in this convention. */
    boolean rows() {
        return convention.vectors().rows();
    }

    /**
     * A quantity of the trace with one column per example (n × m), laid out in the convention:
     * itself for columns, its transpose (m × n, one row per example) for rows. No arithmetic.
     */
    Matrix laid(Matrix columnsPerExample) {
        return convention.perExample(columnsPerExample);
    }

    /** The term with the shape of n units by m examples under it: n × m for columns, m × n for rows. */
    String underUnits(String latex, int units, int examples) {
        return rows() ? MatrixLatex.under(latex, examples, units) : MatrixLatex.under(latex, units, examples);
    }

    /** The term of n units by m examples: n × m for columns, m × n for rows. */
    Term unitsTerm(String latex, int units, int examples) {
        return rows() ? new Term(latex, examples, units) : new Term(latex, units, examples);
    }

    /** "column" or "row": how one example sits in a batch matrix. */
    String exampleLine() {
        return rows() ? "row" : "column";
    }

    /** W^{(l)} as the convention stores it: n_l × n_{l−1}, or its transpose when stored in × out. */
    Matrix storedWeights(int l) {
        return convention.stored(network().layer(l).weights());
    }

    MatrixLatex latex() {
        return latex;
    }

    Symbols symbols() {
        return symbols;
    }

    /** σ′(z^l) from the trace; n_l × m. */
    Matrix slope(int l) {
        if (slopes[l] == null) {
            slopes[l] = trace.forward().slope(l);
        }
        return slopes[l];
    }

    /** The column k (from 0) of the batch that the per-example views show; 0 for one example. */
    int example() {
        return example;
    }

    /** ∂a^l/∂z^l of the example shown, from the trace; n_l × n_l. */
    Matrix jacobian(int l) {
        if (jacobians[l] == null) {
            jacobians[l] = trace.forward().jacobian(l, example);
        }
        return jacobians[l];
    }

    Network network() {
        return trace.network();
    }

    ForwardPass forward() {
        return trace.forward();
    }

    /** The gradients the steps show: the VJP's. The Jacobian and component-wise views read their own method's. */
    Gradients gradients() {
        return trace.gradients();
    }

    /**
     * At the output layer, what the three backward methods share by design, in words for the views that
     * show one method: ∇_a C from the loss, and δ^L itself where the loss gives it in closed form. Empty
     * below the output.
     */
    Optional<String> sharedInputs(int l) {
        if (l != depth()) {
            return Optional.empty();
        }
        String delta = "δ" + LayerIndex.plain(l);
        String shared = "∇ₐ" + symbols.shownCost().plain() + " comes from the loss in the forward pass: it is the same "
                + "input to all three methods.";
        if (trace.forward().outputDelta().isEmpty()) {
            return Optional.of(shared);
        }
        String closedForm = network().outputActivation() instanceof Softmax
                ? "after a softmax every method takes " + delta + " = a(1ᵀy) − y (a − y when the target sums to 1)"
                : "after a sigmoid every method takes " + delta + " = a − y";
        return Optional.of(shared + " With cross-entropy " + closedForm + " from the loss in closed form, so the three "
                + "give the same " + delta + " by design; the product written here equals it up to rounding, except "
                + "where a saturated unit makes it 0 · ∞.");
    }

    /** L. */
    int depth() {
        return network().depth();
    }

    /** n_l. */
    int size(int l) {
        return network().size(l);
    }

    /** m. */
    int batchSize() {
        return network().batchSize();
    }

    boolean batch() {
        return symbols.batch();
    }

    /** A step without views or agreement; its index is set by the builder. */
    Step step(StepKind kind, int layer, List<Integer> layers, String title, List<String> explanation,
            String symbolic, String numeric, List<Term> terms, List<NamedMatrix> matrices) {
        return new Step(0, kind, layer, layers, title, explanation, symbolic, numeric, terms, matrices, List.of(), null);
    }

    /** "\text{example k of m}\quad " before a per-example formula of a batch; empty for one example. */
    String examplePrefix() {
        return batch() ? "\\text{example " + (example + 1) + " of " + batchSize() + "}\\quad " : "";
    }

    /** " (example k)" after the title of a per-example view of a batch; empty for one example. */
    String exampleTitle() {
        return batch() ? " (example " + (example + 1) + ")" : "";
    }

    /**
     * diag(σ′(z^l)) of the example shown, n_l × n_l, for showing as a grid (a layout of the trace's values,
     * no arithmetic); empty above {@value #MAX_DIAGONAL_UNITS} units, where the grid would hold
     * n_l² mostly zero cells and σ′(z^l) already holds every value.
     */
    Optional<Matrix> diagonalSlope(int l) {
        Matrix slope = slope(l);
        if (slope.rows() > MAX_DIAGONAL_UNITS) {
            return Optional.empty();
        }
        if (diagonals[l] == null) {
            double[][] rows = new double[slope.rows()][slope.rows()];
            for (int i = 0; i < rows.length; i++) {
                rows[i][i] = slope.get(i, example);
            }
            diagonals[l] = Matrix.of(rows);
        }
        return Optional.of(diagonals[l]);
    }

    /** How the three methods and finite differences agree for δ^l and layer l's parameters. */
    Agreement agreement(int l) {
        double worst = Double.NaN;
        for (ParameterCheck check : trace.check().parameters()) {
            if (check.layer() != l) {
                continue;
            }
            if (Double.isNaN(check.relativeError())) {
                worst = Double.NaN;
                break;
            }
            worst = Double.isNaN(worst) ? check.relativeError() : Math.max(worst, check.relativeError());
        }
        return new Agreement(trace.viewDisagreement(l), worst, nearKink(l));
    }

    /**
     * Whether a ReLU unit of a layer k ≥ l has |z^{(k)}| within the reach of the finite-difference
     * stencil, which moves one parameter of layer l by at most 2h. That moves z^{(l)} by at most
     * 2h·max(1, max|a^{(l−1)}|), and each later layer multiplies the move by at most ‖W^{(k)}‖∞
     * (every activation here has slope at most 1), so beyond that reach no kink can be crossed.
     */
    private boolean nearKink(int l) {
        double reach = 2 * FiniteDifferences.STEP * Math.max(1, forward().a(l - 1).maxAbs());
        for (int k = l; k <= depth(); k++) {
            if (k > l) {
                reach *= maxAbsRowSum(network().layer(k).weights());
            }
            if (network().layer(k).activation() instanceof Relu && minAbs(forward().z(k)) <= reach) {
                return true;
            }
        }
        return false;
    }

    /** ‖W‖∞, the largest sum of |w| along a row. */
    private static double maxAbsRowSum(Matrix values) {
        double out = 0;
        for (int r = 0; r < values.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < values.columns(); c++) {
                sum += Math.abs(values.get(r, c));
            }
            out = Math.max(out, sum);
        }
        return out;
    }

    private static double minAbs(Matrix values) {
        double out = Double.POSITIVE_INFINITY;
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.columns(); c++) {
                out = Math.min(out, Math.abs(values.get(r, c)));
            }
        }
        return out;
    }
}
