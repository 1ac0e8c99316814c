package dev.deltascope.view.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class KeyNamesTest {

    private static final String SHORTCUT =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac") ? "⌘" : "Ctrl";

    @Test
    void modifiersComeFirstJoinedByPlus() {
        assertEquals(SHORTCUT + " + Shift + E", KeyNames.display(KeyCombination.keyCombination("Shortcut+Shift+E")));
        assertEquals(SHORTCUT + " + Alt + C", KeyNames.display(KeyCombination.keyCombination("Shortcut+Alt+C")));
    }

    @Test
    void plainKeysReadAsTheyArePrinted() {
        assertEquals("→", KeyNames.display(new KeyCodeCombination(KeyCode.RIGHT)));
        assertEquals("Page Down", KeyNames.display(new KeyCodeCombination(KeyCode.PAGE_DOWN)));
        assertEquals("3", KeyNames.display(new KeyCodeCombination(KeyCode.DIGIT3)));
        assertEquals("Keypad 3", KeyNames.display(new KeyCodeCombination(KeyCode.NUMPAD3)));
        assertEquals("Esc", KeyNames.display(new KeyCodeCombination(KeyCode.ESCAPE)));
        assertEquals("F1", KeyNames.display(new KeyCodeCombination(KeyCode.F1)));
    }

    @Test
    void shiftSlashIsTheQuestionMark() {
        assertEquals("?", KeyNames.display(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHIFT_DOWN)));
        assertEquals(SHORTCUT + " + Shift + /",
                KeyNames.display(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHIFT_DOWN,
                        KeyCombination.SHORTCUT_DOWN)));
    }

    @Test
    void zoomKeysNameTheirSymbols() {
        assertEquals(SHORTCUT + " + =", KeyNames.display(KeyCombination.keyCombination("Shortcut+Equals")));
        assertEquals(SHORTCUT + " + Keypad −", KeyNames.display(KeyCombination.keyCombination("Shortcut+Subtract")));
        assertEquals(SHORTCUT + " + +", KeyNames.display(KeyCombination.keyCombination("Shortcut+Plus")));
    }

    @Test
    void aCharacterCombinationShowsItsCharacter() {
        assertEquals("Alt + ?", KeyNames.display(new KeyCharacterCombination("?", KeyCombination.ALT_DOWN)));
    }
}
