package dev.deltascope.view.paint;

import dev.deltascope.model.Matrix;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The diverging colours shared by the grids and the diagram: blue for negative values, a neutral
 * tone for zero, orange-red for positive ones, scaled by the largest finite |value| of the matrix.
 * NaN and ±∞ get a magenta hatch that no finite value can produce. One palette per theme.
 */
public record ValuePalette(Color negative, Color neutral, Color positive) {

    /** The fill of a cell or unit whose value is NaN or ±∞. */
    public static final Color NOT_FINITE = Color.web("#c800c8");

    private static final ValuePalette LIGHT =
            new ValuePalette(Color.web("#1f5fa8"), Color.web("#f6f8fa"), Color.web("#c2410c"));
    private static final ValuePalette DARK =
            new ValuePalette(Color.web("#3d8bfd"), Color.web("#2d333b"), Color.web("#f0762e"));

    /** The palette that reads well on the given theme background. */
    static ValuePalette forBackground(Color background) {
        return isDark(background) ? DARK : LIGHT;
    }

    static boolean isDark(Color color) {
        return luminance(color) < 0.18;
    }

    /** The largest finite |value| in the matrix ({@link Matrix#maxFiniteAbs}), or 1 when there is none or it is 0. */
    public static double scale(Matrix values) {
        double max = values.maxFiniteAbs();
        return max > 0 ? max : 1;
    }

    /** The colour of value on a scale whose extremes are ±scale (scale > 0). */
    public Color fill(double value, double scale) {
        if (!Double.isFinite(value)) {
            return NOT_FINITE;
        }
        double t = Math.min(1, Math.abs(value) / scale);
        return neutral.interpolate(value < 0 ? negative : positive, t);
    }

    /** Black or white, whichever contrasts more with the fill. */
    public static Color textOn(Color fill) {
        return luminance(fill) > 0.18 ? Color.web("#101418") : Color.WHITE;
    }

    /** Fills a rectangle with the NaN/∞ pattern: magenta with light diagonal stripes. */
    public static void hatch(GraphicsContext g, double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
        g.setFill(NOT_FINITE);
        g.fillRect(x, y, width, height);
        g.setStroke(Color.rgb(255, 255, 255, 0.45));
        g.setLineWidth(2);
        double step = 7;
        for (double d = -height; d < width; d += step) {
            g.strokeLine(x + d, y + height, x + d + height, y);
        }
        g.restore();
    }

    /** Relative luminance (sRGB, WCAG). */
    static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
