package dev.deltascope.view.step;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.model.Matrix;
import dev.deltascope.numbers.Notation;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.paint.ThemeSwatch;
import dev.deltascope.view.paint.ValuePalette;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One matrix as a heat-mapped grid drawn on a Canvas: its name and shape on top, each cell
 * coloured by value (blue negative, neutral zero, orange-red positive, scaled by the largest
 * |value|), NaN and ±∞ hatched in magenta. Beyond {@value GridLayout#MAX_SHOWN} rows or columns (or
 * the fewer a step fitted to the screen is printed with) the middle is elided with ⋮ and ⋯. Hovering a cell shows its value at full precision and sets the
 * shared hover to the unit or weight the cell stands for.
 */
public final class MatrixGridView extends Region {

    private static final double GAP = 2;
    private static final double BRACKET = 7;

    private final ObjectProperty<HoverTarget> hover;
    private final IntegerProperty significantDigits = new SimpleIntegerProperty(this, "significantDigits", 4);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 18);
    private final Label caption = new Label();
    private final Canvas canvas = new Canvas();
    private final MatrixGridViewWidths widths = new MatrixGridViewWidths();
    private final ThemeSwatch theme = new ThemeSwatch(this::invalidate);
    private String name;
    private Matrix values;
    private CellTargets targets;
    private GridLayout rowsShown;
    private GridLayout columnsShown;
    private final PointerTooltip tooltip = new PointerTooltip(canvas);
    private double cellWidth;
    private double cellHeight;
    private final HoverSource hoverSource;
    private int hoveredRow = -1;
    private int hoveredColumn = -1;
    private boolean dirty;
    private NumberFormatter numbers;
    private Notation notation;

    /** A grid of a derivation's matrix, labelled with its plain name. */
    public MatrixGridView(NamedMatrix matrix, CellTargets targets, ObjectProperty<HoverTarget> hover) {
        this(matrix.name(), matrix.values(), targets, hover);
    }

    /**
     * A grid of {@code values} labelled {@code name}; {@code targets} says which unit or weight each
     * cell stands for, {@code hover} is shared with the other views.
     */
    public MatrixGridView(String name, Matrix values, CellTargets targets, ObjectProperty<HoverTarget> hover) {
        this.hover = Objects.requireNonNull(hover, "hover");
        this.hoverSource = new HoverSource(this.hover);
        getStyleClass().add("matrix-grid-view");
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        caption.getStyleClass().add("matrix-caption");
        setMatrix(name, values, targets, GridLayout.MAX_SHOWN);
        canvas.setOnMouseMoved(this::pointerMoved);
        canvas.setOnMouseExited(event -> pointerLeft());
        sceneProperty().addListener((observable, before, after) -> pointerLeft());
        getChildren().addAll(caption, canvas, theme);
        significantDigits.addListener((observable, before, after) -> remeasure());
        fontSize.addListener((observable, before, after) -> remeasure());
        hover.addListener((observable, before, after) -> draw());
        remeasure();
    }

    /**
     * Shows another matrix in this node, as a new grid would: the pointer's cell and tooltip are
     * forgotten. Cheaper than a new grid, whose styles are looked up afresh; the cells are measured
     * again only when the values or shape differ.
     */
    public void show(NamedMatrix matrix, CellTargets cellTargets) {
        show(matrix, cellTargets, GridLayout.MAX_SHOWN);
    }

    /**
     * Shows another matrix like {@link #show(NamedMatrix, CellTargets)}, drawing at most
     * {@code maxShown} rows and columns (at least 3; the ellipsis counted as one), as a formula
     * printed with that limit shows them.
     */
    void show(NamedMatrix matrix, CellTargets cellTargets, int maxShown) {
        boolean pointedAt = hoveredRow >= 0;
        forgetPointer();
        Matrix before = values;
        int limitBefore = rowsShown.maxShown();
        boolean relabelled = setMatrix(matrix.name(), matrix.values(), cellTargets, maxShown);
        if (!before.equals(values) || limitBefore != maxShown) {
            remeasure();
        } else if (relabelled || pointedAt) {
            invalidate();
        }
    }

    /** Sets what is shown; true when the name, shape or targets changed. */
    private boolean setMatrix(String matrixName, Matrix matrixValues, CellTargets cellTargets, int maxShown) {
        Objects.requireNonNull(matrixName, "name");
        Objects.requireNonNull(matrixValues, "values");
        Objects.requireNonNull(cellTargets, "targets");
        boolean sameShape = values != null && values.rows() == matrixValues.rows()
                && values.columns() == matrixValues.columns();
        boolean changed = !sameShape || !matrixName.equals(name) || !cellTargets.equals(targets);
        name = matrixName;
        values = matrixValues;
        targets = cellTargets;
        if (!sameShape || rowsShown.maxShown() != maxShown) {
            rowsShown = new GridLayout(matrixValues.rows(), maxShown);
            columnsShown = new GridLayout(matrixValues.columns(), maxShown);
        }
        String text = matrixName + "   " + matrixValues.shape();
        if (!text.equals(caption.getText())) {
            caption.setText(text);
        }
        return changed;
    }

    public String name() {
        return name;
    }

    public Matrix values() {
        return values;
    }

    /** Significant digits of the numbers in the cells (the tooltip always shows full precision). */
    public IntegerProperty significantDigitsProperty() {
        return significantDigits;
    }

    /** Size of the numbers in the cells, in pixels; the caption is a little larger. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Indices of the rows drawn, top to bottom; {@link GridLayout#ELLIPSIS} where rows are elided. */
    int[] shownRows() {
        return rowsShown.shown();
    }

    /** Indices of the columns drawn, left to right; {@link GridLayout#ELLIPSIS} where columns are elided. */
    int[] shownColumns() {
        return columnsShown.shown();
    }

    /** Where the cell of matrix entry (row, column) sits, in this node's coordinates; null if elided. */
    Bounds cellBounds(int row, int column) {
        int shownRow = rowsShown.position(row);
        int shownColumn = columnsShown.position(column);
        if (shownRow < 0 || shownColumn < 0) {
            return null;
        }
        return new BoundingBox(canvas.getLayoutX() + cellX(shownColumn), canvas.getLayoutY() + cellY(shownRow),
                cellWidth - GAP, cellHeight - GAP);
    }

    /** The tooltip that shows the pointed-at value. */
    Tooltip tooltip() {
        return tooltip.tooltip();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + Math.max(caption.prefWidth(-1), canvas.getWidth()) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + caption.prefHeight(-1) + GAP * 2 + canvas.getHeight() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double captionHeight = caption.prefHeight(-1);
        caption.resizeRelocate(x, y, caption.prefWidth(-1), captionHeight);
        canvas.relocate(x, y + captionHeight + GAP * 2);
        if (dirty) {
            draw();
        }
    }

    /** Draws at the next layout: several changes in one pulse (a theme switch sets four colours) draw once. */
    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private double cellX(int shownColumn) {
        return BRACKET + GAP + shownColumn * cellWidth;
    }

    private double cellY(int shownRow) {
        return GAP + shownRow * cellHeight;
    }

    private Font cellFont() {
        return Font.font(null, FontWeight.NORMAL, fontSize.get());
    }

    private void measure(Font font) {
        double widest = 0;
        for (int r : rowsShown.shown()) {
            for (int c : columnsShown.shown()) {
                if (r != GridLayout.ELLIPSIS && c != GridLayout.ELLIPSIS) {
                    widest = Math.max(widest, widths.width(font, cellText(values.get(r, c))));
                }
            }
        }
        cellWidth = Math.ceil(Math.max(widest + fontSize.get() * 1.1, fontSize.get() * 3.2)) + GAP;
        cellHeight = Math.ceil(fontSize.get() * 1.9) + GAP;
    }

    /** A cell's number, in the one notation of this matrix. */
    private String cellText(double value) {
        return numbers.text(value, notation);
    }

    /** The text drawn in the cell at (row, column) of the matrix, indices from 0. */
    String cellText(int row, int column) {
        return cellText(values.get(row, column));
    }

    /** The text a grid of {@code values} at {@code digits} draws in the cell at (row, column), indices from 0. */
    static String cellText(Matrix values, int digits, int row, int column) {
        NumberFormatter formatter = new NumberFormatter(digits);
        return formatter.text(values.get(row, column), notationOf(values, formatter));
    }

    /** The one notation of the matrix's cells. */
    private static Notation notationOf(Matrix values, NumberFormatter formatter) {
        return formatter.notation(values.rows() * values.columns(),
                i -> values.get(i / values.columns(), i % values.columns()));
    }

    /** Sizes the cells and the canvas for the current font and digits, then draws at the next layout. */
    private void remeasure() {
        numbers = new NumberFormatter(significantDigits.get());
        notation = notationOf(values, numbers);
        measure(cellFont());
        caption.setFont(Font.font(null, FontWeight.SEMI_BOLD, fontSize.get() * 1.1));
        canvas.setWidth(2 * (BRACKET + GAP) + columnsShown.count() * cellWidth);
        canvas.setHeight(2 * GAP + rowsShown.count() * cellHeight);
        invalidate();
    }

    private void draw() {
        dirty = false;
        Font font = cellFont();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        ValuePalette palette = theme.palette();
        double scale = ValuePalette.scale(values);
        for (int i = 0; i < rowsShown.count(); i++) {
            for (int k = 0; k < columnsShown.count(); k++) {
                drawCell(g, font, palette, scale, i, k);
            }
        }
        drawBrackets(g);
    }

    /** Draws the cell in drawn row i and drawn column k: a value, or an ellipsis where the middle is left out. */
    private void drawCell(GraphicsContext g, Font font, ValuePalette palette, double scale, int i, int k) {
        int row = rowsShown.at(i);
        int column = columnsShown.at(k);
        double x = cellX(k);
        double y = cellY(i);
        double w = cellWidth - GAP;
        double h = cellHeight - GAP;
        if (row == GridLayout.ELLIPSIS || column == GridLayout.ELLIPSIS) {
            g.setFill(theme.muted());
            String mark = row == GridLayout.ELLIPSIS && column == GridLayout.ELLIPSIS ? "⋱"
                    : row == GridLayout.ELLIPSIS ? "⋮" : "⋯";
            g.fillText(mark, x + w / 2, y + h / 2);
            return;
        }
        double value = values.get(row, column);
        Color fill = palette.fill(value, scale);
        if (Double.isFinite(value)) {
            g.setFill(fill);
            g.fillRoundRect(x, y, w, h, 6, 6);
        } else {
            ValuePalette.hatch(g, x, y, w, h);
        }
        g.setFill(ValuePalette.textOn(fill));
        g.setFont(Double.isFinite(value) ? font : Font.font(null, FontWeight.BOLD, fontSize.get()));
        g.fillText(cellText(value), x + w / 2, y + h / 2);
        boolean pointed = i == hoveredRow && k == hoveredColumn;
        HoverTarget target = targets.at(row, column);
        if (pointed || target != null && target.equals(hover.get())) {
            g.setStroke(pointed ? theme.foreground() : theme.accent());
            g.setLineWidth(3);
            g.strokeRoundRect(x + 1.5, y + 1.5, w - 3, h - 3, 6, 6);
        }
    }

    private void drawBrackets(GraphicsContext g) {
        double top = 1;
        double bottom = canvas.getHeight() - 1;
        double right = canvas.getWidth() - 1.5;
        g.setStroke(theme.foreground());
        g.setLineWidth(2);
        g.strokePolyline(new double[] {BRACKET, 1.5, 1.5, BRACKET}, new double[] {top, top, bottom, bottom}, 4);
        g.strokePolyline(new double[] {right - BRACKET + 1.5, right, right, right - BRACKET + 1.5},
                new double[] {top, top, bottom, bottom}, 4);
    }

    private void pointerMoved(MouseEvent event) {
        int i = (int) Math.floor((event.getY() - GAP) / cellHeight);
        int k = (int) Math.floor((event.getX() - BRACKET - GAP) / cellWidth);
        if (i < 0 || k < 0 || i >= rowsShown.count() || k >= columnsShown.count()) {
            pointerLeft();
            return;
        }
        int row = rowsShown.at(i);
        int column = columnsShown.at(k);
        hoveredRow = i;
        hoveredColumn = k;
        String text;
        if (row == GridLayout.ELLIPSIS || column == GridLayout.ELLIPSIS) {
            String hiddenRows = row == GridLayout.ELLIPSIS ? rowsShown.hiddenText("rows") : "";
            String hiddenColumns = column == GridLayout.ELLIPSIS ? columnsShown.hiddenText("columns") : "";
            text = hiddenRows.isEmpty() || hiddenColumns.isEmpty()
                    ? hiddenRows + hiddenColumns : hiddenRows + " · " + hiddenColumns;
            publish(null);
        } else {
            text = name + ", row " + (row + 1) + ", column " + (column + 1) + " = "
                    + PointerTooltip.FULL_PRECISION.text(values.get(row, column));
            publish(targets.at(row, column));
        }
        tooltip.show(text, event.getScreenX(), event.getScreenY());
        draw();
    }

    private void pointerLeft() {
        forgetPointer();
        draw();
    }

    /** Hides the tooltip and forgets the pointed-at cell, clearing the shared hover if this grid set it. */
    void forgetPointer() {
        tooltip.hide();
        hoveredRow = -1;
        hoveredColumn = -1;
        publish(null);
    }

    private void publish(HoverTarget target) {
        hoverSource.publish(target);
    }
}
