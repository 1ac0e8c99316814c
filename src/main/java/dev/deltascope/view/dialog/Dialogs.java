package dev.deltascope.view.dialog;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Messages to the person, in plain words and never with a stack trace. */
public final class Dialogs {

    /** What to do with unsaved changes. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private Dialogs() {
    }

    /** Prompts shown as dialogs over {@code owner}. */
    public static Prompts over(Window owner) {
        return new Prompts() {
            @Override
            public Choice unsavedChanges(String name, String action) {
                return Dialogs.unsavedChanges(owner, name, action);
            }

            @Override
            public void error(String header, String details) {
                Dialogs.error(owner, header, details);
            }
        };
    }

    public static void error(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Deltascope");
        alert.setHeaderText(header);
        Label text = new Label(details);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /** Asks whether to save the changes to {@code name} before {@code action} ("opening another file"). */
    static Choice unsavedChanges(Window owner, String name, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to “" + name + "” before " + action + "?");
        alert.setContentText("If you don't save, the changes are lost.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Choice.CANCEL;
        }
        return answer.get() == SAVE ? Choice.SAVE : Choice.DISCARD;
    }
}
