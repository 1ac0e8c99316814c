package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.editor.NetworkEditorModel;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status beside the step list while a large network is traced: what is computed, Cancel and
 * Esc, and what is shown after a cancel. The background runs only when the test says so.
 */
@ExtendWith(ApplicationExtension.class)
class ComputingStatusTest {

    private final List<Runnable> background = new ArrayList<>();
    private NetworkEditorModel editor;
    private StepperModel stepper;
    private ComputingStatus status;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        editor = new NetworkEditorModel(Presets.defaultNetwork());
        stepper = new StepperModel(editor.networkProperty(), background::add, Runnable::run);
        status = new ComputingStatus(stepper);
        WindowFixture.show(stage, status, 900, 60);
    }

    private String text() {
        return onFx(() -> ((Label) status.lookup("#computing-text")).getText());
    }

    private Button cancel() {
        return (Button) status.lookup("#cancel-computing");
    }

    @Test
    void itSaysWhatIsComputedAndCancelKeepsThePreviousDerivation() {
        Trace shown = onFx(() -> stepper.traceProperty().get());
        assertFalse(onFx(status::isVisible), "nothing is computed at first");

        onFx(() -> {
            editor.setLayerWidth(1, 100);
            return null;
        });
        assertTrue(onFx(status::isVisible));
        assertEquals("Computing the derivation of " + String.format(java.util.Locale.ROOT, "%,d",
                editor.network().parameterCount()) + " parameters × 1 example…", text());
        assertTrue(onFx(() -> cancel().isVisible()));

        onFx(() -> {
            cancel().fire();
            background.forEach(Runnable::run);
            return null;
        });
        assertTrue(text().startsWith("Cancelled: the derivation shown is of the network before the last edit"), text());
        assertFalse(onFx(() -> cancel().isVisible()));
        assertSame(shown, onFx(() -> stepper.traceProperty().get()));
    }

    @Test
    void escapeCancelsOnlyWhileComputing() {
        onFx(() -> {
            editor.setLayerWidth(1, 100);
            Event.fireEvent(status, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
            return null;
        });
        assertFalse(onFx(() -> stepper.computingProperty().get()));
        assertTrue(text().startsWith("Cancelled"), text());

        onFx(() -> {
            editor.undo();
            return null;
        });
        assertEquals("", onFx(() -> stepper.cancelledProperty().get()));
        assertFalse(onFx(status::isVisible), "the previous network is shown again, nothing to say");
    }
}
