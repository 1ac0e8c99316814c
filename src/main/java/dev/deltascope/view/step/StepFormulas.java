package dev.deltascope.view.step;

import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A step's two formulas, in symbols ({@link StepPane#SYMBOLIC_SIZE}) above the same with numbers
 * ({@link StepPane#NUMERIC_SIZE}), each in a pane that scrolls sideways when the formula is wider
 * than the step, unless it is broken into lines that fit.
 */
final class StepFormulas {

    private final FormulaView symbolic = new FormulaView();
    private final FormulaView numeric = new FormulaView();
    private final VBox pane = new VBox(14);

    /** Formulas drawn {@code zoom} times their size. */
    StepFormulas(DoubleBinding zoom) {
        symbolic.fontSizeProperty().set(StepPane.SYMBOLIC_SIZE);
        numeric.fontSizeProperty().set(StepPane.NUMERIC_SIZE);
        symbolic.zoomProperty().bind(zoom);
        numeric.zoomProperty().bind(zoom);
        pane.getChildren().addAll(scroller(symbolic), scroller(numeric));
    }

    private static ScrollPane scroller(FormulaView formula) {
        ScrollPane pane = new ScrollPane(formula);
        pane.setFitToHeight(false);
        pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        pane.getStyleClass().add("formula-scroller");
        pane.prefViewportHeightProperty().bind(formula.neededHeightProperty());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    /** The two formulas, one above the other. */
    VBox pane() {
        return pane;
    }

    /** Shows {@code formulas}. */
    void show(StepPane.Formulas formulas) {
        symbolic.setFormula(formulas.symbolic());
        numeric.setFormula(formulas.numeric());
    }

    /** Shows no formula. */
    void clear() {
        symbolic.setFormula("");
        numeric.setFormula("");
    }

    /** Breaks the formulas into lines no wider than {@code width}; 0 for one line each, scrolled sideways. */
    void setBreakWidth(double width) {
        symbolic.breakWidthProperty().set(width);
        numeric.breakWidthProperty().set(width);
    }

    /** True while the formulas are broken into lines of a width. */
    boolean isBroken() {
        return numeric.breakWidthProperty().get() != 0;
    }

    FormulaView symbolic() {
        return symbolic;
    }

    FormulaView numeric() {
        return numeric;
    }
}
