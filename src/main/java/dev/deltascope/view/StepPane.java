package dev.deltascope.view;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The current step: its title and explanation, the formula in symbols and with numbers, and every
 * matrix as a grid. On output-error and backward steps a switch picks the view (VJP / Hadamard,
 * Jacobian chain, component-wise with a unit picker, naive chain, softmax Jacobian) and a line
 * says how well the views and finite differences agree. Scrolls when it does not fit.
 */
public final class StepPane extends Region {

    static final double SYMBOLIC_SIZE = 28;
    static final double NUMERIC_SIZE = 22;
    private static final double GRID_SIZE = 17;
    private static final int MAX_REMEMBERED_TARGETS = 512;

    private final ObservableValue<Step> step;
    private final ObjectProperty<ViewKind> view;
    private final IntegerProperty unit;
    private final DoubleProperty zoom;
    private final IntegerProperty precision;
    private final ObjectProperty<HoverTarget> hover;

    private final Label title = new Label();
    private final Label explanation = new Label();
    private final ViewSwitch viewSwitch;
    private final Label agreement = new Label();
    private final Label viewTitle = new Label();
    private final Label viewExplanation = new Label();
    private final FormulaView symbolic = new FormulaView();
    private final FormulaView numeric = new FormulaView();
    private final FlowPane grids = new FlowPane(18, 18);
    private final VBox content = new VBox(14);
    private final ScrollPane scroller = new ScrollPane(content);
    private final List<MatrixGridView> gridPool = new ArrayList<>();
    private final Map<String, CellTargets> targetsByName = new HashMap<>();

    /**
     * A pane showing {@code step}; {@code view} and {@code unit} (j, from 0) are the chosen view and
     * component-wise unit, {@code zoom} scales formulas and grids, {@code precision} is the grids'
     * significant digits, {@code hover} is shared with the diagram.
     */
    public StepPane(ObservableValue<Step> step, ObjectProperty<ViewKind> view, IntegerProperty unit,
            DoubleProperty zoom, IntegerProperty precision, ObjectProperty<HoverTarget> hover) {
        this.step = step;
        this.view = view;
        this.unit = unit;
        this.zoom = zoom;
        this.precision = precision;
        this.hover = hover;
        viewSwitch = new ViewSwitch(view, unit);
        getStyleClass().add("step-pane");
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        createView();
        InvalidationListener refresh = observable -> show(step.getValue());
        step.addListener(refresh);
        view.addListener(refresh);
        unit.addListener(refresh);
        show(step.getValue());
    }

    private void createView() {
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        explanation.getStyleClass().add("step-explanation");
        explanation.setWrapText(true);
        viewTitle.getStyleClass().add("view-title");
        viewTitle.setWrapText(true);
        viewExplanation.getStyleClass().add("view-explanation");
        viewExplanation.setWrapText(true);
        agreement.getStyleClass().add("step-agreement");
        agreement.setWrapText(true);
        symbolic.fontSizeProperty().set(SYMBOLIC_SIZE);
        numeric.fontSizeProperty().set(NUMERIC_SIZE);
        symbolic.zoomProperty().bind(zoom);
        numeric.zoomProperty().bind(zoom);
        grids.getStyleClass().add("step-grids");
        content.getStyleClass().add("step-content");
        content.setPadding(new Insets(16, 20, 24, 20));
        content.getChildren().setAll(title, explanation, viewSwitch, agreement, viewTitle, viewExplanation,
                formulaScroller(symbolic), formulaScroller(numeric), grids);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("step-scroller");
        getChildren().add(scroller);
    }

