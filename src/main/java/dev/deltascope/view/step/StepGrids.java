package dev.deltascope.view.step;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Elision;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.view.keys.KeyNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;

/**
 * The grids of a step's matrices, side by side in a flow pane that wraps, or a note in their place
 * while a fitted step leaves them out. Grids made for earlier
 * steps are shown again where there are enough of them, one per place: a new grid's styles are
 * looked up afresh, which took most of a step's time. Grids not needed now are hidden rather than
 * removed, as a grid added again has its styles looked up again.
 */
final class StepGrids {

    /** The note in the grids' place in presentation mode, which Esc leaves. */
    static final String LEFT_OUT_PRESENTING = "The grids are left out so that the step fits the screen: their numbers"
            + " are in the formula above. Leave presentation mode (Esc) to see them.";
    /** The note in the grids' place with the side panels hidden, which the same shortcut shows again. */
    static final String LEFT_OUT_PANELS_HIDDEN = "The grids are left out so that the step fits its pane: their numbers"
            + " are in the formula above. Show the side panels ("
            + KeyNames.display(KeyCombination.keyCombination("Shortcut+B")) + ") to see them.";
    private static final double GRID_SIZE = 17;
    private static final int MAX_REMEMBERED_TARGETS = 512;

    private final FlowPane pane = new FlowPane(18, 18);
    private final Label leftOutNote = new Label();
    private final List<MatrixGridView> pool = new ArrayList<>();
    private final Map<String, CellTargets> targetsByName = new HashMap<>();
    private final ObjectProperty<HoverTarget> hover;
    private final IntegerProperty precision;
    private final DoubleBinding zoom;
    private final ObservableValue<Convention> convention;

    /**
     * Grids whose cells set {@code hover}, printed to {@code precision} significant digits at
     * {@code zoom} times their size, linked to the diagram in {@code convention}'s layout;
     * {@code presenting}: presentation mode is on, else the step is fitted as the side panels are hidden.
     */
    StepGrids(ObjectProperty<HoverTarget> hover, IntegerProperty precision, DoubleBinding zoom,
            ObservableValue<Convention> convention, ObservableBooleanValue presenting) {
        this.hover = hover;
        this.precision = precision;
        this.zoom = zoom;
        this.convention = convention;
        pane.getStyleClass().add("step-grids");
        leftOutNote.setId("grids-left-out");
        leftOutNote.textProperty().bind(Bindings.when(presenting).then(LEFT_OUT_PRESENTING)
                .otherwise(LEFT_OUT_PANELS_HIDDEN));
        leftOutNote.getStyleClass().add("view-explanation");
        leftOutNote.setWrapText(true);
        StepPane.setShown(leftOutNote, false);
    }

    /** The flow pane the grids are laid out in. */
    FlowPane pane() {
        return pane;
    }

    /**
     * The note said in the grids' place while they are left out: their numbers are in the formula,
     * and the key that brings them back in the mode shown now.
     */
    Label leftOutNote() {
        return leftOutNote;
    }

    /**
     * Leaves the grids out of a fitted step that does not fit with them (their numbers are in the
     * formula with numbers), saying so in their place; or puts them back.
     */
    void setLeftOut(boolean leftOut) {
        StepPane.setShown(pane, !leftOut);
        StepPane.setShown(leftOutNote, leftOut);
    }

    /** True while the grids are left out. */
    boolean isLeftOut() {
        return leftOutNote.isVisible();
    }

    /**
     * Shows {@code matrices}, of a step whose output layer is {@code outputLayer}, elided past
     * {@code limit} rows and columns. A reused grid loses any mark set on it (by "What am I
     * looking at?"), as a new one would have none.
     */
    void show(List<NamedMatrix> matrices, int outputLayer, int limit) {
        int shownLimit = Math.max(Elision.MIN_SLOTS, limit);
        for (int i = 0; i < matrices.size(); i++) {
            NamedMatrix matrix = matrices.get(i);
            CellTargets targets = targets(matrix.name(), outputLayer);
            if (i < pool.size()) {
                MatrixGridView grid = pool.get(i);
                grid.show(matrix, targets, shownLimit);
                if (!grid.getStyle().isEmpty()) {
                    grid.setStyle("");
                }
            } else {
                MatrixGridView grid = new MatrixGridView(matrix, targets, hover);
                grid.show(matrix, targets, shownLimit);
                grid.significantDigitsProperty().bind(precision);
                grid.fontSizeProperty().bind(zoom.multiply(GRID_SIZE));
                pool.add(grid);
            }
        }
        for (int i = matrices.size(); i < pool.size(); i++) {
            hide(pool.get(i));
        }
        for (int i = 0; i < matrices.size(); i++) {
            StepPane.setShown(pool.get(i), true);
        }
        if (pane.getChildren().size() < pool.size()) {
            pane.getChildren().addAll(pool.subList(pane.getChildren().size(), pool.size()));
        }
    }

    /** Hides every grid: there is no step to show. */
    void hideAll() {
        pool.forEach(StepGrids::hide);
    }

    /** The grids shown now, in order. */
    List<MatrixGridView> shown() {
        List<MatrixGridView> shown = new ArrayList<>();
        for (MatrixGridView grid : pool) {
            if (grid.isVisible()) {
                shown.add(grid);
            }
        }
        return shown;
    }

    /** The preferred width of the widest grid shown now; 0 while the grids are left out. */
    double widest() {
        double widest = 0;
        if (pane.isVisible()) {
            for (MatrixGridView grid : shown()) {
                widest = Math.max(widest, grid.prefWidth(-1));
            }
        }
        return widest;
    }

    /** Hides a grid not needed now, forgetting the pointer and any mark as a removed grid would. */
    private static void hide(MatrixGridView grid) {
        if (grid.isVisible()) {
            StepPane.setShown(grid, false);
            grid.forgetPointer();
            grid.setStyle("");
        }
    }

    /** What the cells of the matrix named {@code name} stand for; remembered, as reading the name takes regular expressions. */
    private CellTargets targets(String name, int outputLayer) {
        if (targetsByName.size() > MAX_REMEMBERED_TARGETS) {
            targetsByName.clear();
        }
        Convention notation = convention.getValue();
        return targetsByName.computeIfAbsent(name + " @" + outputLayer + " " + notation,
                key -> MatrixTargets.of(name, outputLayer, notation));
    }
}
