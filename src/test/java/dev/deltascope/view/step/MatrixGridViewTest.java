package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.countPixels;
import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static dev.deltascope.view.step.StepViewFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.paint.ValuePalette;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MatrixGridViewTest {

    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>();
    private final Trace trace = StepViewFixtures.classicTrace();
    private StackPane root;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        root = new StackPane();
        WindowFixture.show(stage, root, 900, 700);
    }

    private MatrixGridView show(String name, Matrix values, CellTargets targets) {
        return onFx(() -> {
            MatrixGridView grid = new MatrixGridView(name, values, targets, hover);
            root.getChildren().setAll(grid);
            root.applyCss();
            root.layout();
            return grid;
        });
    }

    private static Bounds cell(MatrixGridView grid, int row, int column) {
        return onFx(() -> grid.cellBounds(row, column));
    }

    private static Point2D centreOnScreen(MatrixGridView grid, Bounds cell) {
        return onFx(() -> grid.localToScreen(cell.getCenterX(), cell.getCenterY()));
    }

    @Test
    void hoveringACellSetsTheSharedHoverAndShowsTheFullValue(FxRobot robot) {
        Matrix activations = trace.forward().a(1);
        MatrixGridView grid = show("a¹", activations, CellTargets.units(1));

        robot.moveTo(centreOnScreen(grid, cell(grid, 1, 0)));
        StepViewFixtures.waitUntil("the tooltip shows", () -> grid.tooltip().isShowing());

        assertEquals(HoverTarget.unit(1, 1), hover.get());
        assertTrue(grid.tooltip().getText().endsWith("= " + Double.toString(0.596884378259767)),
                grid.tooltip().getText());
        assertEquals(0.596884378259767, activations.get(1, 0), 1e-15);
    }

    @Test
    void leavingTheGridClearsTheHoverItSet(FxRobot robot) {
        MatrixGridView grid = show("W²", trace.network().layer(2).weights(), CellTargets.weights(2));
        robot.moveTo(centreOnScreen(grid, cell(grid, 0, 1)));
        assertEquals(HoverTarget.weight(2, 0, 1), hover.get());

        robot.moveTo(centreOnScreen(grid, cell(grid, 0, 1)).add(0, 400));
        assertNull(hover.get());
    }

    @Test
    void notANumberAndInfinityAreDrawnInTheirOwnColour() {
        MatrixGridView grid = show("z", Matrix.of(new double[][] {{0.5, Double.NaN, Double.POSITIVE_INFINITY}}),
                CellTargets.none());
        WritableImage image = snapshot(grid);

        assertTrue(countPixels(image, cell(grid, 0, 1), ValuePalette.NOT_FINITE) > 100);
        assertTrue(countPixels(image, cell(grid, 0, 2), ValuePalette.NOT_FINITE) > 100);
        assertEquals(0, countPixels(image, cell(grid, 0, 0), ValuePalette.NOT_FINITE));
    }

    @Test
    void negativeValuesAreBluePositiveOnesOrangeAndZeroNeutral() {
        MatrixGridView grid = show("v", Matrix.of(new double[][] {{-2, 0, 2}}), CellTargets.none());
        WritableImage image = snapshot(grid);

        Color negative = cornerColour(image, cell(grid, 0, 0));
        Color zero = cornerColour(image, cell(grid, 0, 1));
        Color positive = cornerColour(image, cell(grid, 0, 2));
        assertTrue(negative.getBlue() > negative.getRed() + 0.3, negative.toString());
        assertTrue(positive.getRed() > positive.getBlue() + 0.3, positive.toString());
        assertTrue(zero.getSaturation() < 0.1 && zero.getBrightness() > 0.9, zero.toString());
    }

    private static Color cornerColour(WritableImage image, Bounds cell) {
        return image.getPixelReader().getColor((int) cell.getMinX() + 4, (int) cell.getMinY() + 4);
    }

    @Test
    void aTwentyByTwentyGridShowsEllipsesAndFewNodes(FxRobot robot) {
        double[][] rows = new double[20][20];
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                rows[r][c] = r - c;
            }
        }
        MatrixGridView grid = show("W", Matrix.of(rows), CellTargets.weights(1));

        int[] expected = {0, 1, 2, 3, 4, 5, GridLayout.ELLIPSIS, 19};
        assertArrayEquals(expected, grid.shownRows());
        assertArrayEquals(expected, grid.shownColumns());
        assertNull(cell(grid, 10, 3));
        assertTrue(onFx(() -> grid.lookupAll("*").size()) <= 6);

        Bounds lastShown = cell(grid, 19, 5);
        robot.moveTo(centreOnScreen(grid, lastShown).add(0, -lastShown.getHeight() - 2));
        StepViewFixtures.waitUntil("the tooltip shows", () -> grid.tooltip().isShowing());
        assertEquals("rows 6–18 not shown", grid.tooltip().getText());
        assertNull(hover.get());
    }

    @Test
    void aHoverSetElsewhereOutlinesTheMatchingCell() {
        MatrixGridView grid = show("W²", trace.network().layer(2).weights(), CellTargets.weights(2));
        Bounds cell = cell(grid, 1, 0);
        Color accent = Color.web("#0969da");
        assertEquals(0, countPixels(snapshot(grid), cell, accent));

        onFx(() -> {
            hover.set(HoverTarget.weight(2, 1, 0));
            return null;
        });

        assertTrue(countPixels(snapshot(grid), cell, accent) > 40);
    }
    @Test
    void aGridShownAnotherMatrixDrawsItsValuesAndLinksItsCellsToItsTargets(FxRobot robot) {
        MatrixGridView grid = show("v", Matrix.of(new double[][] {{-2, 0, 2}}), CellTargets.none());
        Matrix weights = trace.network().layer(2).weights();

        onFx(() -> {
            grid.show(new NamedMatrix("W²", "W^{2}", weights), CellTargets.weights(2));
            root.layout();
            return null;
        });

        assertEquals("W²", grid.name());
        assertEquals(weights, grid.values());
        assertArrayEquals(new int[] {0, 1}, grid.shownRows());
        robot.moveTo(centreOnScreen(grid, cell(grid, 1, 0)));
        StepViewFixtures.waitUntil("the tooltip shows", () -> grid.tooltip().isShowing());
        assertEquals(HoverTarget.weight(2, 1, 0), hover.get());
        assertEquals("W², row 2, column 1 = 0.5", grid.tooltip().getText());
    }

    @Test
    void aGridShownNewValuesOfTheSameShapeRecoloursItsCells() {
        MatrixGridView grid = show("v", Matrix.of(new double[][] {{-2, 0, 2}}), CellTargets.none());

        onFx(() -> {
            grid.show(new NamedMatrix("v", "v", Matrix.of(new double[][] {{2, 0, -2}})), CellTargets.none());
            root.layout();
            return null;
        });

        WritableImage image = snapshot(grid);
        Color first = cornerColour(image, cell(grid, 0, 0));
        Color last = cornerColour(image, cell(grid, 0, 2));
        assertTrue(first.getRed() > first.getBlue() + 0.3, first.toString());
        assertTrue(last.getBlue() > last.getRed() + 0.3, last.toString());
    }

    @Test
    void showingAnotherMatrixForgetsThePointedCellAndTheHoverItSet(FxRobot robot) {
        MatrixGridView grid = show("W²", trace.network().layer(2).weights(), CellTargets.weights(2));
        robot.moveTo(centreOnScreen(grid, cell(grid, 0, 1)));
        assertEquals(HoverTarget.weight(2, 0, 1), hover.get());

        onFx(() -> {
            grid.show(new NamedMatrix("a¹", "a^{1}", trace.forward().a(1)), CellTargets.units(1));
            return null;
        });

        assertNull(hover.get());
        assertFalse(onFx(() -> grid.tooltip().isShowing()));
    }

}
