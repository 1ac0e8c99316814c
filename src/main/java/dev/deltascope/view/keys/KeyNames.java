package dev.deltascope.view.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;

/** Key combinations as a person reads them on the shortcut sheet: "Ctrl + Shift + E", "→", "?". */
public final class KeyNames {

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    private static final Map<KeyCode, String> NAMES = Map.ofEntries(
            Map.entry(KeyCode.RIGHT, "→"), Map.entry(KeyCode.LEFT, "←"),
            Map.entry(KeyCode.UP, "↑"), Map.entry(KeyCode.DOWN, "↓"),
            Map.entry(KeyCode.EQUALS, "="), Map.entry(KeyCode.MINUS, "−"), Map.entry(KeyCode.PLUS, "+"),
            Map.entry(KeyCode.ADD, "Keypad +"), Map.entry(KeyCode.SUBTRACT, "Keypad −"),
            Map.entry(KeyCode.SLASH, "/"), Map.entry(KeyCode.ESCAPE, "Esc"),
            Map.entry(KeyCode.PAGE_UP, "Page Up"), Map.entry(KeyCode.PAGE_DOWN, "Page Down"));

    private KeyNames() {
    }

    /** The combination with its modifiers first, joined by " + ". */
    public static String display(KeyCombination keys) {
        if (keys instanceof KeyCodeCombination code && code.getCode() == KeyCode.SLASH
                && code.getShift() == ModifierValue.DOWN && onlyShift(code)) {
            return "?";
        }
        List<String> parts = new ArrayList<>();
        if (keys.getShortcut() == ModifierValue.DOWN) {
            parts.add(MAC ? "⌘" : "Ctrl");
        }
        if (keys.getControl() == ModifierValue.DOWN) {
            parts.add("Ctrl");
        }
        if (keys.getMeta() == ModifierValue.DOWN) {
            parts.add(MAC ? "⌘" : "Meta");
        }
        if (keys.getAlt() == ModifierValue.DOWN) {
            parts.add(MAC ? "Option" : "Alt");
        }
        if (keys.getShift() == ModifierValue.DOWN) {
            parts.add("Shift");
        }
        parts.add(key(keys));
        return String.join(" + ", parts);
    }

    private static boolean onlyShift(KeyCombination keys) {
        return keys.getShortcut() != ModifierValue.DOWN && keys.getControl() != ModifierValue.DOWN
                && keys.getAlt() != ModifierValue.DOWN && keys.getMeta() != ModifierValue.DOWN;
    }

    private static String key(KeyCombination keys) {
        if (keys instanceof KeyCodeCombination code) {
            String name = NAMES.get(code.getCode());
            if (name != null) {
                return name;
            }
            if (code.getCode().isKeypadKey()) {
                return "Keypad " + code.getCode().getName().replace("Numpad ", "");
            }
            return code.getCode().getName();
        }
        if (keys instanceof KeyCharacterCombination character) {
            return character.getCharacter();
        }
        return keys.getName();
    }
}
