package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.FormulaLines;
import dev.deltascope.derivation.FormulaPieces;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.derivation.View;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long formulas of a 3-8-8-2 network broken to fit a slide's width, as JLaTeXMath measures them. */
class FormulaFitTest {

    private static final double POINT_SIZE = 11;
    /** The text width of a 16:9 Beamer frame at 11 pt, in points. */
    private static final double SLIDE_WIDTH = 398;

    @BeforeAll
    static void runHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void everyFormulaOfAWideNetworkFitsASlideOrHoldsOnlyPiecesThatCannotBeCut() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.threeEightEightTwo()),
                NumberStyle.DEFAULT);
        int tooWideUnbroken = 0;
        for (String formula : formulas(derivation)) {
            Formula whole = FormulaRenderer.layout(formula, POINT_SIZE);
            FormulaLines lines = FormulaFit.lines(formula, POINT_SIZE, SLIDE_WIDTH);
            Formula broken = FormulaRenderer.layout(lines.latex(), POINT_SIZE);
            assertFalse(broken.isError(), "does not parse: " + lines.latex());
            if (whole.width() > SLIDE_WIDTH) {
                tooWideUnbroken++;
                assertTrue(lines.count() > 1, "not broken: " + formula);
            }
            double leftColumn = 0;
            for (String line : lines.lines()) {
                leftColumn = Math.max(leftColumn,
                        FormulaRenderer.layout(line.substring(0, line.indexOf('&')), POINT_SIZE).width());
            }
            double widestLine = 0;
            for (int k = 0; k < lines.count(); k++) {
                String line = lines.lines().get(k);
                double indent = line.contains("&\\qquad") ? 2 * POINT_SIZE : 0;
                double ownLeft = FormulaRenderer.layout(line.substring(0, line.indexOf('&')), POINT_SIZE).width();
                double lineWidth = leftColumn - ownLeft + indent + lines.extents().get(k).width();
                widestLine = Math.max(widestLine, lineWidth);
                if (lineWidth > SLIDE_WIDTH) {
                    assertTrue(onePiece(line), "a line too wide that could be cut: " + line);
                }
            }
            assertTrue(broken.width() <= Math.max(SLIDE_WIDTH, widestLine) * 1.04,
                    broken.width() + " pt wide, widest line " + widestLine + ": " + lines.latex());
        }
        assertTrue(tooWideUnbroken >= 10, "only " + tooWideUnbroken + " formulas were too wide to start with");
    }

    @Test
    void layoutOfAFormulaThatFitsIsTheFormulaItself() {
        String latex = "\\delta^{2} = a \\odot b";

        Formula fitted = FormulaFit.layout(latex, POINT_SIZE, SLIDE_WIDTH);

        assertEquals(latex, fitted.latex());
        assertEquals(FormulaRenderer.layout(latex, POINT_SIZE).width(), fitted.width(), 1e-9);
    }

    /** Whether the line, after its alignment and a left side, holds one piece that no rule cuts. */
    private static boolean onePiece(String line) {
        String content = line.substring(line.indexOf('&') + 1).replaceFirst("^\\s*(\\\\qquad)?\\s*(\\{\\})?\\s*(=|\\\\leftarrow)?", "");
        return FormulaPieces.of(content).stream().noneMatch(piece -> piece.joint() == FormulaPieces.Joint.RELATION
                || piece.joint() == FormulaPieces.Joint.OPERATOR || piece.joint() == FormulaPieces.Joint.INSIDE);
    }

    private static List<String> formulas(Derivation derivation) {
        List<String> formulas = new ArrayList<>();
        for (Step step : derivation.steps()) {
            formulas.add(step.symbolic());
            formulas.add(step.numeric());
            for (View view : step.views()) {
                formulas.add(view.symbolic());
                formulas.add(view.numeric());
                formulas.addAll(view.unitFormulas());
            }
        }
        return formulas;
    }
}
