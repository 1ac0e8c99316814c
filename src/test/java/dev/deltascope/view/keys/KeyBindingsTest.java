package dev.deltascope.view.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.view.editor.EditKeys;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.paint.PresentationMode;
import dev.deltascope.view.step.StepKeys;
import dev.deltascope.view.step.StepperModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The key tables are the bindings: each key a table lists reaches its action through the installed
 * filter, and a key taken out of the table does nothing any more.
 */
@ExtendWith(ApplicationExtension.class)
class KeyBindingsTest {

    private Stage stage;
    private StepperModel stepper;
    private NetworkEditorModel editor;
    private TextField field;
    private final List<String> reached = new ArrayList<>();
    private int sheetsOpened;

    @Start
    void start(Stage primary) {
        stage = primary;
        editor = new NetworkEditorModel(Presets.defaultNetwork());
        stepper = new StepperModel(editor.networkProperty());
    }

    private Scene showScene(FxRobot robot) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            field = new TextField();
            VBox root = new VBox(field);
            scene[0] = new Scene(root, 400, 300);
            stage.setScene(scene[0]);
            stage.show();
            root.requestFocus();
        });
        return scene[0];
    }

    private KeyBindings stepTable() {
        return StepKeys.bindings(stepper, new PresentationMode(null, new VBox()), () -> sheetsOpened++, message -> { });
    }

    /** The same keys, groups and words, with actions that only record that they were reached. */
    private KeyBindings recording(KeyBindings table) {
        return new KeyBindings(table.bindings().stream().map(binding -> new KeyBinding(binding.group(),
                binding.description(), binding.keys(), () -> reached.add(binding.description()))).toList());
    }

    private static void press(FxRobot robot, KeyCombination keys) {
        KeyCodeCombination combination = (KeyCodeCombination) keys;
        List<KeyCode> codes = new ArrayList<>();
        if (combination.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.CONTROL);
        }
        if (combination.getAlt() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.ALT);
        }
        if (combination.getShift() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.SHIFT);
        }
        codes.add(combination.getCode());
        robot.push(codes.toArray(KeyCode[]::new));
    }

    private void everyListedKeyReachesItsAction(FxRobot robot, KeyBindings table) {
        for (KeyBinding binding : table.bindings()) {
            for (KeyCombination keys : binding.keys()) {
                reached.clear();
                press(robot, keys);
                assertEquals(List.of(binding.description()), reached, KeyNames.display(keys));
            }
        }
    }

    @Test
    void everyKeyOfTheStepTableReachesItsActionThroughTheStepFilter(FxRobot robot) {
        Scene scene = showScene(robot);
        KeyBindings table = recording(stepTable());
        robot.interact(() -> StepKeys.install(scene, table));
        everyListedKeyReachesItsAction(robot, table);
    }

    @Test
    void everyKeyOfTheEditTableReachesItsActionThroughTheEditFilter(FxRobot robot) {
        Scene scene = showScene(robot);
        KeyBindings table = recording(EditKeys.bindings(editor));
        robot.interact(() -> EditKeys.install(scene, table));
        everyListedKeyReachesItsAction(robot, table);
    }

    @Test
    void aKeyTakenOutOfTheTableStopsWorking(FxRobot robot) {
        Scene scene = showScene(robot);
        robot.interact(() -> StepKeys.install(scene, stepTable().without("Next step")));
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(0, stepper.stepIndex());
        robot.type(KeyCode.END);
        robot.type(KeyCode.LEFT);
        assertEquals(stepper.steps().size() - 2, stepper.stepIndex());
    }

    @Test
    void theFullTableStepsAndOpensTheSheetWithTheQuestionMark(FxRobot robot) {
        Scene scene = showScene(robot);
        robot.interact(() -> StepKeys.install(scene, stepTable()));
        robot.type(KeyCode.RIGHT);
        assertEquals(1, stepper.stepIndex());
        robot.push(KeyCode.SHIFT, KeyCode.SLASH);
        assertEquals(1, sheetsOpened);
    }

    @Test
    void keysTypedIntoAFieldNeverReachTheStepTable(FxRobot robot) {
        Scene scene = showScene(robot);
        KeyBindings table = recording(stepTable());
        robot.interact(() -> StepKeys.install(scene, table));
        robot.clickOn(field);
        robot.type(KeyCode.RIGHT, KeyCode.DIGIT1, KeyCode.HOME);
        robot.push(KeyCode.SHIFT, KeyCode.SLASH);
        assertTrue(reached.isEmpty(), reached.toString());
        assertFalse(field.getText().isEmpty());
    }
}
