package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Trace;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Formulas with shapes under their terms keep the space around "=" and their labels at one height. */
class ShapeLabelsTest {

    private static TeXIcon icon(String latex) {
        return new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 20);
    }

    private static Derivation classic() {
        return DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT);
    }

    @Test
    void aLabelledTermKeepsAtLeastAThickSpaceOnEachSideOfEquals() {
        String symbolic = classic().steps().get(0).symbolic();
        String[] sides = symbolic.split("\\\\;\\\\mathord\\{=\\}\\\\;", 2);
        double thick = icon("a\\;b").getIconWidth() - icon("ab").getIconWidth();
        double equals = icon("\\mathord{=}").getIconWidth();
        double left = icon(sides[0] + "\\;\\mathord{=}").getIconWidth() - icon(sides[0]).getIconWidth() - equals;
        double right = icon("\\mathord{=}\\;" + sides[1]).getIconWidth() - icon(sides[1]).getIconWidth() - equals;

        assertTrue(left >= thick - 1 && right >= thick - 1, "gaps " + left + " and " + right + ", thick " + thick);
        // Written " = " between the labelled terms, the left gap was lost: JLaTeXMath makes underset a relation.
        String unspaced = sides[0] + " = ";
        assertTrue(icon(unspaced).getIconWidth() - icon(sides[0]).getIconWidth() - equals < thick - 1);
    }

    @Test
    void everyLabelOfALineSitsAtTheSameDepth() {
        String symbolic = classic().steps().get(9).symbolic();
        assertTrue(symbolic.contains("\\frac{\\partial C}{\\partial W^{(1)}}"), symbolic);
        int depth = -1;
        int terms = 0;
        for (String part : symbolic.split("\\\\;\\\\mathord\\{=\\}\\\\;|\\\\,")) {
            if (part.startsWith("\\underset")) {
                int partDepth = icon(part).getIconDepth();
                assertTrue(depth < 0 || depth == partDepth, part + " has depth " + partDepth + ", not " + depth);
                depth = partDepth;
                terms++;
            }
        }
        assertEquals(3, terms, symbolic);
    }

    @Test
    void aLoneLabelledTermIsSpacedButGetsNoPhantom() {
        assertEquals("\\underset{1 \\times 1}{C}\\;\\mathord{=}\\;2", ShapeLabels.levelled("\\underset{1 \\times 1}{C} = 2"));
    }
}
