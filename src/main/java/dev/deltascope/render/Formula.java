package dev.deltascope.render;

import java.awt.Color;
import java.awt.Graphics2D;

/**
 * A formula laid out at a point size, ready to draw: typeset LaTeX, or a visible error box when
 * the LaTeX does not parse. Lengths are in points; one point is one pixel at scale 1.
 */
public sealed interface Formula permits TypesetFormula, FormulaError {

    /** The LaTeX source this formula was laid out from. */
    String latex();

    double pointSize();

    /** Width in points. */
    double width();

    /** Extent above the baseline, in points. */
    double height();

    /** Extent below the baseline, in points. */
    double depth();

    /** height + depth, in points. */
    default double totalHeight() {
        return height() + depth();
    }

    /** True when this is an error box instead of the typeset formula. */
    boolean isError();

    /**
     * Draws with the top-left corner at (x, y) in the Graphics2D's user space, glyphs drawn as
     * text in JLaTeXMath's fonts. The Graphics2D's state is restored afterwards.
     */
    void draw(Graphics2D graphics, double x, double y, Color colour);
}
