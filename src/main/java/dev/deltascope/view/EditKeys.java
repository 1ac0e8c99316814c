package dev.deltascope.view;

import dev.deltascope.view.model.NetworkEditorModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo edits of the network from anywhere in the window,
 * also from a field that was just committed; only a field with text still being typed keeps them
 * for its own text.
 */
final class EditKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALTERNATIVE = new KeyCodeCombination(KeyCode.Y,
            KeyCombination.SHORTCUT_DOWN);

    private EditKeys() {
    }

    static void install(Scene scene, NetworkEditorModel editor) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (isTyping(scene.getFocusOwner())) {
                return;
            }
            if (UNDO.match(event)) {
                editor.undo();
                event.consume();
            } else if (REDO.match(event) || REDO_ALTERNATIVE.match(event)) {
                editor.redo();
                event.consume();
            }
        });
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
