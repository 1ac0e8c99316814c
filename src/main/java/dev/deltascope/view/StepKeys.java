package dev.deltascope.view;

import dev.deltascope.derivation.ViewKind;
import dev.deltascope.view.model.StepperModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The stepping keys for the whole window: Right, Space and Page Down go forward, Left and Page Up
 * back, Home and End to the ends; 1 to 5 choose the view of a backward step (VJP, Jacobian chain,
 * component-wise, naive chain, softmax Jacobian); Esc leaves presentation mode. Keys typed into a text field or a
 * drop-down stay there, and Space still presses a push button that has the focus (not a view toggle,
 * so that Space after choosing a view goes on stepping).
 */
final class StepKeys {

    private StepKeys() {
    }

    static void install(Scene scene, StepperModel stepper, PresentationMode presentation) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focused = scene.getFocusOwner();
            if (event.isShortcutDown() || event.isAltDown() || ownsKeys(focused)
                    || event.getCode() == KeyCode.SPACE && focused instanceof ButtonBase
                    && !(focused instanceof ToggleButton)) {
                return;
            }
            boolean handled = true;
            switch (event.getCode()) {
                case RIGHT, SPACE, PAGE_DOWN -> stepper.next();
                case LEFT, PAGE_UP -> stepper.previous();
                case HOME -> stepper.first();
                case END -> stepper.last();
                case DIGIT1, NUMPAD1 -> handled = choose(stepper, ViewKind.VJP);
                case DIGIT2, NUMPAD2 -> handled = choose(stepper, ViewKind.JACOBIAN);
                case DIGIT3, NUMPAD3 -> handled = choose(stepper, ViewKind.COMPONENT);
                case DIGIT4, NUMPAD4 -> handled = choose(stepper, ViewKind.NAIVE);
                case DIGIT5, NUMPAD5 -> handled = choose(stepper, ViewKind.SOFTMAX);
                case ESCAPE -> handled = leave(presentation);
                default -> handled = false;
            }
            if (handled) {
                event.consume();
            }
        });
    }

    /** Shows the view on a step that has it. */
    private static boolean choose(StepperModel stepper, ViewKind kind) {
        if (stepper.step() == null || stepper.step().view(kind) == null) {
            return false;
        }
        stepper.viewProperty().set(kind);
        return true;
    }

    private static boolean leave(PresentationMode presentation) {
        if (!presentation.isActive()) {
            return false;
        }
        presentation.leave();
        return true;
    }

    private static boolean ownsKeys(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }
}
