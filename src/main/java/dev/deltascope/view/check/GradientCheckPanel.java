package dev.deltascope.view.check;

import dev.deltascope.derivation.Agreement.Verdict;
import dev.deltascope.model.GradientCheck;
import dev.deltascope.model.ParameterCheck;
import dev.deltascope.model.Trace;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.view.editor.ParameterLabels;
import dev.deltascope.view.paint.ThemeSwatch;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Finite differences against backpropagation, one row per checked weight or bias: its label, the
 * backprop gradient, the finite-difference estimate and their relative error. Sorted worst first
 * (any column header sorts), the worst row highlighted, and a one-line verdict above the table;
 * "Checking …" while the trace's check is still pending.
 */
public final class GradientCheckPanel extends Region {

    private static final PseudoClass WORST = PseudoClass.getPseudoClass("worst");
    /** Layer by layer, each layer's weights row by row, then its biases. */
    private static final Comparator<ParameterCheck> NETWORK_ORDER = Comparator.comparingInt(ParameterCheck::layer)
            .thenComparing(ParameterCheck::bias)
            .thenComparingInt(ParameterCheck::row)
            .thenComparingInt(ParameterCheck::column);

    private final Label verdict = new Label();
    private final ObservableList<ParameterCheck> checks = FXCollections.observableArrayList();
    private final TableView<ParameterCheck> table = new TableView<>();
    private final VBox content = new VBox(8, verdict, table);
    private final ObjectProperty<ParameterCheck> worst = new SimpleObjectProperty<>(this, "worst");
    private final ObjectProperty<IndexStyle> indexStyle = new SimpleObjectProperty<>(this, "indexStyle",
            IndexStyle.PARENTHESES);
    private Trace shown;
    private String shownState = "";
    /**
     * Each column's order on the rows themselves (in place of the columns' own comparators, which
     * compare cell values), so sorting never goes through the cell value factories.
     */
    private final Map<TableColumn<ParameterCheck, ?>, Comparator<ParameterCheck>> columnOrders = new HashMap<>();
    /** How many rows the column widths are measured on: the worst ones, which a reader looks at. */
    private static final int MEASURED_ROWS = 200;
    /** The verdict's type against the table's (stepview.css: .gradient-check-verdict 1.2em). */
    private static final double VERDICT_FONT_SCALE = 1.2;
    /** Room kept beside the columns for the table's vertical scroll bar and border. */
    private static final double SCROLL_BAR_ROOM = 18;
    private final GradientCheckColumns widths = new GradientCheckColumns();
    /** Significant digits the two gradients are printed with now; fewer when the table is narrow. */
    private int digits = GradientCheckColumns.MOST_DIGITS;

