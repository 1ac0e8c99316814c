package dev.deltascope.view.diagram;

import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.editor.ParameterLabels;
import dev.deltascope.view.paint.ThemeSwatch;
import dev.deltascope.view.paint.ValuePalette;
import dev.deltascope.view.step.GridLayout;
import dev.deltascope.view.step.HoverSource;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.PointerTooltip;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The network drawn on a Canvas: one column of units per layer, each unit coloured by the value
 * the current step shows on it (activation, weighted input or δ, of the chosen example), edges
 * coloured by the sign of their weight and as thick as its size. Each layer's units are coloured
 * on their own scale, or, with the shared scale on, every layer showing the same quantity on one
 * scale, so that a vanishing δ fades. On output-error and backward steps a bar beside each δ
 * shows ‖δ^l‖ against the largest. The step's layers are highlighted and the rest dimmed.
 * Hovering a unit or edge sets the shared hover; a hover set elsewhere (a grid cell) rings the
 * matching unit or edge.
 */
public final class NetworkDiagram extends Region {

    /** Beyond this many edges between two layers, edges fade so the picture does not turn solid. */
    private static final double DENSE_EDGES = 256;
    /** How far the units of layers outside the step fade towards the background. */
    private static final double DIMMED = 0.5;

    private final ObservableValue<Trace> trace;
    private final ObservableValue<Step> step;
    private final ObjectProperty<HoverTarget> hover;
    private final Canvas canvas = new Canvas();
    private final ThemeSwatch theme = new ThemeSwatch(this::invalidate);
    private DiagramGeometry geometry;
    private final BooleanProperty sharedScale = new SimpleBooleanProperty(this, "sharedScale");
    private final IntegerProperty example = new SimpleIntegerProperty(this, "example");
    private final DoubleProperty typeScale = new SimpleDoubleProperty(this, "typeScale", 1);
    private final ObjectProperty<IndexStyle> indexStyle = new SimpleObjectProperty<>(this, "indexStyle",
            IndexStyle.PARENTHESES);
    private final List<String> captions = new ArrayList<>();
    private final List<UnitValue> values = new ArrayList<>();
    /** For l = 0..L, the k of the last drawing: layer l's units show 10^k times their values. */
    private int[] valueScales = new int[0];
    private final PointerTooltip tooltip = new PointerTooltip(canvas);
    private final HoverSource hoverSource;
    private boolean dirty;

    /** A diagram of whatever trace and step the observables hold; {@code hover} is shared with the grids. */
    public NetworkDiagram(ObservableValue<Trace> trace, ObservableValue<Step> step, ObjectProperty<HoverTarget> hover) {
        this.trace = trace;
        this.step = step;
        this.hover = hover;
        this.hoverSource = new HoverSource(this.hover);
        getStyleClass().add("network-diagram");
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        getChildren().addAll(canvas, theme);
        InvalidationListener later = observable -> invalidate();
        trace.addListener(later);
        step.addListener(later);
        canvas.widthProperty().addListener(later);
        canvas.heightProperty().addListener(later);
        sharedScale.addListener(later);
        example.addListener(later);
        typeScale.addListener(later);
        indexStyle.addListener(later);
        hover.addListener(observable -> redraw());
        canvas.setOnMouseMoved(this::pointerMoved);
        canvas.setOnMouseExited(event -> {
            tooltip.hide();
            publish(null);
        });
        setAccessibleText("Network diagram");
        setPrefSize(640, 320);
        setMinSize(200, 0);
        invalidate();
    }

    /** True to colour every layer showing the same quantity on one scale (the largest |value| among them). */
    public BooleanProperty sharedScaleProperty() {
        return sharedScale;
    }

    /** The example k (from 0) whose values the units show; kept within the batch when drawn. */
    public IntegerProperty exampleProperty() {
        return example;
    }

    /** How much larger the labels are drawn than normal: presentation mode's type scale. */
    public DoubleProperty typeScaleProperty() {
        return typeScale;
    }

    /** How the captions write a layer on a letter (a⁽ˡ⁾, aˡ or a^[l]): the convention's layer index. */
    public ObjectProperty<IndexStyle> indexStyleProperty() {
        return indexStyle;
    }

    /** The layer captions of the last drawing, left to right (an empty one where a layer shows nothing). */
    public List<String> captions() {
        return List.copyOf(captions);
    }

    /** The numbers written in the units in the last drawing, left to right and top to bottom. */
    public List<UnitValue> values() {
        return List.copyOf(values);
    }

    /** The tooltip that names the pointed-at unit or weight and its value in full. */
    Tooltip tooltip() {
        return tooltip.tooltip();
    }

    /** Where units and edges are drawn now; null before the first drawing of a network. */
    DiagramGeometry geometry() {
        return geometry;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        canvas.setWidth(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
        canvas.setHeight(Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset()));
        if (dirty) {
            redraw();
        }
    }

