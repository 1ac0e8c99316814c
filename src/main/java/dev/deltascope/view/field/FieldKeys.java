package dev.deltascope.view.field;

import dev.deltascope.view.keys.Shortcut;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keys a field of the editor reacts to; the fields match these, and the sheet lists them. */
public final class FieldKeys {

    public static final String GROUP = "In a field of the editor";

    static final KeyCombination COMMIT = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination REVERT = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination APPLY_EXAMPLES =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private FieldKeys() {
    }

    public static List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut(GROUP, "Apply what was typed", List.of(COMMIT)),
                new Shortcut(GROUP, "Put the value back", List.of(REVERT)),
                new Shortcut(GROUP, "Apply the examples", List.of(APPLY_EXAMPLES)));
    }
}
