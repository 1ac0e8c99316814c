package dev.deltascope.view.step;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.view.paint.ThemeSwatch;
import java.util.List;
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
    /** Room a fitted step leaves free at the right and bottom, so that rounding never brings a scroll bar. */
    private static final double FIT_MARGIN = 12;

    private final ObservableValue<Step> step;
    private final ObjectProperty<ViewKind> view;
    private final IntegerProperty unit;
    private final DoubleProperty zoom;
    private final IntegerProperty precision;

    private final StepHeading heading;
    private final StepFormulas formulas;
    private final StepGrids grids;
    private final VBox content = new VBox(14);
    private final StepBody body;
    private final ScrollPane scroller = new ScrollPane(content);
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
        heading = new StepHeading(view, unit);
        shownZoom = zoom.multiply(fitScale);
        grids = new StepGrids(hover, precision, shownZoom, convention, typeScale.greaterThan(1.0));
        formulas = new StepFormulas(shownZoom);
        body = new StepBody(formulas.pane(), grids.pane());
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
        content.getStyleClass().add("step-content");
        content.setPadding(new Insets(16, 20, 24, 20));
        content.getChildren().setAll(heading.nodes());
        content.getChildren().addAll(body, grids.leftOutNote());
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("step-scroller");
        getChildren().add(scroller);
    }

    /** Shows {@code full}, a step of the derivation, with its matrices elided past {@link #maxShown}. */
    private void show(Step full) {
        Step current = full == null || maxShown >= GridLayout.MAX_SHOWN ? full : elidedSteps.apply(full, maxShown);
        if (current == null) {
            heading.showNone();
            formulas.clear();
            grids.hideAll();
            return;
        }
        View shown = ShownView.of(current, view.get());
        heading.show(current, shown, unit.get(), fit.get());
        formulas.show(formulasOf(current, view.get(), unit.get()));
        grids.show(shown == null ? current.matrices() : shown.matrices(), current.layer(), maxShown);
    }

    /** The LaTeX of the two formulas shown for a step: in symbols ({@link #SYMBOLIC_SIZE}) and with numbers ({@link #NUMERIC_SIZE}). */
    public record Formulas(String symbolic, String numeric) {
    }

    /** The formulas the pane shows for {@code step} when {@code kind} is the chosen view and {@code unit} the chosen unit. */
    public static Formulas formulasOf(Step step, ViewKind kind, int unit) {
        View shown = ShownView.of(step, kind);
        if (shown == null) {
            return new Formulas(step.symbolic(), step.numeric());
        }
        return new Formulas(shown.symbolic(), ShownView.unitCount(shown) > 0
                ? shown.unitFormulas().get(ShownView.shownUnit(shown, unit)) : shown.numeric());
    }

    static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The convention the grids are laid out in, for linking their cells to the diagram. */
    public ObjectProperty<Convention> conventionProperty() {
        return convention;
    }

    /** The view toggles shown now, in order. */
    public List<ToggleButton> viewToggles() {
        return heading.viewSwitch().toggles();
    }

    /** The menu button that stands for the view toggles where the pane is too narrow for them. */
    public MenuButton viewMenu() {
        return heading.viewSwitch().menu();
    }

    String title() {
        return heading.title();
    }

    boolean showsViewSwitch() {
        return heading.viewSwitch().isVisible();
    }

    public ComboBox<Integer> unitPicker() {
        return heading.viewSwitch().unitPicker();
    }

    public FormulaView symbolic() {
        return formulas.symbolic();
    }

    public FormulaView numeric() {
        return formulas.numeric();
    }

    Label agreement() {
        return heading.agreement();
    }

    /** The grids shown now, in order. */
    public List<MatrixGridView> grids() {
        return grids.shown();
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
     * step's text back to the normal size, never below. Only presentation mode enlarges it, so a
     * fitted step above 1 is presented, at 1 fitted as the side panels are hidden: the note in the
     * place of grids left out names the key that brings them back in each.
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
        } else if (fitScale.get() != 1 || body.isBeside() || formulas.isBroken()
                || grids.isLeftOut() || maxShown != GridLayout.MAX_SHOWN) {
            printWith(GridLayout.MAX_SHOWN);
            formulas.setBreakWidth(0);
            grids.setLeftOut(false);
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
        formulas.setBreakWidth(Math.max(0, room));
        if (width <= 0 || height <= 0 || key.equals(fittedFor) && (!fits || fitsIn(width, room, height))) {
            return;
        }
        fittedFor = key;
        fits = FitSearch.fit(new FitSearch.FittedStep() {
            @Override
            public void printWith(int limit) {
                StepPane.this.printWith(limit);
            }

            @Override
            public void setGridsLeftOut(boolean leftOut) {
                grids.setLeftOut(leftOut);
            }

            @Override
            public void scaleTo(double scale) {
                StepPane.this.scaleTo(scale);
            }

            @Override
            public boolean fits() {
                return fitsIn(width, room, height);
            }
        }, zoom.get(), tighterElision.get() && elidedSteps != null);
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
        return body.arrangeToFit(room - FIT_MARGIN, grids.widest(), () -> content.prefHeight(width) <= height - FIT_MARGIN);
    }
}