    private static ScrollPane formulaScroller(FormulaView formula) {
        ScrollPane pane = new ScrollPane(formula);
        pane.setFitToHeight(false);
        pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        pane.getStyleClass().add("formula-scroller");
        pane.prefViewportHeightProperty().bind(formula.heightProperty());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    private void show(Step current) {
        if (current == null) {
            title.setText("No step to show");
            explanation.setText("Build or open a network to step through its derivation.");
            showSwitch(false);
            symbolic.setFormula("");
            numeric.setFormula("");
            gridPool.forEach(StepPane::hide);
            return;
        }
        title.setText(current.title());
        explanation.setText(String.join(" ", current.explanation()));
        View shown = shownView(current, view.get());
        showSwitch(shown != null);
        Formulas formulas = formulasOf(current, view.get(), unit.get());
        symbolic.setFormula(formulas.symbolic());
        numeric.setFormula(formulas.numeric());
        if (shown == null) {
            showGrids(current.matrices(), current.layer());
            return;
        }
        agreement.setText(AgreementText.of(current.agreement()));
        setAgreementState(AgreementText.state(current.agreement()));
        viewTitle.setText(shown.title());
        viewExplanation.setText(String.join(" ", shown.explanation()));
        int units = unitCount(shown);
        viewSwitch.show(current.views().stream().map(View::kind).toList(), shown.kind(), units, shownUnit(shown, unit.get()));
        showGrids(shown.matrices(), current.layer());
    }

    /** The LaTeX of the two formulas shown for a step: in symbols ({@link #SYMBOLIC_SIZE}) and with numbers ({@link #NUMERIC_SIZE}). */
    record Formulas(String symbolic, String numeric) {
    }

    /** The formulas the pane shows for {@code step} when {@code kind} is the chosen view and {@code unit} the chosen unit. */
    static Formulas formulasOf(Step step, ViewKind kind, int unit) {
        View shown = shownView(step, kind);
        if (shown == null) {
            return new Formulas(step.symbolic(), step.numeric());
        }
        int units = unitCount(shown);
        return new Formulas(shown.symbolic(), units > 0 ? shown.unitFormulas().get(shownUnit(shown, unit)) : shown.numeric());
    }

    /** The view shown for {@code step}: the chosen one, else its first; null for a step without views. */
    private static View shownView(Step step, ViewKind kind) {
        boolean hasViews = (step.kind() == StepKind.OUTPUT_ERROR || step.kind() == StepKind.BACKWARD)
                && !step.views().isEmpty();
        if (!hasViews) {
            return null;
        }
        return step.view(kind) != null ? step.view(kind) : step.views().get(0);
    }

    private static int unitCount(View shown) {
        return shown.kind() == ViewKind.COMPONENT ? shown.unitFormulas().size() : 0;
    }

    private static int shownUnit(View shown, int unit) {
        return Math.max(0, Math.min(unit, unitCount(shown) - 1));
    }

    /** Changes the agreement line's style class only when its state changes: a change re-applies its CSS. */
    private void setAgreementState(String state) {
        if (agreement.getStyleClass().contains(state)) {
            return;
        }
        agreement.getStyleClass().removeAll(AgreementText.STATES);
        agreement.getStyleClass().add(state);
    }

    private void showSwitch(boolean visible) {
        setShown(viewSwitch, visible);
        setShown(agreement, visible);
        setShown(viewTitle, visible);
        setShown(viewExplanation, visible);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /**
     * Shows the matrices in grids made for earlier steps where there are enough of them, one per
     * place: a new grid's styles are looked up afresh, which took most of a step's time. Grids not
     * needed now are hidden rather than removed, as a grid added again has its styles looked up
     * again. A reused grid loses any mark set on it (by "What am I looking at?"), as a new one would have none.
     */
    private void showGrids(List<NamedMatrix> matrices, int outputLayer) {
        for (int i = 0; i < matrices.size(); i++) {
            NamedMatrix matrix = matrices.get(i);
            CellTargets targets = targets(matrix.name(), outputLayer);
            if (i < gridPool.size()) {
                MatrixGridView grid = gridPool.get(i);
                grid.show(matrix, targets);
                if (!grid.getStyle().isEmpty()) {
                    grid.setStyle("");
                }
            } else {
                MatrixGridView grid = new MatrixGridView(matrix, targets, hover);
                grid.significantDigitsProperty().bind(precision);
                grid.fontSizeProperty().bind(zoom.multiply(GRID_SIZE));
                gridPool.add(grid);
            }
        }
        for (int i = matrices.size(); i < gridPool.size(); i++) {
            hide(gridPool.get(i));
        }
        for (int i = 0; i < matrices.size(); i++) {
            setShown(gridPool.get(i), true);
        }
        if (grids.getChildren().size() < gridPool.size()) {
            grids.getChildren().addAll(gridPool.subList(grids.getChildren().size(), gridPool.size()));
        }
    }

    /** Hides a grid not needed now, forgetting the pointer and any mark as a removed grid would. */
    private static void hide(MatrixGridView grid) {
        if (grid.isVisible()) {
            setShown(grid, false);
            grid.forgetPointer();
            grid.setStyle("");
        }
    }

    /** What the cells of the matrix named {@code name} stand for; remembered, as reading the name takes regular expressions. */
    private CellTargets targets(String name, int outputLayer) {
        if (targetsByName.size() > MAX_REMEMBERED_TARGETS) {
            targetsByName.clear();
        }
        return targetsByName.computeIfAbsent(name + " @" + outputLayer, key -> MatrixTargets.of(name, outputLayer));
    }

    /** The view toggles shown now, in order. */
    List<ToggleButton> viewToggles() {
        return viewSwitch.toggles();
    }

    String title() {
        return title.getText();
    }

    boolean showsViewSwitch() {
        return viewSwitch.isVisible();
    }

    ComboBox<Integer> unitPicker() {
        return viewSwitch.unitPicker();
    }

    FormulaView symbolic() {
        return symbolic;
    }

    FormulaView numeric() {
        return numeric;
    }

    Label agreement() {
        return agreement;
    }

    /** The grids shown now, in order. */
    List<MatrixGridView> grids() {
        List<MatrixGridView> shown = new ArrayList<>();
        for (MatrixGridView grid : gridPool) {
            if (grid.isVisible()) {
                shown.add(grid);
            }
        }
        return shown;
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(scroller, snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }
}
