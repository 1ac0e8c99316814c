package dev.deltascope.view.step;

import java.util.function.BooleanSupplier;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The formulas and the grids of a step, the grids either under the formulas or, where the screen
 * is wider than it is tall for the step, beside them; a fitted step takes whichever lets it be
 * drawn larger.
 */
final class StepBody extends Region {

    static final double GAP = 18;

    private final Region formulas;
    private final FlowPane grids;
    private boolean beside;

    /** {@code formulas} above or beside {@code grids}. */
    StepBody(Region formulas, FlowPane grids) {
        this.formulas = formulas;
        this.grids = grids;
        getChildren().addAll(formulas, grids);
    }

    /** True to put the grids to the right of the formulas, false under them. */
    void setBeside(boolean side) {
        if (beside != side) {
            beside = side;
            requestLayout();
        }
    }

    boolean isBeside() {
        return beside;
    }

    /**
     * Puts the grids under the formulas if the step fits so, else beside them; returns whether it
     * fits as left. {@code room}: the width there is; {@code widestGrid}: the widest grid's width, 0
     * when none is shown; {@code heightFits}: whether the step, as arranged at the time, is low enough.
     */
    boolean arrangeToFit(double room, double widestGrid, BooleanSupplier heightFits) {
        setBeside(false);
        if (formulasWidth() <= room && widestGrid <= room && heightFits.getAsBoolean()) {
            return true;
        }
        setBeside(true);
        return formulasWidth() + GAP + widestGrid <= room && heightFits.getAsBoolean();
    }

    /** The width the formulas take, and so where the grids start when beside them. */
    double formulasWidth() {
        return formulas.prefWidth(-1);
    }

    /** The grids' height depends on the width they wrap in. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = beside ? formulasWidth() + GAP + grids.prefWidth(-1)
                : Math.max(formulasWidth(), grids.prefWidth(-1));
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double formulasHeight = formulas.prefHeight(-1);
        double height;
        if (beside) {
            height = Math.max(formulasHeight, grids.prefHeight(inner < 0 ? -1 : Math.max(0, inner - formulasWidth() - GAP)));
        } else {
            height = formulasHeight + (hasGrids() ? GAP + grids.prefHeight(inner) : 0);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double formulasHeight = formulas.prefHeight(-1);
        if (beside) {
            double formulasWidth = Math.min(width, formulasWidth());
            layoutInArea(formulas, x, y, formulasWidth, formulasHeight, 0, HPos.LEFT, VPos.TOP);
            double left = formulasWidth + GAP;
            double rest = Math.max(0, width - left);
            layoutInArea(grids, x + left, y, rest, grids.prefHeight(rest), 0, HPos.LEFT, VPos.TOP);
        } else {
            layoutInArea(formulas, x, y, width, formulasHeight, 0, HPos.LEFT, VPos.TOP);
            double top = formulasHeight + GAP;
            layoutInArea(grids, x, y + top, width, grids.prefHeight(width), 0, HPos.LEFT, VPos.TOP);
        }
    }

    private boolean hasGrids() {
        if (!grids.isManaged()) {
            return false;
        }
        for (Node grid : grids.getChildren()) {
            if (grid.isManaged()) {
                return true;
            }
        }
        return false;
    }
}
