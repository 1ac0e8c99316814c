package dev.deltascope.view;

import dev.deltascope.view.model.StepperModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The stepping keys for the whole window: Right, Space and Page Down go forward, Left and Page Up
 * back, Home and End to the ends; Esc leaves presentation mode. Keys typed into a text field or a
 * drop-down stay there, and Space still presses a button that has the focus.
 */
final class StepKeys {

    private StepKeys() {
    }

    static void install(Scene scene, StepperModel stepper, PresentationMode presentation) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focused = scene.getFocusOwner();
            if (event.isShortcutDown() || event.isAltDown() || ownsKeys(focused)
                    || event.getCode() == KeyCode.SPACE && focused instanceof ButtonBase) {
                return;
            }
            boolean handled = true;
            switch (event.getCode()) {
                case RIGHT, SPACE, PAGE_DOWN -> stepper.next();
                case LEFT, PAGE_UP -> stepper.previous();
                case HOME -> stepper.first();
                case END -> stepper.last();
                case ESCAPE -> handled = leave(presentation);
                default -> handled = false;
            }
            if (handled) {
                event.consume();
            }
        });
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
