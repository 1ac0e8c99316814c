package dev.deltascope.view.diagram;

import dev.deltascope.model.Network;
import dev.deltascope.view.step.GridLayout;
import dev.deltascope.view.step.HoverTarget;

/**
 * Where the network diagram puts things: one column per layer 0..L from left to right, each
 * layer's units stacked and centred with the same spacing everywhere, the caption band on top and
 * the layer labels underneath, both sized by the text size, which follows the height. Layers wider
 * than {@value #MAX_UNITS} units are elided in the middle.
 */
final class DiagramGeometry {

    /**
     * At most this many units a layer: beyond it a unit is a few pixels high, too small to point at
     * or read, and the edges between two such layers (width² of them, redrawn on every step) cost
     * the renderer about a quarter of a second at width 64.
     */
    static final int MAX_UNITS = 24;
    private static final double MAX_RADIUS = 30;
    private static final double EDGE_TOLERANCE = 5;
    /** The height, in text sizes, from which the layer labels get a second line. */
    static final double TWO_LINE_HEIGHTS = 14;

    private final GridLayout[] units;
    private final double[] columns;
    private final double spacing;
    private final double radius;
    private final double centre;
    private final double textSize;
    private final double columnGap;
    private final double height;
    private final boolean twoLines;

    DiagramGeometry(Network network, double width, double height) {
        this(network, width, height, 1);
    }

    /**
     * {@code typeScale} enlarges the labels as the window's type is enlarged (presentation mode),
     * though never beyond a ninth of the height; below {@value #TWO_LINE_HEIGHTS} text heights the
     * layer labels take one line instead of two.
     */
    DiagramGeometry(Network network, double width, double height, double typeScale) {
        int depth = network.depth();
        units = new GridLayout[depth + 1];
        int most = 1;
        for (int l = 0; l <= depth; l++) {
            units[l] = new GridLayout(network.size(l), MAX_UNITS);
            most = Math.max(most, units[l].count());
        }
        this.height = height;
        textSize = Math.max(12, Math.min(Math.min(19, height / 20) * typeScale, height / 9));
        twoLines = height >= TWO_LINE_HEIGHTS * textSize;
        double available = Math.max(1, height - captionHeight() - labelsHeight());
        columnGap = Math.max(1, width) / (depth + 1);
        spacing = available / most;
        radius = Math.max(1.5, Math.min(MAX_RADIUS, Math.min(spacing * 0.4, columnGap * 0.22)));
        columns = new double[depth + 1];
        for (int l = 0; l <= depth; l++) {
            columns[l] = columnGap * (l + 0.5);
        }
        centre = captionHeight() + available / 2;
    }

    /** The x of layer l's column. */
    double x(int l) {
        return columns[l];
    }

    /** The y of the unit drawn at position p of layer l. */
    double y(int l, int p) {
        return centre + (p - (units[l].count() - 1) / 2.0) * spacing;
    }

    /** The units of layer l that are drawn, in order, with {@link GridLayout#ELLIPSIS} where elided. */
    GridLayout units(int l) {
        return units[l];
    }

    double radius() {
        return radius;
    }

    /** The y of the first and last unit of layer l. */
    double top(int l) {
        return y(l, 0);
    }

    double bottom(int l) {
        return y(l, units[l].count() - 1);
    }

    /** The distance between two layers' columns. */
    double columnGap() {
        return columnGap;
    }

    /** The size of the labels' text, in pixels. */
    double textSize() {
        return textSize;
    }

    /** The y of the middle of the band above the units, where each layer's symbol goes. */
    double captionMiddle() {
        return captionHeight() / 2 + 2;
    }

    /** The y of the middle of the layer labels' first line; the second is one and a half lines lower. */
    double labelsMiddle() {
        return height - labelsHeight() + textSize;
    }

    /** The top and bottom of layer l's highlight band: around its units, clear of the caption and labels. */
    double bandTop(int l) {
        return Math.max(captionHeight() + 2, top(l) - radius - 10);
    }

    double bandBottom(int l) {
        return Math.min(height - labelsHeight() - 2, bottom(l) + radius + 10);
    }

    private double captionHeight() {
        return textSize * 2.2;
    }

    private double labelsHeight() {
        return textSize * (twoLines ? 3.4 : 2);
    }

    /** True when the layer labels have room for their second line (the width and activation). */
    boolean hasSecondLabelLine() {
        return twoLines;
    }

    int depth() {
        return units.length - 1;
    }

    /** The unit, or failing that the edge, under the point; null for neither. */
    HoverTarget hit(double px, double py) {
        for (int l = 0; l < units.length; l++) {
            for (int p = 0; p < units[l].count(); p++) {
                int unit = units[l].at(p);
                if (unit != GridLayout.ELLIPSIS && Math.hypot(px - x(l), py - y(l, p)) <= radius + 3) {
                    return HoverTarget.unit(l, unit);
                }
            }
        }
        HoverTarget nearest = null;
        double best = EDGE_TOLERANCE;
        for (int l = 1; l < units.length; l++) {
            if (px < x(l - 1) || px > x(l)) {
                continue;
            }
            for (int q = 0; q < units[l].count(); q++) {
                for (int p = 0; p < units[l - 1].count(); p++) {
                    int to = units[l].at(q);
                    int from = units[l - 1].at(p);
                    if (to == GridLayout.ELLIPSIS || from == GridLayout.ELLIPSIS) {
                        continue;
                    }
                    double distance = segmentDistance(px, py, x(l - 1), y(l - 1, p), x(l), y(l, q));
                    if (distance <= best) {
                        best = distance;
                        nearest = HoverTarget.weight(l, to, from);
                    }
                }
            }
        }
        return nearest;
    }

    private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}
