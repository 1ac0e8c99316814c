package dev.deltascope.view.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.file.Presets;
import dev.deltascope.view.MainWindow;
import dev.deltascope.view.WindowFixture;
import java.nio.file.Path;
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

/** The keys the sheet lists under "In a field of the editor" do what it says. */
@ExtendWith(ApplicationExtension.class)
class FieldKeysTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @Test
    void escPutsAFieldsValueBack(FxRobot robot) {
        TextField rate = robot.lookup("#learning-rate").queryAs(TextField.class);
        String shown = rate.getText();
        robot.clickOn(rate);
        robot.interact(rate::selectAll);
        robot.write("0.9");
        robot.type(KeyCode.ESCAPE);
        assertEquals(shown, rate.getText());
        assertEquals(Presets.defaultNetwork().learningRate(), window.editor().network().learningRate());
    }

    @Test
    void ctrlEnterAppliesTheExamplesAndEscPutsThemBack(FxRobot robot) {
        TextArea inputs = robot.lookup("#inputs").queryAs(TextArea.class);
        String shown = inputs.getText();
        robot.interact(() -> inputs.setText("1, 2, 3"));
        robot.interact(inputs::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertEquals(shown, inputs.getText());
        robot.interact(() -> inputs.setText("1, 2, 3"));
        robot.interact(inputs::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        assertEquals(2.0, window.editor().network().inputs().get(1, 0));
    }
}
