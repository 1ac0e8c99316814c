package dev.deltascope.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.view.keys.Shortcut;
import dev.deltascope.view.step.StepKeys;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShortcutListTest {

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    @Test
    void linesWithTheSameGroupAndDescriptionMergeWithEachKeyOnce() {
        List<ShortcutList.Group> groups = ShortcutList.group(List.of(
                new Shortcut("Help", "Keyboard shortcuts", List.of(key(KeyCode.F1))),
                new Shortcut("Help", "Keyboard shortcuts",
                        List.of(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHIFT_DOWN), key(KeyCode.F1)))));
        assertEquals(List.of(new ShortcutList.Group("Help",
                List.of(new ShortcutList.Line("Keyboard shortcuts", List.of("F1", "?"))))), groups);
    }

    @Test
    void groupsFollowTheSheetOrderAndUnknownGroupsComeLastInTheOrderGiven() {
        List<ShortcutList.Group> groups = ShortcutList.group(List.of(
                new Shortcut("Zeta", "z", List.of(key(KeyCode.Z))),
                new Shortcut("Help", "h", List.of(key(KeyCode.H))),
                new Shortcut("Alpha", "a", List.of(key(KeyCode.A))),
                new Shortcut(StepKeys.STEPPING, "s", List.of(key(KeyCode.S))),
                new Shortcut("File", "f", List.of(key(KeyCode.F)))));
        assertEquals(List.of(StepKeys.STEPPING, "File", "Help", "Zeta", "Alpha"),
                groups.stream().map(ShortcutList.Group::name).toList());
    }

    @Test
    void searchKeepsLinesWhoseWordsOrKeysMatchAndDropsEmptyGroups() {
        List<ShortcutList.Group> groups = ShortcutList.group(List.of(
                new Shortcut("View", "Zoom in", List.of(KeyCombination.keyCombination("Shortcut+Equals"))),
                new Shortcut("View", "Presentation mode", List.of(key(KeyCode.F5))),
                new Shortcut("File", "Open", List.of(KeyCombination.keyCombination("Shortcut+O")))));
        List<ShortcutList.Group> zoom = ShortcutList.filter(groups, "  ZOOM ");
        assertEquals(1, zoom.size());
        assertEquals(List.of("Zoom in"), zoom.get(0).lines().stream().map(ShortcutList.Line::description).toList());
        assertEquals(List.of("Presentation mode"),
                ShortcutList.filter(groups, "f5").get(0).lines().stream().map(ShortcutList.Line::description).toList());
        assertEquals(List.of(), ShortcutList.filter(groups, "no such shortcut"));
        assertEquals(groups, ShortcutList.filter(groups, " "));
    }
}
