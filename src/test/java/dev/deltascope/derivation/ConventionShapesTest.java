package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In every convention the shape labels under each formula's terms multiply and both sides of = agree. */
class ConventionShapesTest {

    @Test
    void theShapeLabelsOfEveryFormulaMultiplyInEveryConvention() {
        int checked = 0;
        for (Map.Entry<String, Network> network : ConventionGridTest.networks().entrySet()) {
            Trace trace = Trace.of(network.getValue());
            for (Convention convention : ConventionGridTest.layouts()) {
                for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention).steps()) {
                    String where = network.getKey() + ", " + convention.summary() + ", step " + (step.index() + 1);
                    checked += ShapeAlgebra.check(step.symbolic(), where);
                    for (View view : step.views()) {
                        checked += ShapeAlgebra.check(view.symbolic(), where + ", " + view.title());
                    }
                }
            }
        }
        assertTrue(checked > 2_000, "checked " + checked);
    }

    @Test
    void theCheckerCatchesAProductWhoseInnerSizesDiffer() {
        String wrong = ShapeLabels.levelled("\\underset{2 \\times 1}{z} = \\underset{2 \\times 3}{W}\\,"
                + "\\underset{2 \\times 1}{a} + \\underset{2 \\times 1}{b}");
        assertThrows(AssertionError.class, () -> ShapeAlgebra.check(wrong, "a wrong formula"));
        String sides = ShapeLabels.levelled("\\underset{1 \\times 2}{z} = \\underset{2 \\times 3}{W}\\,"
                + "\\underset{3 \\times 1}{a}");
        assertThrows(AssertionError.class, () -> ShapeAlgebra.check(sides, "sides that differ"));
        String right = ShapeLabels.levelled("\\underset{2 \\times 1}{z} = \\left(\\underset{2 \\times 3}{W}\\,"
                + "\\underset{3 \\times 1}{a}\\right) \\odot \\underset{2 \\times 1}{s}");
        assertTrue(ShapeAlgebra.check(right, "a right formula") == 2);
    }
}
