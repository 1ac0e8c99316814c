package dev.deltascope.view.step;

import atlantafx.base.theme.Styles;
import dev.deltascope.derivation.ViewKind;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The row that picks how a backward step is looked at: one segmented toggle per view the step
 * offers, and, for the component-wise view, a picker of the unit j. A click writes the chosen
 * view or unit into the shared properties; showing a step never does. Where the full names do not
 * fit the pane's width, the toggles take short ones ("Jacobian"), each with its full name and key on
 * hover, and the unit picker moves under them; where even those do not fit (a window below about
 * 1024 px), one menu button naming the view shown ("View: VJP") offers every view by its full name
 * and key: no name is ever cut short.
 */
public final class ViewSwitch extends FlowPane {

    private static final double GAP = 16;

    private final ObjectProperty<ViewKind> view;
    private final IntegerProperty unit;
    private final ToggleGroup toggles = new ToggleGroup();
    private final ComboBox<Integer> unitPicker = new ComboBox<>();
    private final HBox row = new HBox();
    private final MenuButton menu = new MenuButton();
    private final ToggleGroup menuChoices = new ToggleGroup();
    private final Text probe = new Text();
    private List<ViewKind> kinds = List.of();
    private boolean showing;
    private boolean shortLabels;
    private boolean menuOnly;

