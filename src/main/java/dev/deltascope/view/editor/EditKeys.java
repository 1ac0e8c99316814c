package dev.deltascope.view.editor;

import dev.deltascope.view.field.FieldCommit;
import dev.deltascope.view.keys.KeyBinding;
import dev.deltascope.view.keys.KeyBindings;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo edits of the network from anywhere in the window,
 * also from a field that was just committed; only a field with text still being typed keeps them
 * for its own text.
 */
public final class EditKeys {

    private EditKeys() {
    }

    /** The undo and redo keys; described as the Edit menu's items, so the sheet shows them once. */
    public static KeyBindings bindings(NetworkEditorModel editor) {
        return new KeyBindings(List.of(
                KeyBinding.of("Edit", "Undo", editor::undo,
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
                KeyBinding.of("Edit", "Redo", editor::redo,
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN))));
    }

    /** Dispatches {@code table} unless the focus is in a field with text still being typed. */
    public static void install(Scene scene, KeyBindings table) {
        table.install(scene, event -> isTyping(scene.getFocusOwner()));
    }

    /** True when the focus is in a text field whose text differs from what the model last showed. */
    private static boolean isTyping(Node focused) {
        if (!(focused instanceof TextInputControl field)) {
            return false;
        }
        Object committed = field.getProperties().get(FieldCommit.COMMITTED);
        return committed == null || !committed.equals(field.getText());
    }
}
