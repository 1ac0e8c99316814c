package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In every convention the three backward views agree on δ of example 1, and the naive chain breaks
 * where the shapes say it must: for columns at W (unless n_(l+1) = 1), for rows with W stored out × in
 * only at σ′ (unless n_l = 1), for rows with W stored in × out at W unless W is square.
 */
class ConventionViewsTest {

    @Test
    void theThreeBackwardViewsShowTheSameErrorInEveryConvention() {
        for (Map.Entry<String, Network> network : ConventionGridTest.networks().entrySet()) {
            Trace trace = Trace.of(network.getValue());
            for (Convention convention : ConventionGridTest.layouts()) {
                for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention).steps()) {
                    if (step.kind() != StepKind.BACKWARD && step.kind() != StepKind.OUTPUT_ERROR) {
                        continue;
                    }
                    Matrix vjp = example(grid(step.view(ViewKind.VJP), "δ", "Δ"), convention);
                    Matrix jacobian = example(grid(step.view(ViewKind.JACOBIAN), "δ", "Δ"), convention);
                    Matrix component = example(grid(step.view(ViewKind.COMPONENT), "δ", "Δ"), convention);
                    String where = network.getKey() + ", " + convention.summary() + ", step " + (step.index() + 1);
                    assertTrue(vjp.maxAbsDifference(jacobian) <= 1e-12, where + ": VJP and Jacobian");
                    assertTrue(vjp.maxAbsDifference(component) <= 1e-12, where + ": VJP and component-wise");
                }
            }
        }
    }

    @Test
    void theNaiveChainBreaksWhereTheShapesOfEachConventionSay() {
        Trace trace = Trace.of(TestNetworks.threeFourFourTwo());
        String columns = naive(trace, Convention.DELTASCOPE);
        String outByIn = naive(trace, Convention.PYTORCH);
        String inByOut = naive(trace, Convention.CS231N);
        assertTrue(columns.contains("multiplies a 2 × 1 by a 2 × 4: the inner sizes 1 and 2 do not match"), columns);
        assertTrue(outByIn.contains("multiplies the 1 × 4 product of the first 2 factors by a 1 × 4"), outByIn);
        assertTrue(outByIn.contains("only σ′ breaks the chain"), outByIn);
        assertTrue(inByOut.contains("multiplies a 1 × 2 by a 4 × 2: the inner sizes 2 and 4 do not match"), inByOut);
        Trace square = Trace.of(TestNetworks.classic());
        String silent = naive(square, Convention.CS231N);
        assertTrue(silent.contains("right shape, 1 × 2, and the wrong numbers"), silent);
    }

    private static String naive(Trace trace, Convention convention) {
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention);
        Step step = derivation.steps().stream().filter(s -> s.kind() == StepKind.BACKWARD).findFirst().orElseThrow();
        return String.join(" ", step.view(ViewKind.NAIVE).explanation());
    }

    /** The grid of δ (or Δ) in a view: the last one whose name starts with the letter. */
    private static Matrix grid(View view, String lower, String upper) {
        Matrix found = null;
        for (NamedMatrix matrix : view.matrices()) {
            if (matrix.name().startsWith(lower + "⁽") || matrix.name().startsWith(upper + "⁽")) {
                found = matrix.values();
            }
        }
        return found;
    }

    /** Example 1 of a δ or Δ grid, as a column. */
    private static Matrix example(Matrix grid, Convention convention) {
        Matrix columns = convention.vectors() == VectorLayout.COLUMNS ? grid : grid.transpose();
        return columns.columnMatrix(0);
    }
}
