package dev.deltascope.view.diagram;

import dev.deltascope.numbers.NumberFormatter;
import java.math.BigDecimal;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A number written inside a unit of the diagram, as drawn. The text is the value at three
 * significant digits, else two, else one: the first that lies inside the circle in a font of at
 * least {@value #SMALLEST_FONT} px, in the largest such font up to the natural size (0.62 r, at
 * most 20 px, at least {@value #SMALLEST_FONT} px). Where even one digit would need a smaller font,
 * or the unit is less than {@value #SMALLEST_RADIUS} px in radius, the unit shows its colour alone
 * and the hover gives the value. A layer may write its values scaled by a power of ten ({@link LayerValues}).
 *
 * @param value the value the unit stands for, in full
 * @param scale k: the text is that of 10^k · {@code value} (0 but where the layer is scaled)
 * @param text what is written: the one number formatter's text of 10^k · {@code value}
 * @param font the font it is written in
 * @param x the unit's centre
 * @param y the unit's centre
 * @param radius the unit's radius
 */
public record UnitValue(double value, int scale, String text, Font font, double x, double y, double radius) {

    /** The smallest type a value is written in: smaller is not read from the back of a lecture room. */
    public static final double SMALLEST_FONT = 9;
    /** How far inside the circle's edge the text stays: the highlighted outline's inner half (1.5 px) and 1 px of air. */
    static final double INSET = 2.5;
    private static final double LARGEST_FONT = 20;
    /** Units smaller than this radius show their colour alone: a digit or two would crowd them. */
    static final double SMALLEST_RADIUS = 13;

    /**
     * 10^scale · value written to fit the unit at (x, y) of this radius, or null when no text fits.
     * The power of ten moves the decimal point exactly, before any rounding.
     */
    static UnitValue fitted(double value, int scale, double x, double y, double radius) {
        if (radius < SMALLEST_RADIUS) {
            return null;
        }
        FontWeight weight = Double.isFinite(value) ? FontWeight.NORMAL : FontWeight.BOLD;
        double written = scale == 0 || !Double.isFinite(value) ? value
                : BigDecimal.valueOf(value).scaleByPowerOfTen(scale).doubleValue();
        Text probe = new Text();
        for (int digits = 3; digits >= 1; digits--) {
            probe.setText(new NumberFormatter(digits).compactText(written));
            double size = Math.min(LARGEST_FONT, Math.max(SMALLEST_FONT, radius * 0.62));
            while (size >= SMALLEST_FONT) {
                Font font = Font.font(null, weight, size);
                probe.setFont(font);
                double width = probe.getLayoutBounds().getWidth();
                double room = room(radius, size);
                if (width <= room) {
                    return new UnitValue(value, scale, probe.getText(), font, x, y, radius);
                }
                size = Math.min(size - 0.25, size * room / width);
            }
        }
        return null;
    }

    /**
     * The width a text of this font size may take across a circle of this radius: the chord at
     * 0.4 of the size from the centre (the top and bottom of the digits), less {@link #INSET} on
     * each side.
     */
    static double room(double radius, double size) {
        double inner = radius - INSET;
        double half = 0.4 * size;
        return inner > half ? 2 * Math.sqrt(inner * inner - half * half) : 0;
    }
}
