package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Network;
import dev.deltascope.view.diagram.NetworkDiagram;
import dev.deltascope.view.paint.PresentationMode;
import dev.deltascope.view.step.FormulaView;
import dev.deltascope.view.step.HoverTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @Test
    void arrowKeysHomeEndAndSpaceMoveThroughTheSteps(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertEquals(1, window.stepper().stepIndex());
        assertEquals("Step 2 of 20", robot.lookup("#step-counter").queryAs(Label.class).getText());
        robot.type(KeyCode.SPACE);
        assertEquals(2, window.stepper().stepIndex());
        robot.type(KeyCode.END);
        assertEquals(19, window.stepper().stepIndex());
        assertEquals(StepKind.SUMMARY, window.stepper().step().kind());
        robot.type(KeyCode.RIGHT);
        assertEquals(19, window.stepper().stepIndex());
        robot.type(KeyCode.LEFT);
        assertEquals(18, window.stepper().stepIndex());
        robot.type(KeyCode.HOME);
        assertEquals(0, window.stepper().stepIndex());
    }

    @Test
    void theTimelineButtonsAndListStepAndLeaveTheKeysWorking(FxRobot robot) {
        robot.clickOn("#next-step");
        robot.clickOn("#next-step");
        assertEquals(2, window.stepper().stepIndex());
        robot.type(KeyCode.RIGHT);
        assertEquals(3, window.stepper().stepIndex());
        robot.clickOn("#last-step");
        assertEquals(19, window.stepper().stepIndex());
        robot.clickOn("#first-step");
        assertEquals(0, window.stepper().stepIndex());
    }

    @Test
    void keysTypedIntoAFieldStayInTheField(FxRobot robot) {
        robot.clickOn("#learning-rate");
        robot.type(KeyCode.RIGHT, KeyCode.SPACE, KeyCode.HOME);
        assertEquals(0, window.stepper().stepIndex());
    }

    @Test
    void aValidWeightChangesTheNetworkAndUndoRestoresIt(FxRobot robot) {
        Network before = window.editor().network();
        replaceText(robot, "#weight-1-0-0", "-1.25");
        assertEquals(-1.25, window.editor().network().layer(1).weights().get(0, 0));
        assertTrue(window.document().isDirty());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, window.editor().network());
        assertEquals("0.2", robot.lookup("#weight-1-0-0").queryAs(TextField.class).getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(-1.25, window.editor().network().layer(1).weights().get(0, 0));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(-1.25, window.editor().network().layer(1).weights().get(0, 0));
    }

    @Test
    void aNewWidthReshapesTheNetworkAndTheSteps(FxRobot robot) {
        replaceText(robot, "#width-of-layer-1", "6");
        assertEquals(6, window.editor().network().size(1));
        assertEquals(6, window.stepper().traceProperty().get().network().size(1));
    }

    @Test
    void choosingAPresetLoadsIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#preset").queryAs(ComboBox.class).getSelectionModel().select(1));
        assertEquals(Presets.CLASSIC.load(), window.editor().network());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Presets.defaultNetwork(), window.editor().network());
    }

    @Test
    void changingTheActivationIsAnUndoableEdit(FxRobot robot) {
        robot.interact(() -> robot.lookup("#activation-2").queryAs(ComboBox.class).getSelectionModel().select(2));
        assertEquals("relu", window.editor().network().layer(2).activation().name());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("sigmoid", window.editor().network().layer(2).activation().name());
        assertSame(window.editor().network().layer(2).activation(),
                robot.lookup("#activation-2").queryAs(ComboBox.class).getValue());
    }

    @Test
    void addingAndRemovingLayersWithTheButtons(FxRobot robot) {
        robot.clickOn("#add-layer");
        assertEquals(4, window.editor().network().depth());
        robot.clickOn("#remove-layer-1");
        assertEquals(3, window.editor().network().depth());
        assertNotEquals(Presets.defaultNetwork(), window.editor().network());
    }

    @Test
    void f5EntersPresentationModeAndEscLeavesIt(FxRobot robot) {
        assertEquals(List.of(1.0, 1.0), formulaZooms(robot));
        double type = robot.lookup("#step-counter").queryAs(Label.class).getFont().getSize();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentation().isActive());
        double presented = robot.lookup("#step-counter").queryAs(Label.class).getFont().getSize();
        assertEquals(type * PresentationMode.TYPE_SCALE, presented, 0.01, "TYPE_SCALE is how much app.css enlarges the type");
        assertEquals(List.of(PresentationMode.TYPE_SCALE, PresentationMode.TYPE_SCALE), formulaZooms(robot),
                "formulas grow with the type");
        assertTrue(window.root().getStyleClass().contains(PresentationMode.STYLE_CLASS));
        assertNull(window.root().getLeft());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, window.stepper().stepIndex());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.presentation().isActive());
        assertEquals(List.of(1.0, 1.0), formulaZooms(robot));
        assertSame(window.root().getLeft(), robot.lookup("#network-editor").query());
        robot.type(KeyCode.F5);
        robot.type(KeyCode.F5);
        assertFalse(window.presentation().isActive());
    }

    @Test
    void theDiagramKeepsItsShareOfTheHeightOnceItReplacesItsPlaceholder() {
        SplitPane centre = (SplitPane) window.root().getCenter();
        assertTrue(centre.getItems().get(0).lookup("#network-diagram") instanceof NetworkDiagram);
        assertEquals(MainWindow.DIAGRAM_SHARE, centre.getDividerPositions()[0], 0.01);
    }

    @Test
    void theDiagramWritesItsLayersInTheWindowsConvention(FxRobot robot) throws Exception {
        NetworkDiagram diagram = (NetworkDiagram) window.root().lookup("#network-diagram");
        robot.interact(() -> window.stepper().conventionProperty().set(Convention.NG));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> captions(diagram).contains("a^[0]"));
        assertTrue(captions(diagram).stream().noneMatch(caption -> caption.contains("⁽")), captions(diagram).toString());
        robot.interact(() -> window.stepper().conventionProperty().set(Convention.DELTASCOPE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> captions(diagram).contains("a⁽⁰⁾"));
    }

    /** The diagram's layer captions as last drawn, read on the JavaFX thread. */
    private static List<String> captions(NetworkDiagram diagram) throws Exception {
        return WaitForAsyncUtils.asyncFx(diagram::captions).get();
    }

    /** The zoom of the step pane's symbolic and numeric formula. */
    private List<Double> formulaZooms(FxRobot robot) {
        return robot.from(window.stepPane()).lookup((Node node) -> node instanceof FormulaView).queryAllAs(FormulaView.class).stream()
                .map(view -> view.zoomProperty().get()).toList();
    }

    @Test
    void zoomShortcutsChangeTheFormulaZoom(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertTrue(window.stepper().zoomProperty().get() > 1);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(1, window.stepper().zoomProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertTrue(window.stepper().zoomProperty().get() < 1);
    }

    @Test
    void trainingStepsRunsOffTheJavaFxThreadAndCanBeUndone(FxRobot robot) {
        robot.clickOn("Training");
        replaceText(robot, "#training-steps", "50");
        robot.clickOn("#train");
        WaitForAsyncUtils.waitForFxEvents();
        long end = System.currentTimeMillis() + 10_000;
        while (window.training().runningProperty().get() && System.currentTimeMillis() < end) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(51, window.training().losses().size());
        assertTrue(window.training().losses().get(50) < window.training().losses().get(0));
        assertTrue(robot.lookup("#training-message").queryAs(Label.class).getText().startsWith("Trained 50 steps"));
        robot.clickOn("#reset-weights");
        assertEquals(Presets.defaultNetwork().layers(), window.editor().network().layers());
    }

    @Test
    void savingAndReopeningGivesBackTheSameNetwork(FxRobot robot) {
        replaceText(robot, "#bias-1-1", "0.75");
        Path file = folder.resolve("saved.json");
        robot.interact(() -> assertTrue(window.files().write(file)));
        assertFalse(window.document().isDirty());
        assertEquals("saved.json — Deltascope", window.document().titleProperty().get());
        Network saved = window.editor().network();
        robot.interact(() -> window.document().newDocument(Presets.CLASSIC.load()));
        robot.interact(() -> assertTrue(window.files().open(file)));
        assertEquals(saved, window.editor().network());
        assertEquals(file, window.document().path());
        assertEquals(file.toAbsolutePath().normalize(), window.document().recentFiles().files().get(0));
    }

    @Test
    void numbersThatBlowUpRaiseTheWarningBannerAndUndoClearsIt(FxRobot robot) {
        assertFalse(robot.lookup("#warning-banner").query().isVisible());
        robot.interact(() -> {
            for (int l = 1; l <= 3; l++) {
                window.editor().setActivation(l, Identity.INSTANCE);
            }
            window.editor().setWeight(1, 0, 0, 1e200);
            window.editor().setWeight(2, 0, 0, 1e200);
        });
        assertTrue(robot.lookup("#warning-banner").query().isVisible());
        assertTrue(robot.lookup("#warning-text").queryAs(Label.class).getText().contains("∞ or NaN"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(robot.lookup("#warning-banner").query().isVisible(), "W¹ alone still overflows the cost");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(robot.lookup("#warning-banner").query().isVisible());
    }

    @Test
    void aWeightFieldInFocusPointsTheDiagramAtItsEdge(FxRobot robot) {
        TextField cell = robot.lookup("#weight-1-3-1").queryAs(TextField.class);
        robot.interact(cell::requestFocus);
        assertEquals(HoverTarget.weight(1, 3, 1), window.hover().get());
        robot.interact(() -> window.root().requestFocus());
        assertNull(window.hover().get());
    }

    @Test
    void theChosenViewStaysAcrossBackwardStepsAndSpaceStillSteps(FxRobot robot) {
        int backward = window.stepper().steps().stream().filter(s -> s.kind() == StepKind.BACKWARD)
                .findFirst().orElseThrow().index();
        robot.interact(() -> window.stepper().goTo(backward));
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton jacobian = robot.lookup((Node node) -> node instanceof ToggleButton toggle
                && toggle.getUserData() == ViewKind.JACOBIAN).queryAs(ToggleButton.class);
        robot.interact(jacobian::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewKind.JACOBIAN, window.stepper().viewProperty().get());
        robot.type(KeyCode.SPACE);
        assertEquals(backward + 1, window.stepper().stepIndex());
        assertEquals(StepKind.BACKWARD, window.stepper().step().kind());
        assertEquals(ViewKind.JACOBIAN, window.stepper().viewProperty().get());
        robot.type(KeyCode.DIGIT3);
        assertEquals(ViewKind.COMPONENT, window.stepper().viewProperty().get());
        robot.type(KeyCode.DIGIT5);
        assertEquals(ViewKind.COMPONENT, window.stepper().viewProperty().get(), "no softmax layer here");
    }

    static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }
}
