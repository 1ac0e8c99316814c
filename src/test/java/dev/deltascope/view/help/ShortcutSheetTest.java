package dev.deltascope.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.view.MainWindow;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.field.FieldKeys;
import dev.deltascope.view.keys.KeyBinding;
import dev.deltascope.view.keys.KeyNames;
import dev.deltascope.view.keys.Shortcut;
import dev.deltascope.view.step.StepKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard-shortcut sheet of the real window: how it opens and that it lists every bound key. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @AfterEach
    void closeSheet(FxRobot robot) {
        robot.interact(() -> {
            if (window.shortcutSheet() != null) {
                window.shortcutSheet().stage().close();
            }
        });
    }

    /** Every key combination the open sheet shows, as displayed. */
    private Set<String> keysOnTheSheet(FxRobot robot) {
        assertNotNull(window.shortcutSheet(), "the sheet was never opened");
        assertTrue(window.shortcutSheet().isShowing());
        return robot.from(window.shortcutSheet().stage().getScene().getRoot()).lookup(".sheet-keys").queryAll()
                .stream().map(Node::getAccessibleText).flatMap(text -> Arrays.stream(text.split(" or ")))
                .collect(Collectors.toSet());
    }

    private static void collectAccelerators(List<MenuItem> items, List<KeyCombination> found) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                collectAccelerators(menu.getItems(), found);
            } else if (item.getAccelerator() != null) {
                found.add(item.getAccelerator());
            }
        }
    }

    @Test
    void f1OpensTheSheet(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertTrue(window.shortcutSheet().isShowing());
        assertEquals("Keyboard shortcuts", window.shortcutSheet().stage().getTitle());
    }

    @Test
    void theQuestionMarkOpensTheSheet(FxRobot robot) {
        robot.push(KeyCode.SHIFT, KeyCode.SLASH);
        assertNotNull(window.shortcutSheet());
        assertTrue(window.shortcutSheet().isShowing());
    }

    @Test
    void aQuestionMarkTypedIntoAFieldStaysInTheField(FxRobot robot) {
        robot.clickOn("#learning-rate");
        robot.push(KeyCode.SHIFT, KeyCode.SLASH);
        assertTrue(window.shortcutSheet() == null || !window.shortcutSheet().isShowing());
    }

    @Test
    void escClosesTheSheet(FxRobot robot) {
        robot.type(KeyCode.F1);
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.shortcutSheet().isShowing());
    }

    @Test
    void everyAcceleratorOfEveryMenuItemOfTheWindowIsOnTheSheet(FxRobot robot) {
        robot.type(KeyCode.F1);
        Set<String> shown = keysOnTheSheet(robot);
        List<KeyCombination> accelerators = new ArrayList<>();
        for (Menu menu : window.menus().getMenus()) {
            collectAccelerators(menu.getItems(), accelerators);
        }
        assertTrue(accelerators.size() >= 15, "accelerators found: " + accelerators);
        assertTrue(accelerators.contains(KeyCombination.keyCombination("Shortcut+Y")), "hidden items count too");
        for (KeyCombination accelerator : accelerators) {
            assertTrue(shown.contains(KeyNames.display(accelerator)),
                    accelerator.getName() + " is missing from the sheet " + shown);
        }
    }

    @Test
    void everyKeyTheWindowsKeyFiltersDispatchIsOnTheSheet(FxRobot robot) {
        robot.type(KeyCode.F1);
        Set<String> shown = keysOnTheSheet(robot);
        List<KeyBinding> bindings = new ArrayList<>(window.stepKeys().bindings());
        bindings.addAll(window.editKeys().bindings());
        assertTrue(bindings.size() >= 12, bindings.toString());
        for (KeyBinding binding : bindings) {
            for (KeyCombination keys : binding.keys()) {
                assertTrue(shown.contains(KeyNames.display(keys)), binding.description() + ": " + keys.getName());
            }
        }
        for (Shortcut field : FieldKeys.shortcuts()) {
            assertTrue(shown.contains(KeyNames.display(field.keys().get(0))), field.description());
        }
    }

    @Test
    void theSheetListsEachGroupOnceAndSearchNarrowsIt(FxRobot robot) {
        robot.type(KeyCode.F1);
        Node root = window.shortcutSheet().stage().getScene().getRoot();
        List<String> groups = robot.from(root).lookup(".sheet-group").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
        assertEquals(List.of(StepKeys.STEPPING, StepKeys.VIEWS, "File", "Edit", "View", "Train", "Practice", "Help",
                FieldKeys.GROUP), groups);
        robot.clickOn("#shortcut-search").write("redo");
        assertEquals(Set.of(KeyNames.display(KeyCombination.keyCombination("Shortcut+Shift+Z")),
                KeyNames.display(KeyCombination.keyCombination("Shortcut+Y"))), keysOnTheSheet(robot));
    }
}
