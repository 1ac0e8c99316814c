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
    void aLabelledTermKeepsTheThickSpaceAroundEquals() {
        String symbolic = classic().steps().get(0).symbolic();
        // The same terms side by side with nothing between them, then the signs and TeX's spaces added.
        String bare = symbolic.replace("\\;{=}\\;", "").replace("\\:{+}\\:", "");
        double thick = icon("a\\;b").getIconWidth() - icon("ab").getIconWidth();
        double medium = icon("a\\:b").getIconWidth() - icon("ab").getIconWidth();
        double signs = icon("{=}").getIconWidth() + icon("{+}").getIconWidth();

        assertTrue(symbolic.contains("\\;{=}\\;"), symbolic);
        assertEquals(icon(bare).getIconWidth() + signs + 2 * thick + 2 * medium, icon(symbolic).getIconWidth(), 2.0);
    }

    @Test
    void everyLabelOfALineSitsAtTheSameDepth() {
        String symbolic = classic().steps().get(9).symbolic();
        assertTrue(symbolic.contains("\\frac{\\partial C}{\\partial W^{(1)}}"), symbolic);
        int depth = -1;
        int terms = 0;
        for (String part : symbolic.split("\\\\;\\{=\\}\\\\;|\\\\,")) {
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
        assertEquals("\\underset{1 \\times 1}{C}\\;{=}\\;2", ShapeLabels.levelled("\\underset{1 \\times 1}{C} = 2"));
    }
}
