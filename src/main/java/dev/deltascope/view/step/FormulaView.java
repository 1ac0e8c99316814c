package dev.deltascope.view.step;

import dev.deltascope.render.Formula;
import dev.deltascope.render.FormulaFit;
import dev.deltascope.render.FormulaRenderer;
import dev.deltascope.render.FxFormulas;
import dev.deltascope.view.paint.ThemeSwatch;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A LaTeX formula typeset by JLaTeXMath and drawn as vectors onto a Canvas, in the theme's text
 * colour. Its size is {@code fontSize × zoom} points; it asks for exactly the room the formula
 * needs and clips to whatever it is given (put it in a ScrollPane when it may be wide). LaTeX that
 * does not parse shows as the renderer's red error box, never as an exception.
 */
public final class FormulaView extends Region {

    /** The widest canvas drawn, in pixels; wider formulas are drawn smaller to fit. */
    static final double MAX_WIDTH = 8000;

    private final StringProperty formula = new SimpleStringProperty(this, "formula", "");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 24);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty breakWidth = new SimpleDoubleProperty(this, "breakWidth");
    private final Canvas canvas = new Canvas();
    private final ThemeSwatch theme = new ThemeSwatch(this::invalidate);
    private Formula laidOut;
    private boolean dirty;

    public FormulaView() {
        this("");
    }

    public FormulaView(String latex) {
        getStyleClass().add("formula-view");
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        getChildren().addAll(canvas, theme);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        InvalidationListener relayout = observable -> layOut();
        formula.addListener(relayout);
        fontSize.addListener(relayout);
        zoom.addListener(relayout);
        breakWidth.addListener(relayout);
        formula.set(latex == null ? "" : latex);
        layOut();
    }

    /** The LaTeX source; empty for nothing. */
    public StringProperty formulaProperty() {
        return formula;
    }

    public String getFormula() {
        return formula.get();
    }

    public void setFormula(String latex) {
        formula.set(latex == null ? "" : latex);
    }

    /** The size of the formula's text at zoom 1, in points (one point is one pixel at scale 1). */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /**
     * The widest the formula may be, in pixels: a longer one is broken into lines at "=" and between
     * operands ({@link FormulaFit}); 0 (the default) never breaks.
     */
    public DoubleProperty breakWidthProperty() {
        return breakWidth;
    }

    /** A factor on the font size: Ctrl + and Ctrl − change it at the window level. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * The height the formula needs, without insets: known as soon as the formula, size or zoom
     * changes, where {@code heightProperty()} follows only at the next layout.
     */
    ReadOnlyDoubleProperty neededHeightProperty() {
        return canvas.heightProperty();
    }

    /** The formula as laid out now; null when there is none. */
    Formula laidOut() {
        return laidOut;
    }

    private void layOut() {
        String latex = formula.get();
        laidOut = breakWidth.get() > 0 ? broken(latex, fontSize.get() * zoom.get(), breakWidth.get())
                : layout(latex, fontSize.get(), zoom.get());
        setAccessibleText(latex);
        double pad = laidOut == null ? 0 : padding(laidOut.pointSize());
        canvas.setWidth(laidOut == null ? 0 : Math.ceil(laidOut.width() + 2 * pad));
        canvas.setHeight(laidOut == null ? 0 : Math.ceil(laidOut.totalHeight() + 2 * pad));
        invalidate();
    }

    /**
     * {@code latex} laid out as a view of that font size and zoom lays it out (smaller when it would
     * be wider than {@link #MAX_WIDTH}), shared through {@link FormulaViewLayouts}; null for no
     * formula. Safe on any thread: {@link StepPrefetch} calls it in the background.
     */
    static Formula layout(String latex, double fontSize, double zoom) {
        if (latex == null || latex.isBlank()) {
            return null;
        }
        double points = Math.max(1, Math.min(FormulaRenderer.MAX_POINT_SIZE, fontSize * zoom));
        Formula formula = FormulaViewLayouts.layout(latex, points);
        double width = formula.width() + 2 * padding(points);
        if (width > MAX_WIDTH) {
            double smaller = Math.max(1, points * (MAX_WIDTH - 2 * padding(points)) / formula.width());
            formula = FormulaViewLayouts.layout(latex, smaller);
        }
        return formula;
    }

    /** {@code latex} at {@code points}, broken into lines no wider than {@code width} pixels with padding where it can be. */
    private static Formula broken(String latex, double points, double width) {
        if (latex == null || latex.isBlank()) {
            return null;
        }
        double size = Math.max(1, Math.min(FormulaRenderer.MAX_POINT_SIZE, points));
        String lines = FormulaFit.lines(latex, size, Math.max(1, width - 2 * padding(size))).latex();
        return FormulaViewLayouts.layout(lines, size);
    }

    /** Draws at the next layout: a theme switch sets four colours but draws once. */
    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private static double padding(double points) {
        return Math.ceil(points * 0.25);
    }

    private void draw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (laidOut != null) {
            double pad = padding(laidOut.pointSize());
            FxFormulas.draw(g, laidOut, pad, pad, theme.foreground());
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (dirty) {
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + canvas.getWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + canvas.getHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.min(canvas.getWidth(), 40) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
