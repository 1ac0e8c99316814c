package dev.deltascope.view.step;

import atlantafx.base.theme.Styles;
import dev.deltascope.derivation.Step;
import dev.deltascope.view.field.NumberText;
import dev.deltascope.view.field.ValidatedField;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom bar: first, previous, next and last, "Step 8 of 19", every step as a clickable
 * title, and the digits shown. Its buttons never take the keyboard focus, so the arrow keys and
 * Space keep stepping after a click.
 */
public final class StepTimeline extends HBox {

    private final StepperModel stepper;
    private final ListView<String> list = new ListView<>();
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
    private boolean following;
    private int scrolledTo = -1;

    /** The bar for {@code stepper}; {@code status} sits between the steps and the digits. */
    public StepTimeline(StepperModel stepper, StatusLine status) {
        this.stepper = stepper;
        Button first = button("« First", "first-step", "First step (Home)", stepper::first);
        Button previous = button("◀  Previous", "previous-step", "Previous step (Left)", stepper::previous);
        Button next = button("Next  ▶", "next-step", "Next step (Right or Space)", stepper::next);
        Button last = button("Last »", "last-step", "Last step (End)", stepper::last);
        next.getStyleClass().add(Styles.ACCENT);
        first.disableProperty().bind(stepper.stepIndexProperty().isEqualTo(0));
        previous.disableProperty().bind(first.disableProperty());
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> stepper.stepIndex() >= stepper.steps().size() - 1,
                stepper.stepIndexProperty(), stepper.derivationProperty()));
        last.disableProperty().bind(next.disableProperty());

        Label counter = new Label();
        counter.setId("step-counter");
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(Bindings.createStringBinding(
                () -> stepper.steps().isEmpty() ? "" : "Step " + (stepper.stepIndex() + 1) + " of " + stepper.steps().size(),
                stepper.stepIndexProperty(), stepper.derivationProperty()));
        counter.setAlignment(Pos.CENTER);

        list.setId("step-list");
        list.setOrientation(Orientation.HORIZONTAL);
        list.setFocusTraversable(false);
        list.getStyleClass().add("step-list");
        list.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (!following && index.intValue() >= 0) {
                stepper.goTo(index.intValue());
            }
        });
        HBox.setHgrow(list, Priority.ALWAYS);

        ValidatedField digits = new ValidatedField("Digits", () -> Integer.toString(stepper.precisionProperty().get()),
                text -> stepper.setPrecision(NumberText.parseWholeNumber(text, "Digits",
                        StepperModel.MIN_PRECISION, StepperModel.MAX_PRECISION)));
        digits.field().setPrefColumnCount(2);
        digits.field().setTooltip(new Tooltip("Significant digits shown, " + StepperModel.MIN_PRECISION + " to "
                + StepperModel.MAX_PRECISION));
        digits.setMaxWidth(220);
        stepper.precisionProperty().addListener((observable, old, value) -> digits.refresh());
        Label digitsLabel = new Label("Digits");
        digitsLabel.getStyleClass().add("field-label");
        digitsLabel.setLabelFor(digits.field());

        ComputingStatus computing = new ComputingStatus(stepper);

        HBox digitsBox = new HBox(6, digitsLabel, digits);
        digitsBox.setAlignment(Pos.CENTER_LEFT);
        digitsBox.getStyleClass().add("digits-box");
        getChildren().addAll(first, previous, counter, next, last, list, status, computing, digitsBox);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("step-timeline");
        setId("step-timeline");

        list.visibleProperty().bind(compact.not());
        list.managedProperty().bind(list.visibleProperty());
        digitsBox.visibleProperty().bind(compact.not());
        digitsBox.managedProperty().bind(digitsBox.visibleProperty());
        Region filler = new Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        filler.visibleProperty().bind(compact);
        filler.managedProperty().bind(compact);
        getChildren().add(getChildren().indexOf(status), filler);

        stepper.derivationProperty().addListener((observable, old, derivation) -> follow());
        stepper.stepIndexProperty().addListener((observable, old, index) -> follow());
        follow();
    }

    /**
     * Shows the stepper's steps and selects its current one. The list holds the steps' titles, not
     * the steps: an edit changes every step's numbers but seldom a title, and the list is then left
     * as it is rather than filled and laid out again; nor is it scrolled again to where it is.
     */
    private void follow() {
        following = true;
        try {
            List<String> titles = titles(stepper.steps());
            if (!list.getItems().equals(titles)) {
                list.getItems().setAll(titles);
                scrolledTo = -1;
            }
            int index = stepper.stepIndex();
            if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
            }
            int first = Math.max(0, index - 2);
            if (first != scrolledTo) {
                scrolledTo = first;
                list.scrollTo(first);
            }
        } finally {
            following = false;
        }
    }

    /** True to leave out the list of steps and the digits (presentation mode): the buttons and counter are enough. */
    public BooleanProperty compactProperty() {
        return compact;
    }

    /** "1. Forward: z¹ = W¹a⁰ + b¹", … */
    private static List<String> titles(List<Step> steps) {
        List<String> titles = new ArrayList<>(steps.size());
        for (Step step : steps) {
            titles.add((step.index() + 1) + ". " + step.title());
        }
        return titles;
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
