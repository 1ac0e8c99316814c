package dev.deltascope.view.diagram;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Trace;
import dev.deltascope.view.paint.ThemeSwatch;
import dev.deltascope.view.paint.ValuePalette;
import dev.deltascope.view.step.GridLayout;
import dev.deltascope.view.step.HoverTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The diagram's units: the step's layers banded, each unit a circle coloured by the value it shows
 * (hatched where it blew up) with that value written in it as {@link LayerValues} fits it, layers
 * outside the step dimmed, and rings around the hovered unit or the ends of the hovered weight.
 */
final class DiagramUnits {

    /** How much the units of layers outside the step fade towards the background. */
    private static final double DIMMED = 0.5;

    private final GraphicsContext g;
    private final DiagramGeometry geometry;
    private final ThemeSwatch theme;

    DiagramUnits(GraphicsContext g, DiagramGeometry geometry, ThemeSwatch theme) {
        this.g = g;
        this.geometry = geometry;
        this.theme = theme;
    }

    /** A rounded band behind each of the step's layers. */
    void drawBands(DiagramFocus focus) {
        double r = geometry.radius();
        for (int l = 0; l <= geometry.depth(); l++) {
            if (focus.isHighlighted(l)) {
                double x = geometry.x(l) - r - 12;
                double y = geometry.bandTop(l);
                double h = geometry.bandBottom(l) - y;
                g.setFill(theme.accent().deriveColor(0, 1, 1, 0.14));
                g.fillRoundRect(x, y, 2 * r + 24, h, 18, 18);
                g.setStroke(theme.accent().deriveColor(0, 1, 1, 0.6));
                g.setLineWidth(2);
                g.strokeRoundRect(x, y, 2 * r + 24, h, 18, 18);
            }
        }
    }

    /**
     * Layer l's units showing column {@code example} of what {@code focus} puts on them, and their
     * numbers; returns the numbers written, or null where the layer shows nothing.
     */
    LayerValues draw(Trace trace, int l, int example, DiagramFocus focus, ValuePalette palette, DiagramScales scales) {
        Matrix shown = focus.values(trace, l);
        double r = geometry.radius();
        double fade = focus.highlightsAnything() && !focus.isHighlighted(l) ? DIMMED : 0;
        GridLayout units = geometry.units(l);
        List<Double> numbers = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Color> fills = new ArrayList<>();
        double x = geometry.x(l);
        for (int p = 0; p < units.count(); p++) {
            double y = geometry.y(l, p);
            if (units.at(p) == GridLayout.ELLIPSIS) {
                DiagramText.draw(g, "⋮", x, y, Font.font(Math.max(12, r * 1.4)), theme.muted());
                continue;
            }
            double value = shown == null ? 0 : shown.get(units.at(p), example);
            Color fill = shown == null ? theme.background()
                    : palette.fill(value, scales.scale(l)).interpolate(theme.background(), fade);
            drawUnit(x, y, fill, shown == null || Double.isFinite(value), focus.isHighlighted(l));
            numbers.add(value);
            ys.add(y);
            fills.add(fill);
        }
        if (shown == null) {
            return null;
        }
        double[] xs = new double[numbers.size()];
        Arrays.fill(xs, x);
        LayerValues written = LayerValues.fitted(unboxed(numbers), xs, unboxed(ys), r);
        for (int i = 0; i < written.values().size(); i++) {
            UnitValue value = written.values().get(i);
            if (value != null) {
                DiagramText.draw(g, value.text(), value.x(), value.y(), value.font(), ValuePalette.textOn(fills.get(i)));
            }
        }
        return written;
    }

    /** One circle at (x, y), filled, or hatched where its value is not finite, and outlined. */
    private void drawUnit(double x, double y, Color fill, boolean finite, boolean highlighted) {
        double r = geometry.radius();
        if (finite) {
            g.setFill(fill);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            g.save();
            g.beginPath();
            g.arc(x, y, r, r, 0, 360);
            g.closePath();
            g.clip();
            ValuePalette.hatch(g, x - r, y - r, 2 * r, 2 * r);
            g.restore();
        }
        g.setStroke(highlighted ? theme.accent() : theme.muted());
        g.setLineWidth(highlighted ? 3 : 1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static double[] unboxed(List<Double> numbers) {
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Rings around the hovered unit, or around both ends of the hovered weight. */
    void drawHoverRings(HoverTarget target) {
        if (target == null || target.layer() > geometry.depth()) {
            return;
        }
        if (target.isWeight()) {
            ring(target.layer() - 1, target.column());
        }
        ring(target.layer(), target.row());
    }

    private void ring(int l, int unit) {
        int position = geometry.units(l).position(unit);
        if (position < 0) {
            return;
        }
        double r = geometry.radius() + 5;
        g.setStroke(theme.foreground());
        g.setLineWidth(4);
        g.strokeOval(geometry.x(l) - r, geometry.y(l, position) - r, 2 * r, 2 * r);
    }
}
