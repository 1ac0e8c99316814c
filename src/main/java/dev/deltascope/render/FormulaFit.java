package dev.deltascope.render;

import dev.deltascope.derivation.FormulaLines;
import dev.deltascope.derivation.FormulaMeasure;

/**
 * Long formulas broken into lines that fit a width, measured by JLaTeXMath at a point size: the
 * one way the window, the pictures and the LaTeX documents fit a formula to the space they have.
 */
public final class FormulaFit {

    private FormulaFit() {
    }

    /** The lines of this formula that each fit maxWidth points at pointSize (a lone piece wider than that stays whole). */
    public static FormulaLines lines(String latex, double pointSize, double maxWidth) {
        return FormulaLines.fit(latex, measure(pointSize), pointSize, maxWidth);
    }

    /** The formula laid out at pointSize, broken into lines (an {@code aligned} block) so it fits maxWidth where it can. */
    public static Formula layout(String latex, double pointSize, double maxWidth) {
        return FormulaRenderer.layout(lines(latex, pointSize, maxWidth).latex(), pointSize);
    }

    /** Sizes of formulas typeset by JLaTeXMath at pointSize, in points; a formula that does not parse has its error box's size. */
    public static FormulaMeasure measure(double pointSize) {
        return latex -> {
            Formula formula = FormulaRenderer.layout(latex, pointSize);
            return new FormulaMeasure.Extent(formula.width(), formula.height(), formula.depth());
        };
    }
}
