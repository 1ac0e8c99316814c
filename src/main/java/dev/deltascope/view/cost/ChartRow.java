package dev.deltascope.view.cost;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/** Two charts side by side when there is room for both at a readable width, else one above the other. */
final class ChartRow extends Region {

    /** Narrower than this each chart gets the full width. */
    private static final double SIDE_BY_SIDE_WIDTH = 800;
    private static final double GAP = 12;

    private final Region first;
    private final Region second;

    ChartRow(Region first, Region second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
    }

    private boolean sideBySide(double width) {
        return width >= SIDE_BY_SIDE_WIDTH;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double charts = sideBySide(width) ? Math.max(first.prefHeight(-1), second.prefHeight(-1))
                : first.prefHeight(-1) + GAP + second.prefHeight(-1);
        return snappedTopInset() + charts + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + Math.max(first.prefWidth(-1), second.prefWidth(-1)) + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        if (sideBySide(getWidth())) {
            double half = (width - GAP) / 2;
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            layoutInArea(first, x, y, half, height, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(second, x + half + GAP, y, half, height, 0, HPos.LEFT, VPos.TOP);
        } else {
            layoutInArea(first, x, y, width, first.prefHeight(-1), 0, HPos.LEFT, VPos.TOP);
            layoutInArea(second, x, y + first.prefHeight(-1) + GAP, width, second.prefHeight(-1), 0, HPos.LEFT,
                    VPos.TOP);
        }
    }
}
