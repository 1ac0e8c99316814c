package dev.deltascope.view.step;

import dev.deltascope.derivation.Agreement.Verdict;
import dev.deltascope.derivation.Agreement;
import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Elision;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.paint.ThemeSwatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The current step: its title and explanation, the formula in symbols and with numbers, and every
 * matrix as a grid. On output-error and backward steps a switch picks the view (VJP / Hadamard,
 * Jacobian chain, component-wise with a unit picker, naive chain, softmax Jacobian) and a line
 * says how well the views and finite differences agree. Scrolls when it does not fit, unless
 * {@link #fitProperty() fit} is on: then the explanations shrink to their first sentence, long
 * formulas break into lines that fit the width, the grids may go beside the formulas, and the
 * formulas and grids are drawn smaller, down to {@link StepFit#MIN_ZOOM}, until the step fits.
 * Where {@link #tighterElisionProperty() allowed}, a step that still does not fit is printed with its
 * matrices elided past fewer rows and columns, in the formulas and grids alike.
 */
public final class StepPane extends Region {

    static final double SYMBOLIC_SIZE = 28;
    static final double NUMERIC_SIZE = 22;
    private static final double GRID_SIZE = 17;
    private static final int MAX_REMEMBERED_TARGETS = 512;
    /** Room a fitted step leaves free at the right and bottom, so that rounding never brings a scroll bar. */
    private static final double FIT_MARGIN = 12;
    /** The rows and columns a matrix is elided past, from the derivation's own limit down to the fewest. */
    private static final int[] ELISION_LIMITS = {GridLayout.MAX_SHOWN, 6, 5, 4, Elision.MIN_SLOTS};

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
    private final Label gridsLeftOut = new Label("The grids are left out to fit the screen: their numbers are in the"
            + " formula above. Leave presentation mode (Esc) or show the side panels (Ctrl+B) to see them.");
    private final VBox content = new VBox(14);
    private final StepBody body = new StepBody(
            new VBox(14, formulaScroller(symbolic), formulaScroller(numeric)), grids);
    private final ScrollPane scroller = new ScrollPane(content);
    private final List<MatrixGridView> gridPool = new ArrayList<>();
    private final Map<String, CellTargets> targetsByName = new HashMap<>();
    private final BooleanProperty fit = new SimpleBooleanProperty(this, "fit");
    private final ObjectProperty<Convention> convention = new SimpleObjectProperty<>(this, "convention",
            Convention.DELTASCOPE);
    private final DoubleProperty fitScale = new SimpleDoubleProperty(this, "fitScale", 1);
    private final DoubleProperty typeScale = new SimpleDoubleProperty(this, "typeScale", 1);
    private final BooleanProperty tighterElision = new SimpleBooleanProperty(this, "tighterElision");
    private final DoubleBinding shownZoom;
    private BiFunction<Step, Integer, Step> elidedSteps;
    /** The rows and columns the shown step's matrices are elided past. */
    private int maxShown = GridLayout.MAX_SHOWN;
    private String fittedFor = "";
    private boolean fits = true;

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
        shownZoom = zoom.multiply(fitScale);
        getStyleClass().add("step-pane");
        getStylesheets().add(ThemeSwatch.STYLESHEET);
        createView();
        InvalidationListener refresh = observable -> {
            fittedFor = "";
            maxShown = GridLayout.MAX_SHOWN;
            show(step.getValue());
        };
        step.addListener(refresh);
        view.addListener(refresh);
        unit.addListener(refresh);
        fit.addListener(refresh);
        tighterElision.addListener(observable -> requestLayout());
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
        symbolic.zoomProperty().bind(shownZoom);
        numeric.zoomProperty().bind(shownZoom);
        grids.getStyleClass().add("step-grids");
        gridsLeftOut.getStyleClass().add("view-explanation");
        gridsLeftOut.setWrapText(true);
        setShown(gridsLeftOut, false);
        content.getStyleClass().add("step-content");
        content.setPadding(new Insets(16, 20, 24, 20));
        content.getChildren().setAll(title, explanation, viewSwitch, agreement, viewTitle, viewExplanation, body,
                gridsLeftOut);
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
        pane.prefViewportHeightProperty().bind(formula.neededHeightProperty());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    /** Shows {@code full}, a step of the derivation, with its matrices elided past {@link #maxShown}. */
    private void show(Step full) {
        Step current = full == null || maxShown >= GridLayout.MAX_SHOWN ? full : elidedSteps.apply(full, maxShown);
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
        String fullExplanation = String.join(" ", current.explanation());
        explanation.setText(fit.get() && !current.explanation().isEmpty() ? current.explanation().get(0) : fullExplanation);
        explanation.setTooltip(fit.get() ? new Tooltip(fullExplanation) : null);
        View shown = shownView(current, view.get());
        showSwitch(shown != null);
        Formulas formulas = formulasOf(current, view.get(), unit.get());
        symbolic.setFormula(formulas.symbolic());
        numeric.setFormula(formulas.numeric());
        if (shown == null) {
            showGrids(current.matrices(), current.layer());
            return;
        }
        Agreement confirmed = current.agreement();
        agreement.setText(confirmed == null ? "" : confirmed.line(new NumberFormatter(2)::text));
        setAgreementState(confirmed == null ? Verdict.AGREES : confirmed.verdict());
        viewTitle.setText(shown.title());
        viewExplanation.setText(String.join(" ", shown.explanation()));
        setShown(viewTitle, !fit.get());
        setShown(viewExplanation, !fit.get());
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
    private void setAgreementState(Verdict verdict) {
        if (agreement.getStyleClass().contains(verdict.styleClass())) {
            return;
        }
        for (Verdict other : Verdict.values()) {
            agreement.getStyleClass().remove(other.styleClass());
        }
        agreement.getStyleClass().add(verdict.styleClass());
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
        int limit = Math.max(Elision.MIN_SLOTS, maxShown);
        for (int i = 0; i < matrices.size(); i++) {
            NamedMatrix matrix = matrices.get(i);
            CellTargets targets = targets(matrix.name(), outputLayer);
            if (i < gridPool.size()) {
                MatrixGridView grid = gridPool.get(i);
                grid.show(matrix, targets, limit);
                if (!grid.getStyle().isEmpty()) {
                    grid.setStyle("");
                }
            } else {
                MatrixGridView grid = new MatrixGridView(matrix, targets, hover);
                grid.show(matrix, targets, limit);
                grid.significantDigitsProperty().bind(precision);
                grid.fontSizeProperty().bind(shownZoom.multiply(GRID_SIZE));
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
        Convention notation = convention.get();
        return targetsByName.computeIfAbsent(name + " @" + outputLayer + " " + notation,
                key -> MatrixTargets.of(name, outputLayer, notation));
    }

    /** The convention the grids are laid out in, for linking their cells to the diagram. */
    public ObjectProperty<Convention> conventionProperty() {
        return convention;
    }

    /** The view toggles shown now, in order. */
    public List<ToggleButton> viewToggles() {
        return viewSwitch.toggles();
    }

    /** The menu button that stands for the view toggles where the pane is too narrow for them. */
    public MenuButton viewMenu() {
        return viewSwitch.menu();
    }

    String title() {
        return title.getText();
    }

    boolean showsViewSwitch() {
        return viewSwitch.isVisible();
    }

    public ComboBox<Integer> unitPicker() {
        return viewSwitch.unitPicker();
    }

    public FormulaView symbolic() {
        return symbolic;
    }

    public FormulaView numeric() {
        return numeric;
    }

    Label agreement() {
        return agreement;
    }

    /** The grids shown now, in order. */
    public List<MatrixGridView> grids() {
        List<MatrixGridView> shown = new ArrayList<>();
        for (MatrixGridView grid : gridPool) {
            if (grid.isVisible()) {
                shown.add(grid);
            }
        }
        return shown;
    }

    /**
     * True to fit the whole step in the pane without scrolling (presentation mode, or the side
     * panels collapsed): one sentence of explanation, and formulas and grids drawn as large as fits.
     */
    public BooleanProperty fitProperty() {
        return fit;
    }

    /**
     * True to let a fitted step that does not fit even at the smallest readable size be printed with
     * fewer rows and columns of each matrix (presentation mode, once the diagram has given the step
     * its room): the formulas and grids elide past 6, then 5, 4 and 3 instead of 8.
     */
    public BooleanProperty tighterElisionProperty() {
        return tighterElision;
    }

    /**
     * Where a step printed with its matrices elided past fewer rows and columns comes from: given a
     * step of the derivation and the limit, the same step so printed (as {@link StepperModel#elided}
     * builds it). Without it, steps are never elided further.
     */
    public void setElidedSteps(BiFunction<Step, Integer, Step> elided) {
        elidedSteps = java.util.Objects.requireNonNull(elided, "elided");
    }

    /** The rows and columns the matrices shown now are elided past. */
    int maxShown() {
        return maxShown;
    }

    /**
     * How much the window's type is enlarged (presentation mode's scale): fitting may shrink the
     * step's text back to the normal size, never below.
     */
    public DoubleProperty typeScaleProperty() {
        return typeScale;
    }

    /** How much the formulas and grids are shrunk to fit now: 1 when they are not. */
    double fitScale() {
        return fitScale.get();
    }

    /** False when fitting is on but the step does not fit even at {@link StepFit#MIN_ZOOM}. */
    public boolean fits() {
        return fits;
    }

    /** The scroll pane the step is shown in. */
    ScrollPane scroller() {
        return scroller;
    }

    @Override
    protected void layoutChildren() {
        if (fit.get()) {
            fitStep();
        } else if (fitScale.get() != 1 || body.isBeside() || numeric.breakWidthProperty().get() != 0
                || gridsLeftOut.isVisible() || maxShown != GridLayout.MAX_SHOWN) {
            printWith(GridLayout.MAX_SHOWN);
            symbolic.breakWidthProperty().set(0);
            numeric.breakWidthProperty().set(0);
            setGridsLeftOut(false);
            scaleTo(1);
            body.setBeside(false);
            fits = true;
        }
        layoutInArea(scroller, snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }

    /**
     * Finds the fit for the step, size and zoom shown, unless it was found for them already and
     * still holds (the type can change after it was found, as presentation mode's style sheet
     * reaches the step a frame after the mode starts).
     */
    private void fitStep() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - scroller.snappedLeftInset()
                - scroller.snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset() - scroller.snappedTopInset()
                - scroller.snappedBottomInset();
        String key = System.identityHashCode(step.getValue()) + " " + view.get() + " " + unit.get() + " " + width
                + " " + height + " " + zoom.get() + " " + precision.get() + " " + tighterElision.get();
        double room = width - content.snappedLeftInset() - content.snappedRightInset();
        symbolic.breakWidthProperty().set(Math.max(0, room));
        numeric.breakWidthProperty().set(Math.max(0, room));
        if (width <= 0 || height <= 0 || key.equals(fittedFor) && (!fits || fitsIn(width, room, height))) {
            return;
        }
        fittedFor = key;
        double floor = Math.min(1, StepFit.MIN_ZOOM / Math.max(zoom.get(), 1e-9));
        int tries = tighterElision.get() && elidedSteps != null ? ELISION_LIMITS.length : 1;
        fits = false;
        for (int i = 0; i < tries && !fits; i++) {
            printWith(ELISION_LIMITS[i]);
            setGridsLeftOut(false);
            fits = StepFit.fit(this::scaleTo, floor, () -> fitsIn(width, room, height));
            if (!fits) {
                setGridsLeftOut(true);
                fits = StepFit.fit(this::scaleTo, floor, () -> fitsIn(width, room, height));
            }
        }
        if (!fits) {
            body.setBeside(false);
        }
    }

    /** Shows the step with its matrices elided past {@code limit} rows and columns, unless it is so already. */
    private void printWith(int limit) {
        if (limit != maxShown) {
            maxShown = limit;
            show(step.getValue());
        }
    }

    /**
     * Leaves the grids out of a fitted step that does not fit with them (their numbers are in the
     * formula with numbers), saying so in their place; or puts them back.
     */
    private void setGridsLeftOut(boolean leftOut) {
        setShown(grids, !leftOut);
        setShown(gridsLeftOut, leftOut);
    }

    /**
     * Draws the formulas and grids {@code scale} times their size, and the text as much smaller
     * but not below the window's normal type.
     */
    private void scaleTo(double scale) {
        fitScale.set(scale);
        double text = Math.min(1, Math.max(scale, 1 / Math.max(1, typeScale.get())));
        content.setStyle(text == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1f%%;", 100 * text));
        content.applyCss();
    }

    /**
     * True when the step fits at the scale applied now, with the grids under the formulas or else
     * beside them (left arranged so).
     */
    private boolean fitsIn(double width, double room, double height) {
        double widestGrid = 0;
        if (grids.isVisible()) {
            for (MatrixGridView grid : grids()) {
                widestGrid = Math.max(widestGrid, grid.prefWidth(-1));
            }
        }
        room -= FIT_MARGIN;
        height -= FIT_MARGIN;
        body.setBeside(false);
        if (body.formulasWidth() <= room && widestGrid <= room && content.prefHeight(width) <= height) {
            return true;
        }
        body.setBeside(true);
        return body.formulasWidth() + StepBody.GAP + widestGrid <= room && content.prefHeight(width) <= height;
    }
}
