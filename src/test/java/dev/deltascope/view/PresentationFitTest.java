package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.file.Presets;
import dev.deltascope.view.step.StepPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
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
 * Presentation mode at a projector's 1280×720 and 1920×1080: for every step and view of every
 * preset and of a 3-8-8-2 network, the step's formulas and grids lie inside the visible part of
 * the step pane, and no scroll bar shows.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFitTest {

    @TempDir
    static Path folder;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = WindowFixture.open(shown, Presets.defaultNetwork(), folder, 1280, 720);
    }

    /** Leaves presentation mode, so the stage the test classes share is not left full screen. */
    @AfterEach
    void leavePresentation(FxRobot robot) {
        robot.interact(() -> window.presentation().leave());
    }

    /**
     * At 1280×720 every step of every preset and of the 3-8-8-2 network fits: the Jacobian and naive
     * chains of its 8-wide backward steps and the last step's update, whose formulas with numbers hold
     * two or three 8×8 matrices, only once their matrices are elided past fewer rows and columns.
     */
    @Test
    void everyStepFitsAt1280By720(FxRobot robot) {
        assertEquals(List.of(), misfits(robot, 1280, 720), "1280×720: steps that do not fit");
    }

    @Test
    void everyStepFitsAt1920By1080(FxRobot robot) {
        assertEquals(List.of(), misfits(robot, 1920, 1080), "1920×1080: steps that do not fit");
    }

    /** The steps and views that do not fit at width × height in presentation mode, with what sticks out. */
    private List<String> misfits(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.presentation().setFullScreen(false);
            WindowFixture.resize(stage, width, height);
            window.presentation().activeProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, stage.getScene().getWidth(), 1, "scene width");
        assertEquals(height, stage.getScene().getHeight(), 1, "scene height");
        List<String> misfits = new ArrayList<>();
        WindowFixture.forEachPreset(window, preset -> checkEveryStep(robot, preset.id(), misfits));
        robot.interact(() -> {
            window.editor().loadPreset(Presets.defaultNetwork());
            window.editor().setLayerWidth(1, 8);
            window.editor().setLayerWidth(2, 8);
        });
        checkEveryStep(robot, "3-8-8-2", misfits);
        return misfits;
    }

    private void checkEveryStep(FxRobot robot, String network, List<String> misfits) {
        List<Step> steps = window.stepper().steps();
        for (Step step : steps) {
            List<View> views = step.views().isEmpty() ? java.util.Collections.singletonList(null) : step.views();
            for (View view : views) {
                robot.interact(() -> {
                    window.stepper().goTo(step.index());
                    if (view != null) {
                        window.stepper().viewProperty().set(view.kind());
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                String problem = problem(robot);
                if (!problem.isEmpty()) {
                    misfits.add(network + " step " + (step.index() + 1) + (view == null ? "" : " " + view.kind())
                            + ": " + problem);
                }
            }
        }
    }

    /** What does not fit on the step shown now, or "". */
    private String problem(FxRobot robot) {
        StepPane pane = window.stepPane();
        Bounds visible = pane.localToScene(pane.getLayoutBounds());
        List<Node> parts = new ArrayList<>(List.of(pane.symbolic(), pane.numeric()));
        parts.addAll(pane.grids());
        StringBuilder problem = new StringBuilder();
        for (Node part : parts) {
            if (!isShown(part) || part.getLayoutBounds().isEmpty()) {
                continue;
            }
            Bounds bounds = part.localToScene(part.getLayoutBounds());
            if (!contains(visible, bounds)) {
                problem.append(part.getClass().getSimpleName()).append(" at ").append(round(bounds))
                        .append(" outside ").append(round(visible)).append("; ");
            }
        }
        for (Node bar : pane.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.isVisible() && isShown(scrollBar)) {
                problem.append(scrollBar.getOrientation() == Orientation.VERTICAL ? "vertical" : "horizontal")
                        .append(" scroll bar; ");
            }
        }
        return problem.toString();
    }

    private static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMinY() >= outer.getMinY() - 0.5
                && inner.getMaxX() <= outer.getMaxX() + 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    private static String round(Bounds b) {
        return String.format("[%.0f, %.0f – %.0f, %.0f]", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
