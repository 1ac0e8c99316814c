package dev.deltascope.view.keys;

import java.util.List;
import javafx.scene.input.KeyCombination;

/** A line of the shortcut sheet: under {@code group}, the keys that do {@code description}. */
public record Shortcut(String group, String description, List<KeyCombination> keys) {

    public Shortcut {
        keys = List.copyOf(keys);
    }
}
