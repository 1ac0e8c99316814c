package dev.deltascope.view.keys;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * A table of key bindings and the one place its keys are dispatched from: a scene filter installed
 * with {@link #install} runs the first binding a pressed key matches, so the shortcut sheet, which
 * lists the same table, cannot drift from what the keys do.
 */
public final class KeyBindings {

    private final List<KeyBinding> bindings;

    public KeyBindings(List<KeyBinding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public List<KeyBinding> bindings() {
        return bindings;
    }

    /** The same table without the binding described as {@code description}. */
    public KeyBindings without(String description) {
        return new KeyBindings(bindings.stream().filter(binding -> !binding.description().equals(description)).toList());
    }

    /** Runs the first binding that matches and applies; consumes the event when one did. */
    boolean dispatch(KeyEvent event) {
        for (KeyBinding binding : bindings) {
            if (binding.matches(event) && binding.action().getAsBoolean()) {
                event.consume();
                return true;
            }
        }
        return false;
    }

    /** Dispatches every key pressed in {@code scene} that {@code ignored} does not claim for its focus owner. */
    public void install(Scene scene, Predicate<KeyEvent> ignored) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!ignored.test(event)) {
                dispatch(event);
            }
        });
    }
}
