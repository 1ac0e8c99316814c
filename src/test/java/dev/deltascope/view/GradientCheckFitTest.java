package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.deltascope.file.Presets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The gradient-check table at the window's default 1440×900 and at a projector's 1280×720 (resized
 * to, and started at), for every preset: no horizontal scroll bar, and no header or cell whose text
 * is cut short ("…").
 */
@ExtendWith(ApplicationExtension.class)
class GradientCheckFitTest {

    @TempDir
    static Path folder;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = WindowFixture.open(shown, Presets.defaultNetwork(), folder, 1440, 900);
    }

    @Test
    void theTableFitsItsTabAtTheDefaultSizeAndAtAProjectorsSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1440, 900}, {1280, 720}}) {
            robot.interact(() -> WindowFixture.resize(stage, size[0], size[1]));
            WindowFixture.forEachPreset(window, preset -> problems.addAll(
                    problems(robot, preset.id() + " at " + (int) size[0] + "×" + (int) size[1])));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Started at a projector's 1280×720 (no remembered layout), the side panel gets the table's room
     * from the first frame, rather than a share of a narrower window that it keeps when resized.
     */
    @Test
    void theTableFitsItsTabWhenTheWindowStartsAtAProjectorsSize(FxRobot robot) {
        robot.interact(() -> window = WindowFixture.open(stage, Presets.defaultNetwork(), folder, 1280, 720));
        List<String> problems = new ArrayList<>();
        WindowFixture.forEachPreset(window, preset -> problems.addAll(problems(robot, preset.id() + " started at 1280×720")));
        assertEquals(List.of(), problems);
    }

    private List<String> problems(FxRobot robot, String where) {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup(".gradient-check-panel .table-view").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty(), where + ": the check has rows");
        robot.interact(table::layout);
        List<String> out = new ArrayList<>();
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                    && scrollBar.isVisible()) {
                out.add(where + ": a horizontal scroll bar (table " + Math.round(table.getWidth()) + " px wide, columns "
                        + table.getColumns().stream().map(column -> Math.round(column.getWidth())).toList() + ")");
            }
        }
        for (Node node : table.lookupAll(".column-header .label, .table-cell")) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && labeled.isVisible()) {
                String drawn = drawnText(labeled);
                if (drawn.endsWith("…") && !labeled.getText().endsWith("…")) {
                    out.add(where + ": '" + labeled.getText() + "' drawn as '" + drawn + "'");
                }
            }
        }
        return out;
    }

    /** The text a label draws, which ends in "…" when its room is too small. */
    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return labeled.getText();
    }
}
