package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.view.step.StepPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
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
 * The view switch of every backward step of every preset reads in full at 1280×720 and 1920×1080,
 * outside presentation mode and in it, and at 1024×640 and 960×600: no toggle, view menu or unit
 * picker draws its text cut short ("…"), each is as wide as its text needs, and all lie inside the
 * step pane.
 */
@ExtendWith(ApplicationExtension.class)
class ViewSwitchFitTest {

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

    @Test
    void everyLabelReadsInFullAt1280By720() {
        assertEquals(List.of(), cutLabels(1280, 720, false));
    }

    @Test
    void everyLabelReadsInFullAt1920By1080AndTheFullNamesFit() {
        assertEquals(List.of(), cutLabels(1920, 1080, false));
        List<String> names = new ArrayList<>();
        for (ToggleButton toggle : window.stepPane().viewToggles()) {
            names.add(toggle.getText());
        }
        assertEquals(List.of("VJP / Hadamard", "Jacobian chain", "Component-wise", "Naive chain"), names);
    }

    @Test
    void everyLabelReadsInFullInPresentationMode() {
        assertEquals(List.of(), cutLabels(1280, 720, true));
        assertEquals(List.of(), cutLabels(1920, 1080, true));
    }

    @Test
    void aNarrowPaneGetsTheShortNamesWithTheFullNameAndKeyOnHover(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1160);
            stage.setHeight(720);
            window.stepper().goTo(backwardSteps().stream().filter(step -> step.kind() == StepKind.BACKWARD)
                    .findFirst().orElseThrow().index());
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = new ArrayList<>();
        for (ToggleButton toggle : window.stepPane().viewToggles()) {
            names.add(toggle.getText() + " (" + toggle.getTooltip().getText() + ")");
        }

        assertEquals(List.of("VJP (VJP / Hadamard (key 1))", "Jacobian (Jacobian chain (key 2))",
                "Per unit (Component-wise (key 3))", "Naive (Naive chain (key 4))"), names);
        assertEquals(List.of(), cutLabels("1160×720"));
    }

    @Test
    void everyLabelReadsInFullAt1024By640And960By600() {
        assertEquals(List.of(), cutLabels(1024, 640, false));
        assertEquals(List.of(), cutLabels(960, 600, false));
    }

    /**
     * At 960×600 the step pane is about 300 px wide, too narrow for even the short names: one menu
     * button names the view shown, gives its full name and key on hover, and offers every view by
     * its full name and key; choosing one shows it.
     */
    @Test
    void belowTheShortNamesOneMenuButtonOffersEveryViewByItsFullNameAndKey(FxRobot robot) {
        robot.interact(() -> {
            WindowFixture.resize(stage, 960, 600);
            window.stepper().goTo(backwardSteps().stream().filter(step -> step.kind() == StepKind.BACKWARD)
                    .findFirst().orElseThrow().index());
            window.stepper().viewProperty().set(ViewKind.VJP);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton menu = window.stepPane().viewMenu();

        assertTrue(shown(menu), "the menu button shows");
        assertTrue(window.stepPane().viewToggles().stream().noneMatch(ViewSwitchFitTest::shown), "no toggle shows");
        assertEquals("View: VJP", menu.getText());
        assertEquals("VJP / Hadamard (key 1). Click for the other views.", menu.getTooltip().getText());
        assertEquals(List.of("VJP / Hadamard (key 1)", "Jacobian chain (key 2)", "Component-wise (key 3)",
                "Naive chain (key 4)"), menu.getItems().stream().map(MenuItem::getText).toList());

        robot.interact(menu::show);
        robot.clickOn("Jacobian chain (key 2)");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ViewKind.JACOBIAN, window.stepper().viewProperty().get());
        assertEquals(List.of(false, true, false, false),
                menu.getItems().stream().map(item -> ((RadioMenuItem) item).isSelected()).toList());
        assertEquals("View: Jacobian", menu.getText());
        assertEquals("Jacobian chain (key 2). Click for the other views.", menu.getTooltip().getText());
    }

    /** True when the node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The labels of the view switch cut short or outside the pane, over every backward step and view of every preset. */
    private List<String> cutLabels(double width, double height, boolean presenting) {
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            window.presentation().setFullScreen(false);
            WindowFixture.resize(stage, width, height);
            window.presentation().activeProperty().set(presenting);
        });
        List<String> cut = new ArrayList<>();
        WindowFixture.forEachPreset(window, preset -> {
            for (Step step : backwardSteps()) {
                for (ViewKind kind : step.views().stream().map(view -> view.kind()).toList()) {
                    robot.interact(() -> {
                        window.stepper().goTo(step.index());
                        window.stepper().viewProperty().set(kind);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = preset.id() + " step " + (step.index() + 1) + " " + kind + " at " + (int) width
                            + "×" + (int) height + (presenting ? " presenting" : "");
                    robot.interact(() -> cut.addAll(cutLabels(where)));
                }
            }
        });
        return cut;
    }

    private List<String> cutLabels(String where) {
        StepPane pane = window.stepPane();
        pane.layout();
        Bounds visible = pane.localToScene(pane.getLayoutBounds());
        List<Labeled> labels = new ArrayList<>(pane.viewToggles().stream().filter(ViewSwitchFitTest::shown).toList());
        if (shown(pane.viewMenu())) {
            labels.add(pane.viewMenu());
        }
        if (labels.isEmpty()) {
            return List.of(where + ": neither the view toggles nor the view menu show");
        }
        if (pane.unitPicker().isVisible()) {
            labels.addAll(pane.unitPicker().lookupAll(".list-cell").stream()
                    .filter(node -> node instanceof Labeled && node.isVisible()).map(node -> (Labeled) node).toList());
        }
        List<String> cut = new ArrayList<>();
        for (Labeled label : labels) {
            String drawn = drawnText(label);
            Bounds bounds = label.localToScene(label.getLayoutBounds());
            if (label.getText() != null && !drawn.equals(label.getText())) {
                cut.add(where + ": '" + label.getText() + "' drawn as '" + drawn + "'");
            } else if (!(label instanceof ListCell) && label.getWidth() < label.prefWidth(-1) - 0.5) {
                cut.add(where + ": '" + label.getText() + "' " + label.getWidth() + " px wide, needs " + label.prefWidth(-1));
            } else if (bounds.getMaxX() > visible.getMaxX() + 0.5) {
                cut.add(where + ": '" + label.getText() + "' ends at x " + Math.round(bounds.getMaxX()) + ", the pane at "
                        + Math.round(visible.getMaxX()));
            }
        }
        assertTrue(!pane.viewToggles().isEmpty(), where + ": the step shows its view switch");
        return cut;
    }

    private List<Step> backwardSteps() {
        return window.stepper().steps().stream().filter(step -> !step.views().isEmpty()).toList();
    }

    /** The text a label draws, which ends in "…" when its room is too small (a menu button's is inside its skin). */
    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.lookupAll(".text")) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return labeled.getText();
    }
}
