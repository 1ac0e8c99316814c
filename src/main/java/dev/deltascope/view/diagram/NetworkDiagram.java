package dev.deltascope.view.diagram;

import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.editor.ParameterLabels;
import dev.deltascope.view.paint.ThemeSwatch;
import dev.deltascope.view.paint.ValuePalette;
import dev.deltascope.view.step.HoverSource;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.PointerTooltip;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The network drawn on a Canvas: one column of units per layer, each unit coloured by the value
 * the current step shows on it (activation, weighted input or δ, of the chosen example), edges
 * coloured by the sign of their weight and as thick as its size. Each layer's units are coloured
 * on their own scale, or, with the shared scale on, every layer showing the same quantity on one
 * scale, so that a vanishing δ fades. On output-error and backward steps a bar beside each δ
 * shows ‖δ^l‖ against the largest. The step's layers are highlighted and the rest dimmed.
 * Hovering a unit or edge sets the shared hover and shows its value in full; a hover set elsewhere
 * (a grid cell) rings the matching unit or edge. Where things go is {@link DiagramGeometry}'s;
 * {@link DiagramEdges}, {@link DiagramUnits} and {@link DiagramLabels} draw them.
 */
public final class NetworkDiagram extends Region {

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
        InvalidationListener anew = observable -> {
            tooltip.hide();
            invalidate();
        };
        trace.addListener(anew);
        step.addListener(anew);
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
        DiagramUnits units = new DiagramUnits(g, geometry, theme);
        DiagramEdges edges = new DiagramEdges(g, geometry, theme);
        units.drawBands(focus);
        for (int l = 1; l <= network.depth(); l++) {
            edges.draw(network, l, focus, palette);
        }
        edges.drawHovered(hover.get());
        int[] valueScales = new int[network.depth() + 1];
        for (int l = 0; l <= network.depth(); l++) {
            LayerValues written = units.draw(current, l, shownExample(network), focus, palette, scales);
            if (written != null) {
                valueScales[l] = written.scale();
                written.values().stream().filter(Objects::nonNull).forEach(values::add);
            }
        }
        units.drawHoverRings(hover.get());
        DiagramLabels labels = new DiagramLabels(g, geometry, theme, indexStyle.get());
        captions.addAll(labels.drawCaptions(focus, scales, showsErrorNorms(step.getValue()), width));
        labels.drawLayerLabels(network, focus, valueScales);
        labels.drawExample(shownExample(network), network.batchSize());
    }

    /** The example drawn: the chosen one, within the batch. */
    private int shownExample(Network network) {
        return Math.max(0, Math.min(example.get(), network.batchSize() - 1));
    }

    private static boolean showsErrorNorms(Step shown) {
        return shown != null && (shown.kind() == StepKind.OUTPUT_ERROR || shown.kind() == StepKind.BACKWARD);
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
        String name = DiagramLabels.caption(indexStyle.get(), focus, target.layer())
                + ParameterLabels.subscript(target.row() + 1);
        String example = network.batchSize() > 1 ? " (example " + (shownExample(network) + 1) + ")" : "";
        return name + " = " + PointerTooltip.FULL_PRECISION.text(shown.get(target.row(), shownExample(network))) + example;
    }

    private void publish(HoverTarget target) {
        hoverSource.publish(target);
    }
}
