package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fitted step that leaves its grids out says so in their place, with the key that brings them
 * back in the mode it is fitted in, and that key does: Ctrl+B with the side panels hidden, Esc in
 * presentation mode. The step is z⁽²⁾ = W⁽²⁾a⁽¹⁾ + b⁽²⁾ of a 3-8-8-2 network at 1280 × 720, whose
 * 8 × 8 weights leave no room for the grids in either mode.
 */
@ExtendWith(ApplicationExtension.class)
class GridsLeftOutTest {

    private static final String PANELS_HIDDEN = "The grids are left out so that the step fits its pane: their numbers"
            + " are in the formula above. Show the side panels (Ctrl + B) to see them.";
    private static final String PRESENTING = "The grids are left out so that the step fits the screen: their numbers"
            + " are in the formula above. Leave presentation mode (Esc) to see them.";

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Presets.defaultNetwork(), folder, 1280, 720);
    }

    /** Leaves presentation mode, so the stage the test classes share is not left full screen. */
    @AfterEach
    void leavePresentation(FxRobot robot) {
        robot.interact(() -> window.presentation().leave());
    }

    @Test
    void withTheSidePanelsHiddenTheNoteNamesCtrlBAndCtrlBBringsTheGridsBack(FxRobot robot) {
        showWideWeightedInput(robot);
        assertGridsShown(robot, "before Ctrl+B");

        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.presentation().isActive());
        assertGridsLeftOut(robot, PANELS_HIDDEN);

        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();

        assertGridsShown(robot, "after Ctrl+B again");
    }

    @Test
    void inPresentationModeTheNoteNamesEscAndEscBringsTheGridsBack(FxRobot robot) {
        showWideWeightedInput(robot);
        robot.interact(() -> window.presentation().setFullScreen(false));

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.presentation().isActive());
        assertGridsLeftOut(robot, PRESENTING);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.presentation().isActive());
        assertGridsShown(robot, "after Esc");
    }

    /** The 3-8-8-2 network's step z⁽²⁾ = W⁽²⁾a⁽¹⁾ + b⁽²⁾. */
    private void showWideWeightedInput(FxRobot robot) {
        robot.interact(() -> {
            window.editor().setLayerWidth(1, 8);
            window.editor().setLayerWidth(2, 8);
            Step step = window.stepper().steps().stream()
                    .filter(candidate -> candidate.kind() == StepKind.FORWARD_LINEAR && candidate.layer() == 2)
                    .findFirst().orElseThrow();
            window.stepper().goTo(step.index());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertGridsLeftOut(FxRobot robot, String note) {
        Label shown = robot.lookup("#grids-left-out").queryAs(Label.class);
        assertTrue(shown.isVisible(), "the note in the grids' place shows");
        assertEquals(note, shown.getText());
        assertFalse(robot.lookup(".step-grids").query().isVisible(), "the grids are left out");
    }

    private void assertGridsShown(FxRobot robot, String when) {
        Node grids = robot.lookup(".step-grids").query();
        assertTrue(grids.isVisible() && !window.stepPane().grids().isEmpty(), when + ": the grids show");
        assertFalse(robot.lookup("#grids-left-out").query().isVisible(), when + ": no note in their place");
    }
}
