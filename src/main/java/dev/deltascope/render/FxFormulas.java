package dev.deltascope.render;

import java.awt.geom.AffineTransform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.jfree.fx.FXGraphics2D;

/**
 * Formulas for JavaFX: as an {@link Image} (for an ImageView) or drawn as vectors onto a
 * Canvas through FXGraphics2D. Needs the JavaFX toolkit started; Canvas drawing belongs on the
 * FX application thread as usual. Builds no Nodes: the view does that.
 */
public final class FxFormulas {

    private FxFormulas() {
    }

    /** A JavaFX copy of a rendered formula's pixels. */
    public static Image image(FormulaImage image) {
        return SwingFXUtils.toFXImage(image.pixels(), null);
    }

    /** LaTeX rendered at a point size and scale, transparent background. Never throws for bad LaTeX. */
    public static Image image(String latex, double pointSize, double scale, Color colour) {
        return image(FormulaRenderer.image(latex, pointSize, scale, toAwt(colour), null));
    }

    /** A cache of JavaFX images of formulas, bounded by entries and by pixel bytes (four per pixel). */
    public static FormulaCache<Image> imageCache(int maxEntries, long maxBytes) {
        return new FormulaCache<>(maxEntries, maxBytes,
                key -> image(FormulaRenderer.image(key.latex(), key.pointSize(), key.scale(), key.colour(), null)),
                image -> 4L * (long) image.getWidth() * (long) image.getHeight());
    }

    /**
     * Draws a formula onto a Canvas with its top-left corner at (x, y), in the context's current
     * transform (scale the context for hi-DPI or zoom: the glyphs stay vectors).
     */
    public static void draw(GraphicsContext context, Formula formula, double x, double y, Color colour) {
        JLaTeXMathFonts.loadIntoJavaFx();
        context.save();
        try {
            formula.draw(graphicsFor(context), x, y, toAwt(colour));
        } finally {
            context.restore();
        }
    }

    /** Lays out and draws LaTeX; returns the formula for its size. Never throws for bad LaTeX. */
    public static Formula draw(GraphicsContext context, String latex, double pointSize, double x, double y,
            Color colour) {
        Formula formula = FormulaRenderer.layout(latex, pointSize);
        draw(context, formula, x, y, colour);
        return formula;
    }

    /**
     * An FXGraphics2D in step with the context: it assumes the context's transform is the
     * identity and its fill and stroke are its own initial colour, so set both to match.
     */
    private static FXGraphics2D graphicsFor(GraphicsContext context) {
        FXGraphics2D graphics = new FXGraphics2D(context);
        java.awt.Color initial = graphics.getColor();
        Color matching = Color.rgb(initial.getRed(), initial.getGreen(), initial.getBlue(), initial.getAlpha() / 255.0);
        context.setFill(matching);
        context.setStroke(matching);
        Affine current = context.getTransform();
        graphics.setTransform(new AffineTransform(current.getMxx(), current.getMyx(), current.getMxy(),
                current.getMyy(), current.getTx(), current.getTy()));
        return graphics;
    }

    /** The same colour as an AWT colour, alpha included. */
    public static java.awt.Color toAwt(Color colour) {
        return new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue(),
                (float) colour.getOpacity());
    }
}
