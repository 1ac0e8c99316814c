package dev.deltascope.view.help;

import dev.deltascope.view.field.FieldKeys;
import dev.deltascope.view.keys.KeyNames;
import dev.deltascope.view.keys.Shortcut;
import dev.deltascope.view.step.StepKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The shortcut sheet's content, gathered from what is really bound: the key tables the window
 * dispatches from and the accelerators of every item of its menu bar. Lines with the same group
 * and description merge into one line listing all their keys.
 */
public final class ShortcutList {

    /** Set on a menu item: the words for the sheet, when its text changes (Undo: edit name). */
    public static final String DESCRIPTION = "deltascope.shortcut.description";
    /** Set on a hidden menu item that only adds another accelerator to the item it names. */
    public static final String ALTERNATIVE_OF = "deltascope.shortcut.alternative-of";

    private static final List<String> ORDER = List.of(StepKeys.STEPPING, StepKeys.VIEWS, "File", "Edit", "View",
            "Train", "Practice", "Help", FieldKeys.GROUP);

    /** A group of the sheet: its name and lines. */
    record Group(String name, List<Line> lines) {
    }

    /** A line of the sheet: what it does and each key combination as displayed. */
    record Line(String description, List<String> keys) {

        boolean contains(String query) {
            String lower = query.toLowerCase(Locale.ROOT).strip();
            return description.toLowerCase(Locale.ROOT).contains(lower)
                    || keys.stream().anyMatch(key -> key.toLowerCase(Locale.ROOT).contains(lower));
        }
    }

    private ShortcutList() {
    }

    /** Every accelerator of every item of {@code bar}, grouped under its top menu's name. */
    public static List<Shortcut> fromMenus(MenuBar bar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText(), menu, shortcuts);
        }
        return shortcuts;
    }

    private static void collect(String group, Menu menu, List<Shortcut> shortcuts) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(group, submenu, shortcuts);
            } else if (item.getAccelerator() != null) {
                shortcuts.add(new Shortcut(group, description(item), List.of(item.getAccelerator())));
            }
        }
    }

    private static String description(MenuItem item) {
        Object main = item.getProperties().get(ALTERNATIVE_OF);
        MenuItem described = main instanceof MenuItem mainItem ? mainItem : item;
        Object fixed = described.getProperties().get(DESCRIPTION);
        return (fixed instanceof String text ? text : described.getText()).replace("…", "");
    }

    /** The shortcuts grouped in sheet order, same lines merged, each key shown once. */
    static List<Group> group(List<Shortcut> shortcuts) {
        Map<String, Map<String, Set<String>>> groups = new LinkedHashMap<>();
        for (Shortcut shortcut : shortcuts) {
            Set<String> keys = groups.computeIfAbsent(shortcut.group(), name -> new LinkedHashMap<>())
                    .computeIfAbsent(shortcut.description(), description -> new LinkedHashSet<>());
            for (KeyCombination key : shortcut.keys()) {
                keys.add(KeyNames.display(key));
            }
        }
        List<String> names = new ArrayList<>(groups.keySet());
        names.sort((first, second) -> Integer.compare(rank(first), rank(second)));
        List<Group> result = new ArrayList<>();
        for (String name : names) {
            List<Line> lines = new ArrayList<>();
            groups.get(name).forEach((description, keys) -> lines.add(new Line(description, List.copyOf(keys))));
            result.add(new Group(name, List.copyOf(lines)));
        }
        return List.copyOf(result);
    }

    /** The groups keeping only lines whose words or keys contain {@code query}; empty groups dropped. */
    static List<Group> filter(List<Group> groups, String query) {
        if (query == null || query.isBlank()) {
            return groups;
        }
        List<Group> kept = new ArrayList<>();
        for (Group group : groups) {
            List<Line> lines = group.lines().stream().filter(line -> line.contains(query)).toList();
            if (!lines.isEmpty()) {
                kept.add(new Group(group.name(), lines));
            }
        }
        return List.copyOf(kept);
    }

    private static int rank(String group) {
        int index = ORDER.indexOf(group);
        return index < 0 ? ORDER.size() : index;
    }
}
