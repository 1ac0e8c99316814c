package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.ExportMonitor;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.file.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.RadioButton;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The copy and export shortcuts of the window: what lands on the clipboard, and which dialog opens. */
@ExtendWith(ApplicationExtension.class)
class ClipboardActionsTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Presets.CLASSIC.load(), folder, 1280, 800);
    }

    private String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private Step backwardStep() {
        return window.stepper().steps().stream().filter(step -> step.kind() == StepKind.BACKWARD).findFirst()
                .orElseThrow();
    }

    @Test
    void ctrlShiftCCopiesTheFormulasOfAForwardStepAsDisplayMath(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        Step step = window.stepper().step();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);

        assertEquals("\\[ " + step.symbolic() + " \\]\n\\[ " + step.numeric() + " \\]\n", clipboardText(robot));
        assertTrue(step.numeric().contains("0.5933"), "a¹₁ of the worked example: " + step.numeric());
    }

    @Test
    void onABackwardStepTheChosenViewsFormulasAreCopied(FxRobot robot) {
        Step step = backwardStep();
        robot.interact(() -> {
            window.stepper().goTo(step.index());
            window.stepper().viewProperty().set(ViewKind.JACOBIAN);
        });

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);

        View jacobian = step.view(ViewKind.JACOBIAN);
        assertEquals("\\[ " + jacobian.symbolic() + " \\]\n\\[ " + jacobian.numeric() + " \\]\n", clipboardText(robot));
    }

    @Test
    void theComponentWiseViewCopiesTheChosenUnitsSum() {
        Derivation classic = window.stepper().derivationProperty().get();
        Step step = classic.steps().stream().filter(s -> s.view(ViewKind.COMPONENT) != null
                && s.view(ViewKind.COMPONENT).unitFormulas().size() == 2).findFirst().orElseThrow();
        View component = step.view(ViewKind.COMPONENT);

        String copied = ClipboardActions.latex(step, ViewKind.COMPONENT, 1);

        assertEquals("\\[ " + component.symbolic() + " \\]\n\\[ " + component.unitFormulas().get(1) + " \\]\n", copied);
    }

    @Test
    void ctrlAltCCopiesThePictureOfTheStepAtTwiceItsSize(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        Step step = backwardStep();
        robot.interact(() -> window.stepper().goTo(step.index()));

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasImage()).get());

        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertNotNull(image[0]);
        Path exported = folder.resolve("one-times");
        Files.createDirectories(exported);
        Path png = Exporter.PNG.export(window.stepper().derivationProperty().get(),
                ExportRequest.of(exported, step.index(), step.index()).withScale(1).withView(ViewKind.VJP),
                ExportMonitor.NONE).get(0);
        Image oneTimes = new Image(png.toUri().toString());
        assertEquals(2 * oneTimes.getWidth(), image[0].getWidth(), 2, "twice the width of the step exported at 1×");
        assertEquals(2 * oneTimes.getHeight(), image[0].getHeight(), 2, "twice the height of the step exported at 1×");
        assertEquals(1.0, image[0].getPixelReader().getColor(2, 2).getOpacity(), "an opaque background");
    }

    @Test
    void ctrlEOpensTheExportDialogOnTheCurrentStepAndCtrlShiftEOnTheWholeDerivation(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        RadioButton current = robot.lookup("#export-range-current").queryAs(RadioButton.class);
        assertTrue(current.isSelected());
        assertEquals("Current step (3 of 14): " + window.stepper().step().title(), current.getText());
        assertSame(Exporter.PNG, robot.lookup("#export-format").queryComboBox().getValue());
        Window stepDialog = current.getScene().getWindow();
        robot.clickOn("#export-cancel");
        assertFalse(stepDialog.isShowing());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        RadioButton all = robot.lookup("#export-range-all").queryAs(RadioButton.class);
        assertTrue(all.isSelected());
        assertSame(Exporter.PDF, robot.lookup("#export-format").queryComboBox().getValue());
        Window derivationDialog = all.getScene().getWindow();
        robot.clickOn("#export-cancel");
        assertFalse(derivationDialog.isShowing());
    }
}
