package dev.deltascope.view.field;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A text field with its refusal message underneath, shown only while there is one. */
public final class ValidatedField extends VBox {

    private final TextField field = new TextField();
    private final Label message = new Label();
    private final FieldCommit commit;

    /**
     * @param name what the field is, for screen readers and tests ("Learning rate")
     * @param current the model's value as text
     * @param command the edit; throws InvalidEditException to refuse
     */
    public ValidatedField(String name, Supplier<String> current, Consumer<String> command) {
        field.setAccessibleText(name);
        field.setId(idFor(name));
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setId(field.getId() + "-error");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        commit = FieldCommit.install(field, current, command, this::showError);
        getChildren().addAll(field, message);
        setSpacing(2);
    }

    public TextField field() {
        return field;
    }

    /** Shows the model's value again, as after an edit elsewhere. */
    public void refresh() {
        commit.revert();
    }

    /** Shows a refusal that came from a button beside the field. */
    public void refuse(String text) {
        commit.refuse(text);
    }

    String message() {
        return message.getText();
    }

    private void showError(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    /** "Learning rate" → "learning-rate". */
    static String idFor(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
