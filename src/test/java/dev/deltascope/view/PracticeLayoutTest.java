package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A practice question takes the room of the diagram and the side tabs it hides, rather than
 * leaving a blank band and an empty panel; the step and both come back where they were when the
 * step is revealed or practice ends.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeLayoutTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Presets.defaultNetwork(), folder, 1280, 720);
    }

    @Test
    void aQuestionTakesTheDiagramsAndSidePanelsRoomAndGivesItBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane centre = (SplitPane) robot.lookup("#diagram-place").query().getParent().getParent();
        SplitPane stepAndSide = (SplitPane) window.sideTabs().getParent().getParent();
        double[] centreBefore = centre.getDividerPositions();
        double[] sideBefore = stepAndSide.getDividerPositions();
        Bounds centreArea = centre.localToScene(centre.getLayoutBounds());

        robot.interact(() -> window.practice().activeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.practice().hidingProperty().get(), "the first step is asked");
        Node pane = robot.lookup("#practice-pane").query();
        Bounds question = pane.localToScene(pane.getLayoutBounds());
        assertTrue(question.getMinY() <= centreArea.getMinY() + 12, "the question starts at the top of the centre, "
                + "where the diagram was: " + question + " in " + centreArea);
        assertTrue(question.getWidth() >= centreArea.getWidth() - 20, "the question is as wide as the centre, the side "
                + "tabs' room included: " + question + " in " + centreArea);
        assertEquals(1, stepAndSide.getItems().size(), "the side tabs are out of the row");

        robot.interact(() -> window.practice().activeProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, stepAndSide.getItems().size(), "the side tabs are back");
        assertArrayEquals(centreBefore, centre.getDividerPositions(), 1e-3, "the diagram's divider");
        assertArrayEquals(sideBefore, stepAndSide.getDividerPositions(), 1e-3, "the side tabs' divider");
    }
}
