package dev.deltascope.view.step;

import atlantafx.base.theme.Styles;
import dev.deltascope.derivation.ViewKind;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The row that picks how a backward step is looked at: one segmented toggle per view the step
 * offers, and, for the component-wise view, a picker of the unit j. A click writes the chosen
 * view or unit into the shared properties; showing a step never does.
 */
public final class ViewSwitch extends HBox {

    private final ObjectProperty<ViewKind> view;
    private final IntegerProperty unit;
    private final ToggleGroup toggles = new ToggleGroup();
    private final ComboBox<Integer> unitPicker = new ComboBox<>();
    private List<ViewKind> kinds = List.of();
    private boolean showing;

    ViewSwitch(ObjectProperty<ViewKind> view, IntegerProperty unit) {
        this.view = view;
        this.unit = unit;
        getStyleClass().add("view-switch");
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
            } else if (!showing && after != null) {
                view.set((ViewKind) after.getUserData());
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
        HBox row = new HBox();
        row.getStyleClass().add("view-toggles");
        for (int i = 0; i < offered.size(); i++) {
            ToggleButton toggle = new ToggleButton(label(offered.get(i)));
            toggle.setUserData(offered.get(i));
            toggle.getStyleClass().add(offered.size() == 1 ? "single-pill"
                    : i == 0 ? Styles.LEFT_PILL : i == offered.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            row.getChildren().add(toggle);
            toggle.setToggleGroup(toggles);
        }
        Region gap = new Region();
        gap.setMinWidth(16);
        getChildren().setAll(row, gap, unitPicker);
        kinds = List.copyOf(offered);
    }

    /** The switch's words for a view. */
    public static String label(ViewKind kind) {
        return switch (kind) {
            case VJP -> "VJP / Hadamard";
            case JACOBIAN -> "Jacobian chain";
            case COMPONENT -> "Component-wise";
            case NAIVE -> "Naive chain";
            case SOFTMAX -> "Softmax Jacobian";
        };
    }

    /** The toggles shown now, in order. */
    List<ToggleButton> toggles() {
        List<ToggleButton> shown = new ArrayList<>();
        toggles.getToggles().forEach(toggle -> shown.add((ToggleButton) toggle));
        return shown;
    }

    ComboBox<Integer> unitPicker() {
        return unitPicker;
    }
}
