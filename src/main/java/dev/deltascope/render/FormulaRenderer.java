package dev.deltascope.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Turns LaTeX into a laid-out {@link Formula}, an image at any scale, or drawing on any
 * Graphics2D. Never throws for bad LaTeX: a formula that does not parse becomes an error box.
 */
public final class FormulaRenderer {

    /** JLaTeXMath keeps static mutable state (lazily loaded fonts and tables): every call into it holds this. */
    static final Object JLATEXMATH = new Object();

    public static final double MAX_POINT_SIZE = 1000;
    public static final double MAX_SCALE = 8;
    /** Images larger than this many pixels are replaced by an error box. */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;
    /** Empty margin around a formula in its image, as a fraction of the point size. */
    static final double PADDING_PER_POINT = 0.1;
    /** Point size of the box that replaces a formula too large to draw: small enough to always fit. */
    private static final double ERROR_POINT_SIZE = 12;

    private FormulaRenderer() {
    }

    /** Parses and lays out LaTeX (display style) at a point size; an error box if it does not parse. */
    public static Formula layout(String latex, double pointSize) {
        Objects.requireNonNull(latex, "latex");
        checkPointSize(pointSize);
        Optional<String> problem = LatexSyntax.problem(latex);
        if (problem.isPresent()) {
            return new FormulaError(latex, pointSize, problem.get());
        }
        try {
            synchronized (JLATEXMATH) {
                TeXFormula formula = new TeXFormula(latex);
                return new TypesetFormula(latex, pointSize,
                        formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) pointSize).getBox());
            }
        } catch (RuntimeException | StackOverflowError failure) {
            return FormulaError.of(latex, pointSize, failure);
        }
    }

    /** Lays out and draws LaTeX with its top-left corner at (x, y); returns the formula for its size. */
    public static Formula draw(Graphics2D graphics, String latex, double pointSize, double x, double y, Color colour) {
        Formula formula = layout(latex, pointSize);
        formula.draw(graphics, x, y, Objects.requireNonNull(colour, "colour"));
        return formula;
    }

    /**
     * LaTeX drawn into an ARGB image at a scale (2 for a hi-DPI screen or print), in the given
     * colour on the given background, or on transparent pixels when background is null.
     */
    public static FormulaImage image(String latex, double pointSize, double scale, Color colour, Color background) {
        return image(layout(latex, pointSize), scale, colour, background);
    }

    /** A laid-out formula drawn into an image; see {@link #image(String, double, double, Color, Color)}. */
    public static FormulaImage image(Formula formula, double scale, Color colour, Color background) {
        Objects.requireNonNull(colour, "colour");
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale: must be in (0, " + MAX_SCALE + "], was " + scale);
        }
        Formula drawn = formula;
        if (pixels(drawn.width(), drawn, scale) * pixels(drawn.totalHeight(), drawn, scale) > MAX_PIXELS) {
            String message = "too large to draw: " + pixels(drawn.width(), drawn, scale) + "×"
                    + pixels(drawn.totalHeight(), drawn, scale) + " pixels at scale " + scale;
            drawn = new FormulaError(formula.latex(), Math.min(formula.pointSize(), ERROR_POINT_SIZE), message);
        }
        double padding = padding(drawn);
        int width = (int) pixels(drawn.width(), drawn, scale);
        int height = (int) pixels(drawn.totalHeight(), drawn, scale);
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = pixels.createGraphics();
        try {
            if (background != null) {
                graphics.setColor(background);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.scale(scale, scale);
            drawn.draw(graphics, padding, padding, colour);
        } finally {
            graphics.dispose();
        }
        return new FormulaImage(pixels, drawn, scale, padding);
    }

    private static double padding(Formula formula) {
        return formula.pointSize() * PADDING_PER_POINT;
    }

    /** Pixels along one side: the length plus padding on both ends, at the scale, at least one. */
    private static long pixels(double length, Formula formula, double scale) {
        return Math.max(1, (long) Math.ceil((length + 2 * padding(formula)) * scale));
    }

    private static void checkPointSize(double pointSize) {
        if (!(pointSize > 0 && pointSize <= MAX_POINT_SIZE)) {
            throw new IllegalArgumentException("pointSize: must be in (0, " + MAX_POINT_SIZE + "], was " + pointSize);
        }
    }
}