    /** Draws at the next layout: a new step and a new trace, or a theme's four colours, draw once. */
    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private void redraw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        captions.clear();
        values.clear();
        Trace current = trace.getValue();
        if (current == null || width < 1 || height < 1) {
            geometry = null;
            return;
        }
        Network network = current.network();
        geometry = new DiagramGeometry(network, width, height, typeScale.get());
        DiagramFocus focus = DiagramFocus.of(step.getValue(), network.depth());
        ValuePalette palette = theme.palette();
        DiagramScales scales = DiagramScales.of(current, focus, shownExample(network), sharedScale.get());
        valueScales = new int[network.depth() + 1];
        drawBands(g, focus);
        for (int l = 1; l <= network.depth(); l++) {
            drawEdges(g, network, l, focus, palette);
        }
        drawHoveredEdge(g, hover.get());
        for (int l = 0; l <= network.depth(); l++) {
            drawUnits(g, current, l, focus, palette, scales);
        }
        drawHoverRings(g, hover.get());
        drawLabels(g, current, focus, scales, showsErrorNorms(step.getValue()));
    }

    /** The example drawn: the chosen one, within the batch. */
    private int shownExample(Network network) {
        return Math.max(0, Math.min(example.get(), network.batchSize() - 1));
    }

    private static boolean showsErrorNorms(Step shown) {
        return shown != null && (shown.kind() == StepKind.OUTPUT_ERROR || shown.kind() == StepKind.BACKWARD);
    }

    /**
     * Under layer l's caption, a bar as long as ‖δ^l‖ (of the example drawn) against the largest
     * of them: vanishing and exploding gradients at a glance.
     */
    private void drawErrorNorm(GraphicsContext g, int l, DiagramScales scales) {
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

    private void drawBands(GraphicsContext g, DiagramFocus focus) {
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

    private void drawEdges(GraphicsContext g, Network network, int l, DiagramFocus focus, ValuePalette palette) {
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

    /** Layer l's units, and in them their values as {@link LayerValues} fits them; records the layer's scale. */
    private void drawUnits(GraphicsContext g, Trace current, int l, DiagramFocus focus, ValuePalette palette,
            DiagramScales scales) {
        Matrix shown = focus.values(current, l);
        double scale = scales.scale(l);
        int column = shownExample(current.network());
        double r = geometry.radius();
        double fade = focus.highlightsAnything() && !focus.isHighlighted(l) ? DIMMED : 0;
        GridLayout units = geometry.units(l);
        List<Double> numbers = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Color> fills = new ArrayList<>();
        for (int p = 0; p < units.count(); p++) {
            double x = geometry.x(l);
            double y = geometry.y(l, p);
            if (units.at(p) == GridLayout.ELLIPSIS) {
                drawText(g, "⋮", x, y, Font.font(Math.max(12, r * 1.4)), theme.muted());
                continue;
            }
            double value = shown == null ? 0 : shown.get(units.at(p), column);
            Color fill = shown == null ? theme.background() : palette.fill(value, scale).interpolate(theme.background(), fade);
            if (shown == null || Double.isFinite(value)) {
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
            g.setStroke(focus.isHighlighted(l) ? theme.accent() : theme.muted());
            g.setLineWidth(focus.isHighlighted(l) ? 3 : 1.5);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            numbers.add(value);
            xs.add(x);
            ys.add(y);
            fills.add(fill);
        }
        valueScales[l] = 0;
        if (shown == null) {
            return;
        }
        LayerValues written = LayerValues.fitted(unboxed(numbers), unboxed(xs), unboxed(ys), r);
        valueScales[l] = written.scale();
        for (int i = 0; i < written.values().size(); i++) {
            UnitValue value = written.values().get(i);
            if (value != null) {
                values.add(value);
                drawText(g, value.text(), value.x(), value.y(), value.font(), ValuePalette.textOn(fills.get(i)));
            }
        }
    }

    private static double[] unboxed(List<Double> numbers) {
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The hovered weight's edge, thick, under the units. */
    private void drawHoveredEdge(GraphicsContext g, HoverTarget target) {
        if (!isDrawn(target) || !target.isWeight()) {
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

    /** Rings around the hovered unit, or around both ends of the hovered weight. */
    private void drawHoverRings(GraphicsContext g, HoverTarget target) {
        if (!isDrawn(target)) {
            return;
        }
        if (target.isWeight()) {
            ring(g, target.layer() - 1, target.column());
        }
        ring(g, target.layer(), target.row());
    }

    private boolean isDrawn(HoverTarget target) {
        return target != null && target.layer() <= geometry.depth();
    }

    private void ring(GraphicsContext g, int l, int unit) {
        int position = geometry.units(l).position(unit);
        if (position < 0) {
            return;
        }
        double r = geometry.radius() + 5;
        g.setStroke(theme.foreground());
        g.setLineWidth(4);
        g.strokeOval(geometry.x(l) - r, geometry.y(l, position) - r, 2 * r, 2 * r);
    }

    /** Captions, layer labels and the example shown; with {@code norms}, ‖δ^l‖ in the captions of δ. */
    private void drawLabels(GraphicsContext g, Trace current, DiagramFocus focus, DiagramScales scales, boolean norms) {
        Network network = current.network();
        double size = geometry.textSize();
        Font bold = Font.font(null, FontWeight.BOLD, size + 2);
        Font plain = Font.font(null, FontWeight.NORMAL, size);
        double labels = geometry.labelsMiddle();
        for (int l = 0; l <= network.depth(); l++) {
            double x = geometry.x(l);
            String symbol = focus.shown(l).symbol();
            captions.add(symbol.isEmpty() ? "" : indexStyle.get().plain(symbol + LayerIndex.plain(l)));
            if (!symbol.isEmpty()) {
                String caption = captions.get(l);
                boolean norm = norms && focus.shown(l) == DiagramFocus.Quantity.ERROR;
                if (norm) {
                    caption = "‖" + caption + "‖ = " + new NumberFormatter(2).compactText(scales.errorNorm(l));
                    drawErrorNorm(g, l, scales);
                }
                drawText(g, caption, clampedCentre(caption, norm ? plain : bold, x), geometry.captionMiddle(),
                        norm ? plain : bold, focus.isHighlighted(l) ? theme.accent() : theme.foreground());
            }
            String name = l == 0 ? "Input" : l == network.depth() ? "Output" : "Hidden " + l;
            String width = "n" + ParameterLabels.subscript(l) + " = " + network.size(l);
            String withActivation = l == 0 ? width : width + " · " + network.layer(l).activation().name();
            double room = labelRoom(l, network.depth());
            String scaled = valueScales[l] == 0 ? null
                    : NumberFormatter.powerOfTen(valueScales[l]) + " " + indexStyle.get().plain(symbol + LayerIndex.plain(l));
            if (geometry.hasSecondLabelLine()) {
                Font semiBold = Font.font(null, FontWeight.SEMI_BOLD, size);
                drawText(g, scaled == null ? name : fitting(semiBold, room, scaled, name + " · units show " + scaled,
                        "units show " + scaled), x, labels, semiBold, theme.foreground());
                drawText(g, fitting(plain, room, width, withActivation), x, labels + size * 1.4, plain, theme.muted());
            } else if (scaled != null) {
                drawText(g, fitting(plain, room, scaled, name + " · units show " + scaled, "units show " + scaled), x, labels,
                        plain, theme.foreground());
            } else {
                drawText(g, fitting(plain, room, width, name + " · " + withActivation, name + " · " + width), x, labels,
                        plain, theme.foreground());
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.NORMAL, size * 0.85));
        g.setFill(theme.muted());
        if (network.batchSize() > 1) {
            g.fillText("example " + (shownExample(network) + 1) + " of " + network.batchSize(), 6, 4);
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
    private String fitting(Font font, double room, String fallback, String... longerFirst) {
        for (String text : longerFirst) {
            if (textWidth(text, font) < room) {
                return text;
            }
        }
        return fallback;
    }

    /** The centre x for {@code text} near {@code x}, moved so that it stays inside the canvas. */
    private double clampedCentre(String text, Font font, double x) {
        double half = textWidth(text, font) / 2;
        return Math.max(half + 2, Math.min(canvas.getWidth() - half - 2, x));
    }

    private static double textWidth(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private static void drawText(GraphicsContext g, String text, double x, double y, Font font, Color colour) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    private void pointerMoved(MouseEvent event) {
        HoverTarget target = geometry == null ? null : geometry.hit(event.getX(), event.getY());
        publish(target);
        if (target == null) {
            tooltip.hide();
        } else {
            tooltip.show(describe(target), event.getScreenX(), event.getScreenY());
        }
    }

    /**
     * What the hover says of a unit or edge: its name and its value in full ("δ⁽¹⁾₂ = −0.0091234…",
     * "w⁽²⁾₁₂ = 0.4"), of the example drawn when the batch has more than one.
     */
    private String describe(HoverTarget target) {
        Trace current = trace.getValue();
        Network network = current.network();
        if (target.isWeight()) {
            double weight = network.layer(target.layer()).weights().get(target.row(), target.column());
            return indexStyle.get().plain(ParameterLabels.weight(target.layer(), target.row(), target.column()))
                    + " = " + PointerTooltip.FULL_PRECISION.text(weight);
        }
        DiagramFocus focus = DiagramFocus.of(step.getValue(), network.depth());
        Matrix shown = focus.values(current, target.layer());
        if (shown == null) {
            return "Unit " + (target.row() + 1) + " of layer " + target.layer() + ": not reached yet by the forward pass";
        }
        String name = indexStyle.get().plain(focus.shown(target.layer()).symbol() + LayerIndex.plain(target.layer()))
                + ParameterLabels.subscript(target.row() + 1);
        String example = network.batchSize() > 1 ? " (example " + (shownExample(network) + 1) + ")" : "";
        return name + " = " + PointerTooltip.FULL_PRECISION.text(shown.get(target.row(), shownExample(network))) + example;
    }

    private void publish(HoverTarget target) {
        hoverSource.publish(target);
    }
}
