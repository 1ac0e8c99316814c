package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each key acts once, on the control that uses it or else on the derivation, and the keys come back to the step. */
@ExtendWith(ApplicationExtension.class)
class KeyRoutingTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @Test
    void homeAndEndOnTheCostSlidersMoveTheSliderAndNotTheDerivation(FxRobot robot) {
        robot.clickOn("Cost");
        robot.interact(() -> window.stepper().goTo(8));
        Slider slider = robot.lookup("#cost-width").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.HOME);
        assertEquals(slider.getMin(), slider.getValue(), 1e-9, "Home moves the slider to its start");
        assertEquals(8, window.stepper().stepIndex(), "Home leaves the derivation where it was");
        robot.type(KeyCode.END);
        assertEquals(slider.getMax(), slider.getValue(), 1e-9);
        assertEquals(8, window.stepper().stepIndex());
        robot.type(KeyCode.SPACE);
        assertEquals(9, window.stepper().stepIndex(), "a key the slider does not use still steps");
    }

    @Test
    void aPresetChosenFromTheBoxStartsAtStepOneWithTheKeysOnTheStep(FxRobot robot) {
        robot.interact(() -> window.stepper().goTo(7));
        robot.clickOn("#preset");
        robot.clickOn(Presets.CLASSIC.displayName());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Classic 2-2-2, step by step", window.editor().network().title());
        assertEquals(0, window.stepper().stepIndex(), "a preset starts at step 1");
        assertSame(window.root(), window.stage().getScene().getFocusOwner(), "the keys are back on the step");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        assertEquals(2, window.stepper().stepIndex());
    }

    @Test
    void undoingAPresetGivesTheBoxBackItsLabel(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<dev.deltascope.file.Preset> box = robot.lookup("#preset").queryAs(ComboBox.class);
        assertEquals(Presets.DEFAULT, box.getValue(), "the default network is the default preset");
        robot.clickOn("#preset");
        robot.clickOn(Presets.DEEP_SIGMOID.displayName());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Presets.DEEP_SIGMOID, box.getValue());
        assertTrue(window.sharedScale().get(), "the deep-sigmoid preset shares one colour scale");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Presets.defaultNetwork(), window.editor().network());
        assertEquals(Presets.DEFAULT, box.getValue(), "undo restores the label");
        robot.interact(() -> window.editor().setLearningRate(0.25));
        assertNull(box.getValue(), "an edited network is no preset");
    }

    @Test
    void aViewKeyThatDoesNotApplySaysSoInTheStatusLine(FxRobot robot) {
        assertEquals(StepKind.FORWARD_LINEAR, window.stepper().step().kind());
        robot.type(KeyCode.DIGIT2);
        assertEquals(ViewKind.VJP, window.stepper().viewProperty().get());
        assertTrue(window.status().getText().startsWith("No “Jacobian chain” view here: Step 1 ("),
                window.status().getText());
        assertTrue(window.status().isVisible());
        robot.interact(() -> window.stepper().goTo(8));
        robot.type(KeyCode.DIGIT5);
        assertEquals(ViewKind.VJP, window.stepper().viewProperty().get(), "no softmax on a sigmoid network");
        assertTrue(window.status().getText().contains("has VJP / Hadamard, Jacobian chain, Component-wise, Naive chain."),
                window.status().getText());
        robot.type(KeyCode.DIGIT2);
        assertEquals(ViewKind.JACOBIAN, window.stepper().viewProperty().get(), "a key that applies still works");
    }

    @Test
    void applyingTheExamplesGivesTheKeysBackToTheStep(FxRobot robot) {
        TextArea inputs = robot.lookup("#inputs").queryAs(TextArea.class);
        robot.interact(() -> inputs.setText("0.5, 0.9, 0.1"));
        robot.interact(() -> robot.lookup("#apply-examples").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.1, window.editor().network().inputs().get(2, 0), 1e-12);
        assertSame(window.root(), window.stage().getScene().getFocusOwner());
        int before = window.stepper().stepIndex();
        robot.type(KeyCode.RIGHT);
        assertNotEquals(before, window.stepper().stepIndex());
    }
}
