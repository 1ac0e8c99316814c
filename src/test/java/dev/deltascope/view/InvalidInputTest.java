package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Network;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every field of the window refuses text that is not a valid value, says why beside it, and changes nothing. */
@ExtendWith(ApplicationExtension.class)
class InvalidInputTest {

    private static final List<String> NOT_NUMBERS = List.of("abc", "", "1e999", "NaN", "-Infinity", "0,5", "1e");

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @Test
    void widthsRefuseWhatIsNotAWholeNumberFromOneTo1024(FxRobot robot) {
        refuseAll(robot, "#width-of-layer-1", "#width-of-layer-1-error", concat(NOT_NUMBERS, "-1", "0", "1025", "2.5"));
        refuseAll(robot, "#width-of-layer-0", "#width-of-layer-0-error", List.of("0", "99999999999"));
    }

    @Test
    void weightsAndBiasesRefuseWhatIsNotAFiniteNumber(FxRobot robot) {
        robot.interact(() -> robot.lookup("#parameter-layer").queryAs(ComboBox.class).getSelectionModel().select(1));
        refuseAll(robot, "#weight-2-1-3", "#parameter-error", NOT_NUMBERS);
        robot.interact(() -> robot.lookup("#parameter-layer").queryAs(ComboBox.class).getSelectionModel().select(0));
        refuseAll(robot, "#bias-1-0", "#parameter-error", NOT_NUMBERS);
    }

    @Test
    void theLearningRateRefusesZeroNegativesAndNonNumbers(FxRobot robot) {
        refuseAll(robot, "#learning-rate", "#learning-rate-error", concat(NOT_NUMBERS, "0", "-0.5"));
    }

    @Test
    void theSeedRefusesWhatIsNotAWholeNumber(FxRobot robot) {
        refuseAll(robot, "#seed", "#seed-error", concat(NOT_NUMBERS, "1.5", "99999999999999999999"));
    }

    @Test
    void reinitialisingWithABadSeedIsRefusedBesideTheSeed(FxRobot robot) {
        Network before = window.editor().network();
        type(robot, "#seed", "seven");
        robot.interact(() -> robot.lookup("#reinitialise").queryButton().fire());
        assertRefused(robot, "#seed-error", before, "seven");
    }

    @Test
    void theDigitsShownRefuseValuesOutsideOneToTwelve(FxRobot robot) {
        refuseAll(robot, "#digits", "#digits-error", concat(NOT_NUMBERS, "0", "13", "-4"));
        assertSame(4, window.stepper().precisionProperty().get());
    }

    @Test
    void theTrainingStepsRefuseValuesOutsideTheRange(FxRobot robot) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        for (String text : concat(NOT_NUMBERS, "0", "-5", "100001")) {
            Network before = window.editor().network();
            type(robot, "#training-steps", text);
            robot.interact(() -> robot.lookup("#train").queryButton().fire());
            assertRefused(robot, "#training-steps-error", before, text);
            assertFalse(window.training().runningProperty().get());
        }
    }

    @Test
    void examplesRefuseBadNumbersAndWrongCounts(FxRobot robot) {
        for (String text : concat(NOT_NUMBERS, "1, 2", "1, 2, 3, 4")) {
            Network before = window.editor().network();
            TextArea inputs = robot.lookup("#inputs").queryAs(TextArea.class);
            robot.interact(() -> inputs.setText(text));
            robot.interact(() -> robot.lookup("#apply-examples").queryButton().fire());
            assertRefused(robot, "#examples-error", before, text);
        }
    }

    private void refuseAll(FxRobot robot, String field, String message, List<String> texts) {
        for (String text : texts) {
            Network before = window.editor().network();
            type(robot, field, text);
            robot.type(KeyCode.ENTER);
            assertRefused(robot, message, before, text);
            assertTrue(robot.lookup(field).query().getPseudoClassStates().stream()
                    .anyMatch(state -> state.getPseudoClassName().equals("danger")), field + " is not marked");
        }
    }

    private void assertRefused(FxRobot robot, String message, Network before, String text) {
        Label label = robot.lookup(message).queryAs(Label.class);
        assertTrue(label.isVisible() && !label.getText().isBlank(), "no message for “" + text + "”");
        assertSame(before, window.editor().network(), "“" + text + "” changed the network");
        assertFalse(window.editor().history().canUndoProperty().get());
    }

    /** Puts the keyboard in the field and types the text over what was there, as a person does. */
    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    private static List<String> concat(List<String> first, String... more) {
        return Stream.concat(first.stream(), Arrays.stream(more)).toList();
    }
}
