package dev.deltascope.view;

import java.util.List;
import javafx.scene.input.KeyCombination;

/** A line of the shortcut sheet: under {@code group}, the keys that do {@code description}. */
record Shortcut(String group, String description, List<KeyCombination> keys) {

    Shortcut {
        keys = List.copyOf(keys);
    }
}
