package dev.deltascope.view.diagram;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.view.paint.ThemeSwatch;
import dev.deltascope.view.paint.ValuePalette;
import dev.deltascope.view.step.GridLayout;
import dev.deltascope.view.step.HoverTarget;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The diagram's edges: one line per weight between two layers' drawn units, coloured by the sign
 * of the weight and as thick as its size against the layer's largest, faded outside the step and
 * where the edges are many; the hovered weight's edge drawn thick over them.
 */
final class DiagramEdges {

    /** Beyond this many edges between two layers, edges fade so the picture does not turn solid. */
    private static final double DENSE_EDGES = 256;

    private final GraphicsContext g;
    private final DiagramGeometry geometry;
    private final ThemeSwatch theme;

    DiagramEdges(GraphicsContext g, DiagramGeometry geometry, ThemeSwatch theme) {
        this.g = g;
        this.geometry = geometry;
        this.theme = theme;
    }

    /** The edges of W^l, between layers l−1 and l. */
    void draw(Network network, int l, DiagramFocus focus, ValuePalette palette) {
        Matrix weights = network.layer(l).weights();
        double scale = ValuePalette.scale(weights);
        GridLayout to = geometry.units(l);
        GridLayout from = geometry.units(l - 1);
        double density = Math.min(1, Math.sqrt(DENSE_EDGES / (double) (to.count() * from.count())));
        double opacity = (focus.highlightsAnything() && !focus.isHighlightedWeights(l) ? 0.2 : 0.8) * density;
        double thickest = Math.min(6, Math.max(1.2, geometry.radius() * 0.35));
        for (int q = 0; q < to.count(); q++) {
            for (int p = 0; p < from.count(); p++) {
                if (to.at(q) == GridLayout.ELLIPSIS || from.at(p) == GridLayout.ELLIPSIS) {
                    continue;
                }
                double w = weights.get(to.at(q), from.at(p));
                Color colour = Double.isFinite(w) ? (w < 0 ? palette.negative() : palette.positive()) : ValuePalette.NOT_FINITE;
                double size = Double.isFinite(w) ? Math.min(1, Math.abs(w) / scale) : 1;
                g.setStroke(colour.deriveColor(0, 1, 1, opacity));
                g.setLineWidth(0.6 + (thickest - 0.6) * size);
                g.strokeLine(geometry.x(l - 1), geometry.y(l - 1, p), geometry.x(l), geometry.y(l, q));
            }
        }
    }

    /** The hovered weight's edge, thick, under the units; nothing for any other hover. */
    void drawHovered(HoverTarget target) {
        if (target == null || target.layer() > geometry.depth() || !target.isWeight()) {
            return;
        }
        int to = geometry.units(target.layer()).position(target.row());
        int from = geometry.units(target.layer() - 1).position(target.column());
        if (to >= 0 && from >= 0) {
            g.setStroke(theme.foreground());
            g.setLineWidth(5);
            g.strokeLine(geometry.x(target.layer() - 1), geometry.y(target.layer() - 1, from),
                    geometry.x(target.layer()), geometry.y(target.layer(), to));
        }
    }
}
