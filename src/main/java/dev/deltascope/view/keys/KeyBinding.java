package dev.deltascope.view.keys;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One entry of a key table: the keys, what they do in words (shown in the shortcut sheet under
 * {@code group}), and the action, which answers whether it applied (a view key on a step without
 * that view does not, and the key is left for others).
 */
public record KeyBinding(String group, String description, List<KeyCombination> keys, BooleanSupplier action) {

    public KeyBinding {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("key binding '" + description + "': needs at least one key");
        }
        keys = List.copyOf(keys);
    }

    /** A binding whose action always applies. */
    public static KeyBinding of(String group, String description, Runnable action, KeyCombination... keys) {
        return new KeyBinding(group, description, List.of(keys), () -> {
            action.run();
            return true;
        });
    }

    /** A binding whose action may decline. */
    public static KeyBinding when(String group, String description, BooleanSupplier action, KeyCombination... keys) {
        return new KeyBinding(group, description, List.of(keys), action);
    }

    /** The binding as a line of the shortcut sheet. */
    public Shortcut shortcut() {
        return new Shortcut(group, description, keys);
    }

    boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(key -> key.match(event));
    }
}