    /** A panel that shows the check of whatever trace {@code trace} holds (nothing while it holds null). */
    public GradientCheckPanel(ObservableValue<Trace> trace) {
        getStyleClass().add("gradient-check-panel");
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        verdict.getStyleClass().add("gradient-check-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(table, Priority.ALWAYS);
        createTable();
        getChildren().add(content);
        verdict.fontProperty().addListener(observable -> sizeColumns());
        table.widthProperty().addListener(observable -> sizeColumns());
        table.getSortOrder().addListener((InvalidationListener) observable -> sizeColumns());
        trace.addListener((observable, before, after) -> show(after));
        indexStyle.addListener(observable -> {
            table.refresh();
            show(shown);
        });
        show(trace.getValue());
    }

    /** How the rows and the verdict write a parameter's layer (w⁽ˡ⁾, wˡ or w^[l]): the convention's layer index. */
    public ObjectProperty<IndexStyle> indexStyleProperty() {
        return indexStyle;
    }

    /** The rows in the order shown. */
    List<ParameterCheck> rows() {
        return List.copyOf(table.getItems());
    }

    TableView<ParameterCheck> table() {
        return table;
    }

    String verdict() {
        return verdict.getText();
    }

    private void createTable() {
        TableColumn<ParameterCheck, ParameterCheck> parameter = new TableColumn<>();
        header(parameter, "Weight\nor bias", "The parameter checked: wˡⱼₖ joins unit k of layer l − 1 to unit j of"
                + " layer l, bˡⱼ is the bias of unit j of layer l (units counted from 1)");
        parameter.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        columnOrders.put(parameter, NETWORK_ORDER);
        parameter.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(ParameterCheck item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
                setTooltip(empty || item == null ? null : new Tooltip(label(item)));
            }
        });
        TableColumn<ParameterCheck, Double> error = numberColumn("Relative\nerror", "Relative error",
                "|backprop − finite difference| / max(|backprop|, |finite difference|, 10⁻⁵)",
                ParameterCheck::relativeError, () -> GradientCheckColumns.ERROR_DIGITS);
        error.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<ParameterCheck, Double> backprop = numberColumn("Backprop", "Backprop",
                "∂C/∂θ as backpropagation computes it", ParameterCheck::backprop, () -> digits);
        TableColumn<ParameterCheck, Double> numeric = numberColumn("Finite\ndifference", "Finite difference",
                "∂C/∂θ ≈ (−C(θ + 2h) + 8C(θ + h) − 8C(θ − h) + C(θ − 2h)) / 12h with h = 10⁻³, from the cost alone",
                ParameterCheck::numeric, () -> digits);
        table.getColumns().setAll(List.of(parameter, error, backprop, numeric));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No network to check"));
        SortedList<ParameterCheck> sorted = new SortedList<>(checks);
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(this::rowOrder, table.comparatorProperty()));
        table.setSortPolicy(view -> true);
        table.setItems(sorted);
        table.getSortOrder().setAll(List.of(error));
        table.setRowFactory(view -> new WorstMarkingRow());
    }

    /**
     * The table's sort order (its columns, each ascending or descending) as one comparator on the
     * rows; null when no column sorts. The table's own comparator would give the same order, but it
     * makes two cell values (two property wrappers) for every comparison: thousands of rows at width 64.
     */
    private Comparator<ParameterCheck> rowOrder() {
        Comparator<ParameterCheck> order = null;
        for (TableColumn<ParameterCheck, ?> column : table.getSortOrder()) {
            Comparator<ParameterCheck> one = columnOrders.get(column);
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }

    /** The column's header: its title, on two lines where it is two words wider than the values; its meaning on hover. */
    private static void header(TableColumn<ParameterCheck, ?> column, String title, String meaning) {
        Label header = new Label(title);
        header.setTooltip(new Tooltip(meaning));
        header.setMinWidth(Region.USE_PREF_SIZE);
        column.setGraphic(header);
    }

    /** The title shown in the column's header. */
    static String headerText(TableColumn<ParameterCheck, ?> column) {
        return ((Label) column.getGraphic()).getText();
    }

    private TableColumn<ParameterCheck, Double> numberColumn(String title, String name, String meaning,
            ToDoubleFunction<ParameterCheck> value, IntSupplier significantDigits) {
        TableColumn<ParameterCheck, Double> column = new TableColumn<>();
        header(column, title, name + ": " + meaning);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(row.getValue())));
        columnOrders.put(column, Comparator.comparingDouble(value));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : new NumberFormatter(significantDigits.getAsInt()).text(item));
                setTooltip(empty || item == null ? null : new Tooltip(name + ": " + item));
            }
        });
        column.getStyleClass().add("number-column");
        return column;
    }

    private void show(Trace trace) {
        shown = trace;
        if (trace == null) {
            worst.set(null);
            checks.clear();
            verdict.setText("No network to check.");
            setVerdictState("");
            return;
        }
        GradientCheck check = trace.check();
        if (check.isPending()) {
            worst.set(null);
            checks.clear();
            verdict.setText("Checking " + check.totalParameters() + " parameters against finite differences…");
            setVerdictState("");
            return;
        }
        worst.set(check.parameters().isEmpty() ? null : check.worst());
        checks.setAll(check.parameters());
        sizeColumns();
        verdict.setText(verdictText(check));
        setVerdictState(check.judged().isEmpty() ? Verdict.DOUBTFUL.styleClass()
                : Verdict.ofRelativeError(check.maxRelativeError()).styleClass());
    }

    /**
     * Sizes the columns to their headers and the first {@value #MEASURED_ROWS} rows shown (the worst
     * first), printing the gradients with as many digits as the table's width allows: nothing is
     * cut short and, down to {@value GradientCheckColumns#FEWEST_DIGITS} digits, nothing scrolls sideways.
     */
    private void sizeColumns() {
        Font panel = verdict.getFont();
        Font bold = Font.font(panel.getFamily(), FontWeight.BOLD, panel.getSize() / VERDICT_FONT_SCALE);
        List<ParameterCheck> measured = table.getItems().subList(0, Math.min(MEASURED_ROWS, table.getItems().size()));
        double room = table.getWidth() > 0 ? table.getWidth() - SCROLL_BAR_ROOM : Double.MAX_VALUE;
        int fitting = widths.fit(table.getColumns(), table.getSortOrder(), measured, bold, room, indexStyle.get());
        if (fitting != digits) {
            digits = fitting;
            table.refresh();
        }
    }

    private String verdictText(GradientCheck check) {
        String coverage = check.isComplete()
                ? "all " + check.totalParameters() + " parameters checked"
                : check.parameters().size() + " of " + check.totalParameters() + " parameters checked";
        ParameterCheck worstShown = worst.get();
        if (worstShown == null) {
            return "Nothing to check · " + coverage;
        }
        if (!worstShown.judged()) {
            return "Finite differences could judge none of the parameters: " + worstShown.verdict().reason()
                    + " · " + coverage;
        }
        return Verdict.ofWorstError(worstShown.relativeError(), label(worstShown), new NumberFormatter(2)::text)
                + " · " + coverage;
    }

    /**
     * Shows the verdict's state as a pseudo-class of the panel (:agrees, :doubtful, :disagrees), which
     * colours the verdict and the worst row. A pseudo-class only updates the styles that use it; a
     * style class would look every style of the panel's table up again, twice an edit when checks
     * run in the background.
     */
    private void setVerdictState(String state) {
        if (state.equals(shownState)) {
            return;
        }
        if (!shownState.isEmpty()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(shownState), false);
        }
        shownState = state;
        if (!state.isEmpty()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(state), true);
        }
    }

    /** The parameter's name in the panel's layer index style. */
    String label(ParameterCheck check) {
        return label(check, indexStyle.get());
    }

    /**
     * "w⁽²⁾₁₂" for the weight in row 0, column 1 of W^{(2)} and "b⁽²⁾₁" for row 0 of b^{(2)}, units
     * from 1, with the layer written in {@code style} (w²₁₂, w^[2]₁₂).
     */
    static String label(ParameterCheck check, IndexStyle style) {
        return style.plain(check.bias() ? ParameterLabels.bias(check.layer(), check.row())
                : ParameterLabels.weight(check.layer(), check.row(), check.column()));
    }

    /**
     * A row highlighted while it holds the worst check. Rows keep their cells across traces (a
     * refresh of the table would make new ones and look up their styles afresh), so a row also
     * follows the worst check when it changes without its own item changing.
     */
    private final class WorstMarkingRow extends TableRow<ParameterCheck> {

        private final InvalidationListener markListener = observable -> mark();

        WorstMarkingRow() {
            worst.addListener(new WeakInvalidationListener(markListener));
        }

        @Override
        protected void updateItem(ParameterCheck item, boolean empty) {
            super.updateItem(item, empty);
            mark();
        }

        private void mark() {
            ParameterCheck item = getItem();
            pseudoClassStateChanged(WORST, !isEmpty() && item != null && item.equals(worst.get()));
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + content.minHeight(innerWidth(width)) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + content.prefHeight(innerWidth(width)) + snappedBottomInset();
    }

    private double innerWidth(double width) {
        return width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(content, snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }
}
