package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
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

/** Presentation mode and the collapsed side panels give back every divider and tab header as they were. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    @TempDir
    static Path folder;

    private MainWindow window;
    private SplitPane centre;
    private SplitPane stepAndSide;
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = WindowFixture.open(stage, Presets.defaultNetwork(), folder, 1440, 900);
        centre = (SplitPane) window.root().getCenter();
        stepAndSide = (SplitPane) centre.getItems().get(1);
    }

    /** Leaves presentation mode, so the stage the test classes share is not left full screen. */
    @AfterEach
    void leavePresentation(FxRobot robot) {
        robot.interact(() -> window.presentation().leave());
    }

    @Test
    void f5ThenEscRestoresEveryDividerAndTabHeader(FxRobot robot) {
        robot.interact(() -> {
            centre.setDividerPositions(0.41);
            stepAndSide.setDividerPositions(0.58);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] centreBefore = centre.getDividerPositions();
        double[] sideBefore = stepAndSide.getDividerPositions();
        double sideWidth = window.sideTabs().getWidth();
        assertTrue(tabHeadersShown(), "every tab header shows before: " + tabHeaders());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentation().isActive());
        assertFalse(stepAndSide.getItems().contains(window.sideTabs()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentation().isActive());
        assertArrayEquals(centreBefore, centre.getDividerPositions(), 0.002, "the diagram's divider");
        assertArrayEquals(sideBefore, stepAndSide.getDividerPositions(), 0.002, "the side panel's divider");
        assertEquals(sideWidth, window.sideTabs().getWidth(), 1, "the side panel's width");
        assertTrue(tabHeadersShown(), "every tab header shows after: " + tabHeaders());
        assertSame(robot.lookup("#network-editor").query(), window.root().getLeft());
    }

    @Test
    void theSidePanelsCollapseAndComeBackWithTheirDividers(FxRobot robot) {
        robot.interact(() -> stepAndSide.setDividerPositions(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        double[] sideBefore = stepAndSide.getDividerPositions();
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.root().getLeft());
        assertFalse(stepAndSide.getItems().contains(window.sideTabs()));
        assertTrue(window.stepPane().fitProperty().get(), "with the panels collapsed the step fits its pane");
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(robot.lookup("#network-editor").query(), window.root().getLeft());
        assertArrayEquals(sideBefore, stepAndSide.getDividerPositions(), 0.002);
        assertFalse(window.stepPane().fitProperty().get());
    }

    /** The side tabs' headers' bounds in the scene and the tab pane's, for a failure's message. */
    private String tabHeaders() {
        StringBuilder text = new StringBuilder("pane " + window.sideTabs().localToScene(window.sideTabs().getLayoutBounds()));
        for (Node header : window.sideTabs().lookupAll(".tab")) {
            text.append("; ").append(header.isVisible()).append(' ').append(header.localToScene(header.getLayoutBounds()));
        }
        return text.toString();
    }

    /** True when each side tab's header lies inside the tab pane, none cut off into an overflow menu. */
    private boolean tabHeadersShown() {
        Bounds pane = window.sideTabs().localToScene(window.sideTabs().getLayoutBounds());
        List<Node> headers = List.copyOf(window.sideTabs().lookupAll(".tab"));
        if (headers.size() != window.sideTabs().getTabs().size()) {
            return false;
        }
        for (Node header : headers) {
            Bounds bounds = header.localToScene(header.getLayoutBounds());
            if (!header.isVisible() || bounds.getMaxX() > pane.getMaxX() - 20 || bounds.getWidth() < 20) {
                return false;
            }
        }
        return true;
    }
}
