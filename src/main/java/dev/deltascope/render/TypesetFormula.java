package dev.deltascope.render;

import java.awt.Color;
import java.awt.Graphics2D;
import org.scilab.forge.jlatexmath.Box;

/** LaTeX that JLaTeXMath parsed, laid out as a box at a point size. */
public final class TypesetFormula implements Formula {

    private final String latex;
    private final double pointSize;
    private final Box box;

    TypesetFormula(String latex, double pointSize, Box box) {
        this.latex = latex;
        this.pointSize = pointSize;
        this.box = box;
    }

    @Override
    public String latex() {
        return latex;
    }

    @Override
    public double pointSize() {
        return pointSize;
    }

    @Override
    public double width() {
        return box.getWidth() * pointSize;
    }

    @Override
    public double height() {
        return box.getHeight() * pointSize;
    }

    @Override
    public double depth() {
        return box.getDepth() * pointSize;
    }

    @Override
    public boolean isError() {
        return false;
    }

    @Override
    public void draw(Graphics2D graphics, double x, double y, Color colour) {
        GraphicsState saved = GraphicsState.save(graphics);
        try {
            synchronized (FormulaRenderer.JLATEXMATH) {
                GraphicsState.useQualityHints(graphics);
                graphics.translate(x, y);
                graphics.scale(pointSize, pointSize);
                graphics.setColor(colour);
                box.draw(graphics, 0, box.getHeight());
            }
        } catch (RuntimeException failure) {
            saved.restore(graphics);
            FormulaError.of(latex, pointSize, failure).draw(graphics, x, y, colour);
        } finally {
            saved.restore(graphics);
        }
    }

    @Override
    public String toString() {
        return "TypesetFormula[" + latex + ", " + pointSize + " pt]";
    }
}
