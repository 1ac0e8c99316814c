package dev.deltascope.view;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.DerivativeLayout;
import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.VectorLayout;
import dev.deltascope.view.help.ShortcutList;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * View → Convention: the named conventions (Nielsen, Ng, PyTorch, CS231n, d2l), then each part of
 * the setting on its own (vectors and weights, derivative layout, layer index), every radio item
 * following the stepper's convention; Ctrl+K steps to the next named convention.
 */
final class ConventionMenu {

    private ConventionMenu() {
    }

    static Menu create(ObjectProperty<Convention> convention, Runnable translate) {
        Menu menu = new Menu("Convention");
        menu.setId("convention-menu");
        ToggleGroup named = new ToggleGroup();
        for (Convention.Named choice : Convention.NAMED) {
            menu.getItems().add(radio(choice.label(), named, convention, c -> c.equals(choice.convention()),
                    c -> choice.convention()));
        }
        MenuItem next = new MenuItem("Next convention");
        next.getProperties().put(ShortcutList.DESCRIPTION, "Next convention");
        next.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        next.setOnAction(event -> convention.set(next(convention.get())));
        MenuItem translateItem = new MenuItem("Translate this step…");
        translateItem.getProperties().put(ShortcutList.DESCRIPTION, "Translate this step into another convention");
        translateItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+K"));
        translateItem.setOnAction(event -> translate.run());
        menu.getItems().addAll(next, translateItem, new SeparatorMenuItem());
        ToggleGroup vectors = new ToggleGroup();
        for (VectorLayout choice : VectorLayout.values()) {
            menu.getItems().add(radio(choice.description(), vectors, convention, c -> c.vectors() == choice,
                    c -> c.withVectors(choice)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup layouts = new ToggleGroup();
        for (DerivativeLayout choice : DerivativeLayout.values()) {
            menu.getItems().add(radio("Jacobian view in " + choice.label(), layouts, convention,
                    c -> c.derivatives() == choice, c -> c.withDerivatives(choice)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup indices = new ToggleGroup();
        for (IndexStyle choice : IndexStyle.values()) {
            menu.getItems().add(radio("Layer written " + choice.example(), indices, convention,
                    c -> c.index() == choice, c -> c.withIndex(choice)));
        }
        return menu;
    }

    /** The named convention after the current one, or the first when the current one has no name. */
    static Convention next(Convention current) {
        int at = -1;
        for (int i = 0; i < Convention.NAMED.size(); i++) {
            if (Convention.NAMED.get(i).convention().equals(current)) {
                at = i;
            }
        }
        return Convention.NAMED.get((at + 1) % Convention.NAMED.size()).convention();
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, ObjectProperty<Convention> convention,
            Function<Convention, Boolean> selected, UnaryOperator<Convention> choose) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(selected.apply(convention.get()));
        item.setOnAction(event -> convention.set(choose.apply(convention.get())));
        convention.addListener((observable, old, value) -> item.setSelected(selected.apply(value)));
        return item;
    }
}
