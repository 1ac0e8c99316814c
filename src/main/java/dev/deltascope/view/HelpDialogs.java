package dev.deltascope.view;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcuts and the About box. */
final class HelpDialogs {

    private static final String[][] SHORTCUTS = {
        {"Right, Space, Page Down", "Next step"},
        {"Left, Page Up", "Previous step"},
        {"Home / End", "First / last step"},
        {"1 2 3 4 5", "View: VJP, Jacobian chain, component-wise, naive chain, softmax"},
        {"F5", "Presentation mode (Esc leaves)"},
        {"Ctrl + = / Ctrl + −", "Zoom formulas in / out"},
        {"Ctrl + 0", "Reset zoom"},
        {"Ctrl + Z", "Undo"},
        {"Ctrl + Shift + Z, Ctrl + Y", "Redo"},
        {"Ctrl + O / Ctrl + S", "Open / save"},
        {"Ctrl + Shift + S", "Save as"},
        {"Ctrl + T", "Train"},
        {"Enter", "Apply what was typed in a field"},
        {"Esc (in a field)", "Put the field's value back"},
        {"Ctrl + Enter", "Apply the examples"},
        {"F1", "This list"},
    };

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label keys = new Label(SHORTCUTS[i][0]);
            keys.setStyle("-fx-font-weight: bold;");
            grid.add(keys, 0, i);
            grid.add(new Label(SHORTCUTS[i][1]), 1, i);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Deltascope");
        alert.setHeaderText("Deltascope");
        alert.setContentText("Shows why backpropagation has a transpose and a Hadamard product: every step "
                + "of the derivation as a formula beside the live numbers, in three ways that agree.");
        alert.show();
    }
}