    ViewSwitch(ObjectProperty<ViewKind> view, IntegerProperty unit) {
        super(GAP, GAP / 2);
        this.view = view;
        this.unit = unit;
        getStyleClass().add("view-switch");
        row.getStyleClass().add("view-toggles");
        menu.getStyleClass().add("view-menu");
        menu.setId("view-menu");
        menu.setMinWidth(USE_PREF_SIZE);
        menu.setVisible(false);
        menu.setManaged(false);
        unitPicker.getStyleClass().add("unit-picker");
        unitPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer j) {
                return j == null ? "" : "unit j = " + (j + 1);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the unit picker is not editable");
            }
        });
        unitPicker.valueProperty().addListener((observable, before, after) -> {
            if (!showing && after != null) {
                unit.set(after);
            }
        });
        toggles.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null && before != null) {
                toggles.selectToggle(before);
            } else if (after != null) {
                showInMenu((ViewKind) after.getUserData());
                if (!showing) {
                    view.set((ViewKind) after.getUserData());
                }
            }
        });
    }

    /**
     * Offers the views of {@code offered} with {@code shown} selected; when {@code units} > 0 the
     * unit picker offers units 0..units−1 with {@code selectedUnit} chosen, otherwise it is hidden.
     * New toggles, in a new row, are made only when the offered views change.
     */
    void show(List<ViewKind> offered, ViewKind shown, int units, int selectedUnit) {
        showing = true;
        try {
            if (!offered.equals(kinds)) {
                rebuild(offered);
            }
            for (Toggle toggle : toggles.getToggles()) {
                if (toggle.getUserData() == shown && !toggle.isSelected()) {
                    toggles.selectToggle(toggle);
                }
            }
            unitPicker.setVisible(units > 0);
            unitPicker.setManaged(units > 0);
            if (units > 0) {
                List<Integer> choices = new ArrayList<>();
                for (int j = 0; j < units; j++) {
                    choices.add(j);
                }
                if (!unitPicker.getItems().equals(choices)) {
                    unitPicker.getItems().setAll(choices);
                }
                unitPicker.setValue(selectedUnit);
            }
        } finally {
            showing = false;
        }
    }

    private void rebuild(List<ViewKind> offered) {
        toggles.getToggles().clear();
        row.getChildren().clear();
        menu.getItems().clear();
        menuChoices.getToggles().clear();
        for (int i = 0; i < offered.size(); i++) {
            ViewKind kind = offered.get(i);
            ToggleButton toggle = new ToggleButton(label(kind, shortLabels));
            toggle.setUserData(kind);
            toggle.setTooltip(new Tooltip(keyed(kind)));
            toggle.setMinWidth(USE_PREF_SIZE);
            toggle.getStyleClass().add(offered.size() == 1 ? "single-pill"
                    : i == 0 ? Styles.LEFT_PILL : i == offered.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            row.getChildren().add(toggle);
            toggle.setToggleGroup(toggles);
            RadioMenuItem item = new RadioMenuItem(keyed(kind));
            item.setUserData(kind);
            item.setToggleGroup(menuChoices);
            item.setOnAction(event -> toggles.selectToggle(toggle));
            menu.getItems().add(item);
        }
        getChildren().setAll(row, menu, unitPicker);
        kinds = List.copyOf(offered);
    }

    /** The menu button names the view shown; its tooltip gives the full name and key. */
    private void showInMenu(ViewKind kind) {
        menu.setText("View: " + label(kind, true));
        menuChoices.getToggles().forEach(choice -> choice.setSelected(choice.getUserData() == kind));
        menu.setTooltip(new Tooltip(keyed(kind) + ". Click for the other views."));
    }

    /** "VJP / Hadamard (key 1)": the full name and the key that picks the view. */
    private static String keyed(ViewKind kind) {
        return label(kind) + " (key " + (kind.ordinal() + 1) + ")";
    }

    /** The switch's words for a view. */
    public static String label(ViewKind kind) {
        return label(kind, false);
    }

    /** The switch's words for a view, or the short ones used where the full ones do not fit. */
    static String label(ViewKind kind, boolean shortName) {
        return switch (kind) {
            case VJP -> shortName ? "VJP" : "VJP / Hadamard";
            case JACOBIAN -> shortName ? "Jacobian" : "Jacobian chain";
            case COMPONENT -> shortName ? "Per unit" : "Component-wise";
            case NAIVE -> shortName ? "Naive" : "Naive chain";
            case SOFTMAX -> shortName ? "Softmax J" : "Softmax Jacobian";
        };
    }

    /** As narrow as the menu button: the pane may be narrower than the toggles' names. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(menu.prefWidth(-1), unitPicker.isManaged() ? unitPicker.prefWidth(-1) : 0)
                + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        boolean tooNarrow = width < rowWidth(false);
        if (tooNarrow != shortLabels) {
            shortLabels = tooNarrow;
            for (ToggleButton toggle : toggles()) {
                toggle.setText(label((ViewKind) toggle.getUserData(), shortLabels));
            }
        }
        boolean onlyMenu = width < rowWidth(true);
        if (onlyMenu != menuOnly) {
            menuOnly = onlyMenu;
            row.setVisible(!menuOnly);
            row.setManaged(!menuOnly);
            menu.setVisible(menuOnly);
            menu.setManaged(menuOnly);
        }
        super.layoutChildren();
    }

    /**
     * The width of the row of toggles with the full or the short names: each toggle's padding and
     * border as it is drawn now, around its name measured in its font.
     */
    private double rowWidth(boolean shortNames) {
        double width = row.snappedLeftInset() + row.snappedRightInset();
        for (ToggleButton toggle : toggles()) {
            double around = toggle.prefWidth(-1) - textWidth(toggle, toggle.getText());
            width += around + textWidth(toggle, label((ViewKind) toggle.getUserData(), shortNames));
        }
        return Math.ceil(width) + 1;
    }

    private double textWidth(ToggleButton toggle, String text) {
        probe.setFont(toggle.getFont());
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The toggles shown now, in order. */
    List<ToggleButton> toggles() {
        List<ToggleButton> shown = new ArrayList<>();
        toggles.getToggles().forEach(toggle -> shown.add((ToggleButton) toggle));
        return shown;
    }

    /** The menu button that stands for the toggles where they do not fit. */
    MenuButton menu() {
        return menu;
    }

    ComboBox<Integer> unitPicker() {
        return unitPicker;
    }
}
