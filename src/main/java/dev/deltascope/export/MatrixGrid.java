package dev.deltascope.export;

import dev.deltascope.derivation.Elision;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.model.Matrix;
import dev.deltascope.numbers.Notation;
import dev.deltascope.numbers.NumberFormatter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;

/**
 * A named matrix drawn as a heat-mapped grid: its name and shape above, one cell per entry
 * coloured from blue (negative) through the theme's neutral (zero) to red (positive), scaled by
 * the largest |entry|, with the number in the cell. Beyond the style's display limit the rows and
 * columns shown are those of {@link Elision}, as in the LaTeX and the window.
 */
public final class MatrixGrid {

    static final Color NEGATIVE = new Color(0x2166AC);
    static final Color POSITIVE = new Color(0xB2182B);
    static final Color NOT_A_NUMBER = new Color(0x9E9E9E);
    private static final float LABEL_SIZE = 12;
    private static final float CELL_SIZE = 11;
    private static final double CELL_PADDING_X = 6;
    private static final double CELL_PADDING_Y = 3;
    private static final double MIN_CELL_WIDTH = 28;
    private static final double LABEL_GAP = 4;
    /** Marks an elided row or column in the lists of shown indices. */
    private static final int ELIDED = Elision.ELIDED;

    private final NamedMatrix matrix;
    private final PictureTheme theme;
    private final NumberFormatter numbers;
    private final Notation notation;
    private final List<Integer> rows;
    private final List<Integer> columns;
    private final double maxAbs;
    private final double cellWidth;
    private final double cellHeight;
    private final String shape;

    public MatrixGrid(NamedMatrix matrix, NumberStyle style, PictureTheme theme) {
        this.matrix = matrix;
        this.theme = theme;
        this.numbers = new NumberFormatter(style.significantDigits());
        Matrix values = matrix.values();
        this.notation = numbers.notation(values.rows() * values.columns(),
                i -> values.get(i / values.columns(), i % values.columns()));
        this.rows = shown(values.rows(), style.maxRows());
        this.columns = shown(values.columns(), style.maxColumns());
        this.maxAbs = values.maxFiniteAbs();
        double widest = MIN_CELL_WIDTH;
        for (int r : rows) {
            for (int c : columns) {
                widest = Math.max(widest, PictureText.width(cellText(r, c), CELL_SIZE) + 2 * CELL_PADDING_X);
            }
        }
        this.cellWidth = widest;
        this.cellHeight = PictureText.lineHeight(CELL_SIZE) + 2 * CELL_PADDING_Y;
        this.shape = values.rows() + "×" + values.columns();
    }

    /** The indices to show, with {@link Elision#ELIDED} for the ellipsis: the rule the LaTeX and the window use. */
    static List<Integer> shown(int count, int limit) {
        return Arrays.stream(Elision.shown(count, limit)).boxed().toList();
    }

    private String label() {
        return matrix.name() + "   ";
    }

    private String cellText(int row, int column) {
        if (row == ELIDED && column == ELIDED) {
            return "⋱";
        }
        if (row == ELIDED) {
            return "⋮";
        }
        if (column == ELIDED) {
            return "⋯";
        }
        return numbers.text(matrix.values().get(row, column), notation);
    }

    /** The heat-map colour of a value. */
    Color colour(double value) {
        if (Double.isNaN(value)) {
            return NOT_A_NUMBER;
        }
        Color end = value < 0 ? NEGATIVE : POSITIVE;
        double t = maxAbs == 0 ? 0 : Math.min(1, Math.abs(value) / maxAbs);
        return mix(theme.neutral(), end, t);
    }

    private static Color mix(Color from, Color to, double t) {
        return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }

    /** Dark text on light cells, white on dark ones. */
    private static Color textOn(Color cell) {
        double luminance = 0.2126 * cell.getRed() + 0.7152 * cell.getGreen() + 0.0722 * cell.getBlue();
        return luminance > 140 ? new Color(0x111111) : Color.WHITE;
    }

    public double width() {
        double label = PictureText.width(label(), LABEL_SIZE) + PictureText.width(shape, CELL_SIZE);
        return Math.max(label, columns.size() * cellWidth);
    }

    public double height() {
        return PictureText.lineHeight(LABEL_SIZE) + LABEL_GAP + rows.size() * cellHeight;
    }

    /** Draws with the top-left corner at (x, y). */
    public void draw(Graphics2D graphics, double x, double y) {
        graphics.setColor(theme.foreground());
        PictureText.draw(graphics, label(), LABEL_SIZE, x, y);
        double labelWidth = PictureText.width(label(), LABEL_SIZE);
        graphics.setColor(theme.muted());
        double shapeTop = y + PictureText.ascent(LABEL_SIZE) - PictureText.ascent(CELL_SIZE);
        PictureText.draw(graphics, shape, CELL_SIZE, x + labelWidth, shapeTop);
        double top = y + PictureText.lineHeight(LABEL_SIZE) + LABEL_GAP;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                drawCell(graphics, rows.get(i), columns.get(j), x + j * cellWidth, top + i * cellHeight);
            }
        }
        graphics.setColor(theme.muted());
        graphics.setStroke(new BasicStroke(0.75f));
        graphics.draw(new Rectangle2D.Double(x, top, columns.size() * cellWidth, rows.size() * cellHeight));
    }

    private void drawCell(Graphics2D graphics, int row, int column, double x, double y) {
        String text = cellText(row, column);
        boolean elided = row == ELIDED || column == ELIDED;
        Color fill = elided ? theme.neutral() : colour(matrix.values().get(row, column));
        graphics.setColor(fill);
        graphics.fill(new Rectangle2D.Double(x, y, cellWidth, cellHeight));
        graphics.setColor(elided ? theme.muted() : textOn(fill));
        double textX = x + (cellWidth - PictureText.width(text, CELL_SIZE)) / 2;
        PictureText.draw(graphics, text, CELL_SIZE, textX, y + CELL_PADDING_Y);
    }
}
