package dev.deltascope.view;

import dev.deltascope.derivation.ViewKind;
import dev.deltascope.view.model.StepperModel;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The stepping keys for the whole window: Right, Space and Page Down go forward, Left and Page Up
 * back, Home and End to the ends; 1 to 5 choose the view of a backward step (VJP, Jacobian chain,
 * component-wise, naive chain, softmax Jacobian); Esc leaves presentation mode; ? shows the
 * shortcut sheet. Keys typed into a text field or a drop-down stay there, and Space still presses
 * a push button that has the focus (not a view toggle, so that Space after choosing a view goes on
 * stepping).
 */
final class StepKeys {

    static final String STEPPING = "Stepping";
    static final String VIEWS = "Views of a backward step";
    static final String LEAVE_PRESENTATION = "Leave presentation mode";

    private StepKeys() {
    }

    /** The table of stepping keys; {@code showShortcuts} opens the shortcut sheet. */
    static KeyBindings bindings(StepperModel stepper, PresentationMode presentation, Runnable showShortcuts) {
        return new KeyBindings(List.of(
                KeyBinding.of(STEPPING, "Next step", stepper::next,
                        key(KeyCode.RIGHT), key(KeyCode.SPACE), key(KeyCode.PAGE_DOWN)),
                KeyBinding.of(STEPPING, "Previous step", stepper::previous, key(KeyCode.LEFT), key(KeyCode.PAGE_UP)),
                KeyBinding.of(STEPPING, "First step", stepper::first, key(KeyCode.HOME)),
                KeyBinding.of(STEPPING, "Last step", stepper::last, key(KeyCode.END)),
                view(stepper, ViewKind.VJP, "Vector–Jacobian product", KeyCode.DIGIT1, KeyCode.NUMPAD1),
                view(stepper, ViewKind.JACOBIAN, "Jacobian chain", KeyCode.DIGIT2, KeyCode.NUMPAD2),
                view(stepper, ViewKind.COMPONENT, "Component-wise sums", KeyCode.DIGIT3, KeyCode.NUMPAD3),
                view(stepper, ViewKind.NAIVE, "Naive chain (why the transpose)", KeyCode.DIGIT4, KeyCode.NUMPAD4),
                view(stepper, ViewKind.SOFTMAX, "Softmax Jacobian", KeyCode.DIGIT5, KeyCode.NUMPAD5),
                KeyBinding.when("View", LEAVE_PRESENTATION, () -> leave(presentation), key(KeyCode.ESCAPE)),
                KeyBinding.of("Help", "Keyboard shortcuts", showShortcuts,
                        new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHIFT_DOWN))));
    }

    /** Dispatches {@code table} for keys that no field, drop-down or focused push button claims. */
    static void install(Scene scene, KeyBindings table) {
        table.install(scene, event -> claimed(scene.getFocusOwner(), event));
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** Shows the view on a step that has it. */
    private static KeyBinding view(StepperModel stepper, ViewKind kind, String description, KeyCode... codes) {
        return KeyBinding.when(VIEWS, description, () -> {
            if (stepper.step() == null || stepper.step().view(kind) == null) {
                return false;
            }
            stepper.viewProperty().set(kind);
            return true;
        }, Arrays.stream(codes).map(StepKeys::key).toArray(KeyCombination[]::new));
    }

    private static boolean leave(PresentationMode presentation) {
        if (!presentation.isActive()) {
            return false;
        }
        presentation.leave();
        return true;
    }

    private static boolean claimed(Node focused, KeyEvent event) {
        return ownsKeys(focused)
                || event.getCode() == KeyCode.SPACE && focused instanceof ButtonBase && !(focused instanceof ToggleButton);
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
