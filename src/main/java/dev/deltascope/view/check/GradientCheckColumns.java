package dev.deltascope.view.check;

import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.model.ParameterCheck;
import dev.deltascope.numbers.NumberFormatter;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The widths of the gradient-check table's columns and the digits its two gradients are printed
 * with: each column as wide as its header (with room for the sort arrow where the column sorts)
 * or its widest text, measured in bold as the worst row is drawn, and the gradients at the most significant digits, from {@value #MOST_DIGITS} down to
 * {@value #FEWEST_DIGITS}, with which the four columns fit the table's width. The full value is
 * on every cell's tooltip.
 */
final class GradientCheckColumns {

    /** Significant digits of the two gradients when there is room: enough to see where they part. */
    static final int MOST_DIGITS = 8;
    /** Fewer digits than this would hide the gradients' own size; the table scrolls instead. */
    static final int FEWEST_DIGITS = 3;
    /** Significant digits of the relative error. */
    static final int ERROR_DIGITS = 2;
    /**
     * Room beside a header's or a cell's text, in ems of the table's type: their padding of 0.3em a
     * side (stepview.css), a pixel of border and rounding; in a column that sorts, also the sort arrow.
     */
    private static final double ROOM = 0.8;
    private static final double SORTING_ROOM = 2;

    private final Text probe = new Text();

    /**
     * The digits the gradients fit {@code room} pixels with, for the {@code rows} measured, after
     * setting each column's preferred width for those digits; {@value #FEWEST_DIGITS} when even
     * they do not fit.
     */
    int fit(List<TableColumn<ParameterCheck, ?>> columns, List<TableColumn<ParameterCheck, ?>> sorting,
            List<ParameterCheck> rows, Font bold, double room, IndexStyle style) {
        probe.setFont(bold);
        double[] widths = new double[columns.size()];
        int digits = MOST_DIGITS;
        for (; digits >= FEWEST_DIGITS; digits--) {
            double total = 0;
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = width(columns.get(i), i, sorting, rows, digits, style);
                total += widths[i];
            }
            if (total <= room) {
                break;
            }
        }
        digits = Math.max(FEWEST_DIGITS, digits);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(width(columns.get(i), i, sorting, rows, digits, style));
        }
        return digits;
    }

    private double width(TableColumn<ParameterCheck, ?> column, int index, List<TableColumn<ParameterCheck, ?>> sorting,
            List<ParameterCheck> rows, int digits, IndexStyle style) {
        double em = probe.getFont().getSize();
        double widest = width(GradientCheckPanel.headerText(column)) + (sorting.contains(column) ? SORTING_ROOM : ROOM) * em;
        for (ParameterCheck row : rows) {
            widest = Math.max(widest, width(cellText(index, row, digits, style)) + ROOM * em);
        }
        return Math.ceil(widest);
    }

    /** The text of column {@code index} (parameter, relative error, backprop, finite difference) for {@code row}. */
    static String cellText(int index, ParameterCheck row, int digits, IndexStyle style) {
        return switch (index) {
            case 0 -> GradientCheckPanel.label(row, style);
            case 1 -> new NumberFormatter(ERROR_DIGITS).text(row.relativeError());
            case 2 -> new NumberFormatter(digits).text(row.backprop());
            default -> new NumberFormatter(digits).text(row.numeric());
        };
    }

    private double width(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
