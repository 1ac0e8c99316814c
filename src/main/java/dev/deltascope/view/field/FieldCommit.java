package dev.deltascope.view.field;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TextInputControl;

/**
 * Commits what a person typed: Enter (or leaving the field after typing in it) hands the text to
 * the model command; a refusal keeps the text, marks the field and shows the reason; Esc puts the
 * model's value back.
 */
public final class FieldCommit {

    private final TextInputControl field;
    private final Supplier<String> current;
    private final Consumer<String> command;
    private final Consumer<String> showError;
    private String shown = "";

    /** The key, in a field's properties, of the text last shown from the model. */
    public static final String COMMITTED = "deltascope.committed";

    private FieldCommit(TextInputControl field, Supplier<String> current, Consumer<String> command,
            Consumer<String> showError) {
        this.field = field;
        this.current = current;
        this.command = command;
        this.showError = showError;
    }

    /**
     * @param current the model's value as text
     * @param command the edit; throws {@link InvalidEditException} to refuse
     * @param showError shows a message, or clears it when given ""
     */
    public static FieldCommit install(TextInputControl field, Supplier<String> current, Consumer<String> command,
            Consumer<String> showError) {
        FieldCommit commit = new FieldCommit(field, current, command, showError);
        commit.show(current.get());
        field.setOnKeyPressed(event -> {
            if (FieldKeys.COMMIT.match(event)) {
                commit.commit();
                event.consume();
            } else if (FieldKeys.REVERT.match(event)) {
                commit.revert();
                event.consume();
            }
        });
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && field.getScene() != null && !field.getText().equals(commit.shown)) {
                commit.commit();
            }
        });
        return commit;
    }

    /** Hands the text to the command; returns true when it was accepted. */
    boolean commit() {
        try {
            command.accept(field.getText());
            clearError();
            show(current.get());
            return true;
        } catch (InvalidEditException refused) {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            showError.accept(refused.getMessage());
            return false;
        }
    }

    /** Shows the model's value again and forgets any refusal. */
    public void revert() {
        clearError();
        show(current.get());
    }

    /** Shows a refusal that came from elsewhere (a button beside the field). */
    void refuse(String message) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        showError.accept(message);
    }

    /** Shows {@code text}; a field that already shows it is left alone (setting a text field's text is never free). */
    private void show(String text) {
        shown = text;
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
        if (!text.equals(field.getProperties().get(COMMITTED))) {
            field.getProperties().put(COMMITTED, text);
        }
    }

    private void clearError() {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        showError.accept("");
    }
}
