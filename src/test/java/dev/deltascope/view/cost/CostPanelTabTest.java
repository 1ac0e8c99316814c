package dev.deltascope.view.cost;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.view.MainWindow;
import dev.deltascope.view.WindowFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CostPanelTabTest {

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        MainWindow window = WindowFixture.open(stage, folder);
    }

    @Test
    void theCostTabSitsBesideTheGradientCheckAndTrainingAndShowsThePanel(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").match(pane -> ((TabPane) pane).getTabs().size() == 3).queryAs(TabPane.class);
        assertEquals(List.of("Gradient check", "Training", "Cost"), tabs.getTabs().stream().map(tab -> tab.getText()).toList());

        robot.clickOn("Cost");

        assertTrue(tabs.getSelectionModel().getSelectedItem().getContent() instanceof CostPanel);
        // Looked up on the JavaFX thread: the panel's step tables are rebuilt there as measurements arrive.
        assertTrue(onFx(() -> robot.lookup("#cost-why").tryQuery().map(node -> node.isVisible()).orElse(false)));
        assertTrue(onFx(() -> robot.lookup("#cost-step-3").tryQuery().isPresent()));
    }
}
