package dev.deltascope.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.view.MainWindow;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.step.MatrixGridView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WhatAmILookingAtTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Presets.CLASSIC.load(), folder, 1000, 760);
    }

    @Test
    void theHelpMenuOpensItForTheCurrentStepSteppingUpdatesItAndEscClosesIt(FxRobot robot) {
        robot.clickOn("Help").clickOn(WhatAmILookingAt.TITLE);
        Stage guide = guide(robot);

        assertTrue(guide.isShowing());
        assertEquals("Layer 1: weighted input z⁽¹⁾", heading(guide));
        assertEquals(List.of("W^{(1)}", "a^{(0)}", "b^{(1)}", "z^{(1)}", "w^{(1)}_{jk}"), symbols(guide));
        assertEquals("The weights of layer 1: 2×2, one row per unit of layer 1 and one column per input.",
                rows(guide).get(0).meaning());

        robot.type(KeyCode.RIGHT);
        assertEquals(1, window.stepper().stepIndex());
        assertEquals("Layer 1: activation a⁽¹⁾", heading(guide));
        assertEquals(List.of("z^{(1)}", "a^{(1)}", "\\sigma'(z^{(1)})", "\\sigma"), symbols(guide));

        robot.interact(() -> window.stepper().goTo(window.stepper().steps().size() - 2));
        assertEquals("Update W⁽¹⁾ and b⁽¹⁾", heading(guide));
        assertEquals("W^{(1)}", symbols(guide).get(0));
        assertTrue(symbols(guide).contains("\\eta"));

        robot.type(KeyCode.ESCAPE);
        assertFalse(guide.isShowing());
        assertEquals(window.stepper().steps().size() - 2, window.stepper().stepIndex(), "Esc does not step");
    }

    @Test
    void pointingAtAnEntryMarksItsGridAndClickingKeepsTheMarkUntilTheViewChanges(FxRobot robot) {
        int backward = window.stepper().steps().stream().filter(s -> s.kind() == StepKind.BACKWARD)
                .findFirst().orElseThrow().index();
        robot.interact(() -> window.stepper().goTo(backward));
        robot.push(KeyCode.SHIFT, KeyCode.F1);
        Stage guide = guide(robot);
        WhatAmILookingAtRow transposed = rows(guide).get(1);
        assertEquals("(W^{(2)})^{\\top}", transposed.entry().latex());

        robot.moveTo(transposed);
        assertEquals(List.of("(W⁽²⁾)ᵀ"), markedGrids(robot));
        assertTrue(transposed.isMarked());
        robot.moveTo(guide.getScene().lookup(".guide-heading"));
        assertEquals(List.of(), markedGrids(robot));

        robot.clickOn(transposed);
        robot.moveTo(guide.getScene().lookup(".guide-heading"));
        assertEquals(List.of("(W⁽²⁾)ᵀ"), markedGrids(robot), "a click keeps the mark");

        robot.interact(() -> window.stepper().viewProperty().set(ViewKind.JACOBIAN));
        assertEquals(List.of(), markedGrids(robot));
        assertEquals("(\\delta^{(2)})^{\\top}", symbols(guide).get(0));
        assertTrue(((Label) guide.getScene().lookup(".guide-subheading")).getText().contains("Jacobian chain"));
    }

    private static Stage guide(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window shown : robot.listWindows()) {
            if (shown instanceof Stage stage && WhatAmILookingAt.TITLE.equals(stage.getTitle())) {
                return stage;
            }
        }
        throw new AssertionError("no window titled " + WhatAmILookingAt.TITLE);
    }

    private static String heading(Stage guide) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) guide.getScene().lookup(".guide-heading")).getText();
    }

    private static List<WhatAmILookingAtRow> rows(Stage guide) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((VBox) guide.getScene().lookup(".guide-rows")).getChildren().stream()
                .map(WhatAmILookingAtRow.class::cast).toList();
    }

    private static List<String> symbols(Stage guide) {
        return rows(guide).stream().map(row -> row.symbol().getFormula()).toList();
    }

    /** The names of the step pane's grids that carry the mark. */
    private List<String> markedGrids(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(window.root()).lookup(".matrix-grid-view").queryAllAs(MatrixGridView.class).stream()
                .filter(grid -> !grid.getStyle().isEmpty()).map(MatrixGridView::name).toList();
    }
}
