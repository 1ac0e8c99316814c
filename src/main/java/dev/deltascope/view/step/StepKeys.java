package dev.deltascope.view.step;

import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.view.keys.KeyBinding;
import dev.deltascope.view.keys.KeyBindings;
import dev.deltascope.view.paint.PresentationMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
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
 * shortcut sheet. Each key acts once: keys typed into a text field or a drop-down stay there, the
 * keys a focused slider, list or table moves by stay with it, and Space still presses a push
 * button that has the focus (not a view toggle, so that Space after choosing a view goes on
 * stepping). A view key on a step without that view says so in the status line.
 */
public final class StepKeys {

    public static final String STEPPING = "Stepping";
    public static final String VIEWS = "Views of a backward step";
    public static final String LEAVE_PRESENTATION = "Leave presentation mode";
    /** The keys a slider moves by. */
    private static final Set<KeyCode> SLIDER_KEYS = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);
    /** The keys a list or table moves its selection by. */
    private static final Set<KeyCode> LIST_KEYS = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.SPACE);

    private StepKeys() {
    }

    /**
     * The table of stepping keys; {@code showShortcuts} opens the shortcut sheet, {@code status}
     * shows a line saying why a key did nothing.
     */
    public static KeyBindings bindings(StepperModel stepper, PresentationMode presentation, Runnable showShortcuts,
            Consumer<String> status) {
        return new KeyBindings(List.of(
                KeyBinding.of(STEPPING, "Next step", stepper::next,
                        key(KeyCode.RIGHT), key(KeyCode.SPACE), key(KeyCode.PAGE_DOWN)),
                KeyBinding.of(STEPPING, "Previous step", stepper::previous, key(KeyCode.LEFT), key(KeyCode.PAGE_UP)),
                KeyBinding.of(STEPPING, "First step", stepper::first, key(KeyCode.HOME)),
                KeyBinding.of(STEPPING, "Last step", stepper::last, key(KeyCode.END)),
                view(stepper, status, ViewKind.VJP, "Vector–Jacobian product", KeyCode.DIGIT1, KeyCode.NUMPAD1),
                view(stepper, status, ViewKind.JACOBIAN, "Jacobian chain", KeyCode.DIGIT2, KeyCode.NUMPAD2),
                view(stepper, status, ViewKind.COMPONENT, "Component-wise sums", KeyCode.DIGIT3, KeyCode.NUMPAD3),
                view(stepper, status, ViewKind.NAIVE, "Naive chain (why the transpose)", KeyCode.DIGIT4, KeyCode.NUMPAD4),
                view(stepper, status, ViewKind.SOFTMAX, "Softmax Jacobian", KeyCode.DIGIT5, KeyCode.NUMPAD5),
                KeyBinding.when("View", LEAVE_PRESENTATION, () -> leave(presentation), key(KeyCode.ESCAPE)),
                KeyBinding.of("Help", "Keyboard shortcuts", showShortcuts,
                        new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHIFT_DOWN))));
    }

    /** Dispatches {@code table} for keys that no field, drop-down or focused push button claims. */
    public static void install(Scene scene, KeyBindings table) {
        table.install(scene, event -> claimed(scene.getFocusOwner(), event));
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** Shows the view on a step that has it; on another step, says in {@code status} why not. */
    private static KeyBinding view(StepperModel stepper, Consumer<String> status, ViewKind kind, String description,
            KeyCode... codes) {
        return KeyBinding.when(VIEWS, description, () -> {
            Step step = stepper.step();
            if (step == null) {
                return false;
            }
            if (step.view(kind) == null) {
                status.accept(notApplying(step, kind));
                return false;
            }
            stepper.viewProperty().set(kind);
            return true;
        }, Arrays.stream(codes).map(StepKeys::key).toArray(KeyCombination[]::new));
    }

    /** Why the view {@code kind} cannot be shown on {@code step}, and which views it has. */
    static String notApplying(Step step, ViewKind kind) {
        String named = "Step " + (step.index() + 1) + " (" + step.title() + ")";
        if (step.views().isEmpty()) {
            return "No “" + ViewSwitch.label(kind) + "” view here: " + named
                    + " has one view; the views are on the output-error and backward steps.";
        }
        String offered = step.views().stream().map(view -> ViewSwitch.label(view.kind())).collect(Collectors.joining(", "));
        return "No “" + ViewSwitch.label(kind) + "” view here: " + named + " has " + offered + "."
                + (kind == ViewKind.SOFTMAX ? " The softmax Jacobian is shown where a softmax layer is differentiated." : "");
    }

    private static boolean leave(PresentationMode presentation) {
        if (!presentation.isActive()) {
            return false;
        }
        presentation.leave();
        return true;
    }

    /** True when the focused node uses the key itself, so stepping must leave it alone. */
    static boolean claimed(Node focused, KeyEvent event) {
        return ownsKey(focused, event.getCode())
                || event.getCode() == KeyCode.SPACE && focused instanceof ButtonBase && !(focused instanceof ToggleButton);
    }

    private static boolean ownsKey(Node focused, KeyCode code) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                    || node instanceof Slider && SLIDER_KEYS.contains(code)
                    || (node instanceof ListView<?> || node instanceof TableView<?>) && LIST_KEYS.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
