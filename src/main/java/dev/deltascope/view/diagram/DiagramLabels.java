package dev.deltascope.view.diagram;

import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.model.Network;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.editor.ParameterLabels;
import dev.deltascope.view.paint.ThemeSwatch;
import dev.deltascope.view.paint.ValuePalette;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The diagram's words: above each layer its symbol in the convention's index style (or, on
 * output-error and backward steps, ‖δ^l‖ over a bar as long as it against the largest), under each
 * layer its name, width and activation (and the power of ten its units are scaled by), and for a
 * mini-batch the example shown.
 */
final class DiagramLabels {

    private final GraphicsContext g;
    private final DiagramGeometry geometry;
    private final ThemeSwatch theme;
    private final IndexStyle indexStyle;
    private final Font bold;
    private final Font plain;

    DiagramLabels(GraphicsContext g, DiagramGeometry geometry, ThemeSwatch theme, IndexStyle indexStyle) {
        this.g = g;
        this.geometry = geometry;
        this.theme = theme;
        this.indexStyle = indexStyle;
        this.bold = Font.font(null, FontWeight.BOLD, geometry.textSize() + 2);
        this.plain = Font.font(null, FontWeight.NORMAL, geometry.textSize());
    }

    /** The name of what layer l shows in the index style ("δ⁽¹⁾"), or "" for nothing. */
    static String caption(IndexStyle indexStyle, DiagramFocus focus, int l) {
        String symbol = focus.shown(l).symbol();
        return symbol.isEmpty() ? "" : indexStyle.plain(symbol + LayerIndex.plain(l));
    }

    /**
     * The captions above the layers, returned left to right; with {@code norms}, ‖δ^l‖ and its bar
     * in the captions of δ.
     */
    List<String> drawCaptions(DiagramFocus focus, DiagramScales scales, boolean norms, double canvasWidth) {
        List<String> captions = new ArrayList<>();
        for (int l = 0; l <= geometry.depth(); l++) {
            String caption = caption(indexStyle, focus, l);
            captions.add(caption);
            if (caption.isEmpty()) {
                continue;
            }
            boolean norm = norms && focus.shown(l) == DiagramFocus.Quantity.ERROR;
            if (norm) {
                caption = "‖" + caption + "‖ = " + new NumberFormatter(2).compactText(scales.errorNorm(l));
                drawErrorNorm(l, scales);
            }
            Font font = norm ? plain : bold;
            double half = DiagramText.width(caption, font) / 2;
            double centre = Math.max(half + 2, Math.min(canvasWidth - half - 2, geometry.x(l)));
            DiagramText.draw(g, caption, centre, geometry.captionMiddle(), font,
                    focus.isHighlighted(l) ? theme.accent() : theme.foreground());
        }
        return captions;
    }

    /**
     * Under layer l's caption, a bar as long as ‖δ^l‖ (of the example drawn) against the largest
     * of them: vanishing and exploding gradients at a glance.
     */
    private void drawErrorNorm(int l, DiagramScales scales) {
        double norm = scales.errorNorm(l);
        double largest = scales.largestErrorNorm();
        double longest = geometry.columnGap() * 0.6;
        double height = Math.max(3, geometry.textSize() * 0.3);
        double y = geometry.captionMiddle() + geometry.textSize() * 0.75;
        double left = geometry.x(l) - longest / 2;
        double length = largest > 0 && Double.isFinite(norm) ? Math.max(1, longest * norm / largest) : longest;
        g.setFill(theme.muted().deriveColor(0, 1, 1, 0.25));
        g.fillRect(left, y, longest, height);
        g.setFill(Double.isFinite(norm) ? theme.accent() : ValuePalette.NOT_FINITE);
        g.fillRect(left, y, length, height);
    }

    /**
     * Under each layer its name and "n_l = width · activation", on one line or two as the height
     * allows, shortened to fit the column; where the layer's units show 10^k times their values
     * ({@code valueScales[l]} = k ≠ 0), the name line says so.
     */
    void drawLayerLabels(Network network, DiagramFocus focus, int[] valueScales) {
        double size = geometry.textSize();
        double labels = geometry.labelsMiddle();
        for (int l = 0; l <= network.depth(); l++) {
            double x = geometry.x(l);
            String name = l == 0 ? "Input" : l == network.depth() ? "Output" : "Hidden " + l;
            String width = "n" + ParameterLabels.subscript(l) + " = " + network.size(l);
            String withActivation = l == 0 ? width : width + " · " + network.layer(l).activation().name();
            double room = labelRoom(l, network.depth());
            String scaled = valueScales[l] == 0 ? null
                    : NumberFormatter.powerOfTen(valueScales[l]) + " " + caption(indexStyle, focus, l);
            if (geometry.hasSecondLabelLine()) {
                Font semiBold = Font.font(null, FontWeight.SEMI_BOLD, size);
                DiagramText.draw(g, scaled == null ? name : fitting(semiBold, room, scaled, name + " · units show " + scaled,
                        "units show " + scaled), x, labels, semiBold, theme.foreground());
                DiagramText.draw(g, fitting(plain, room, width, withActivation), x, labels + size * 1.4, plain, theme.muted());
            } else if (scaled != null) {
                DiagramText.draw(g, fitting(plain, room, scaled, name + " · units show " + scaled, "units show " + scaled), x,
                        labels, plain, theme.foreground());
            } else {
                DiagramText.draw(g, fitting(plain, room, width, name + " · " + withActivation, name + " · " + width), x,
                        labels, plain, theme.foreground());
            }
        }
    }

    /** "example k of m" in the top left corner, for a batch of more than one. */
    void drawExample(int example, int batchSize) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.NORMAL, geometry.textSize() * 0.85));
        g.setFill(theme.muted());
        if (batchSize > 1) {
            g.fillText("example " + (example + 1) + " of " + batchSize, 6, 4);
        }
    }

    /**
     * The width a label of layer l may take, centred on its column: the gap between columns less a
     * little on each side, and for the first and last layer less three quarters of the text size on
     * each side, so that their labels stand clear of the diagram's edges.
     */
    private double labelRoom(int l, int depth) {
        double margin = l == 0 || l == depth ? Math.max(4, 0.75 * geometry.textSize()) : 4;
        return geometry.columnGap() - 2 * margin;
    }

    /** The first of {@code longerFirst} narrower than {@code room}, else {@code fallback}. */
    private static String fitting(Font font, double room, String fallback, String... longerFirst) {
        for (String text : longerFirst) {
            if (DiagramText.width(text, font) < room) {
                return text;
            }
        }
        return fallback;
    }
}
