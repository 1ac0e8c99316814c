package dev.deltascope.view.training;

import atlantafx.base.theme.Styles;
import dev.deltascope.view.field.InvalidEditException;
import dev.deltascope.view.field.NumberText;
import dev.deltascope.view.field.ValidatedField;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Train N steps, watch the progress and the cost fall, cancel, and go back to the starting weights. */
public final class TrainingPanel extends VBox {

    private final TrainingModel training;
    private final ValidatedField steps;
    private int chosenSteps = 100;

    /** @param chart the loss chart to show under the controls */
    public TrainingPanel(TrainingModel training, Node chart) {
        this.training = training;
        steps = new ValidatedField("Training steps", () -> Integer.toString(chosenSteps),
                text -> chosenSteps = parseSteps(text));
        steps.field().setPrefColumnCount(6);
        steps.field().setTooltip(new Tooltip("How many steps of gradient descent, 1 to " + TrainingModel.MAX_STEPS));

        Button train = new Button("Train");
        train.setId("train");
        train.getStyleClass().add(Styles.ACCENT);
        train.setDefaultButton(false);
        train.setOnAction(event -> start());
        train.disableProperty().bind(training.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-training");
        cancel.setOnAction(event -> training.cancel());
        cancel.disableProperty().bind(training.runningProperty().not());
        Button reset = new Button("Reset weights");
        reset.setId("reset-weights");
        reset.setTooltip(new Tooltip("Go back to the weights from before training"));
        reset.disableProperty().bind(training.canResetProperty().not());
        reset.setOnAction(event -> training.resetWeights());

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(training.progressProperty());
        progress.visibleProperty().bind(training.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("training-message");
        message.setWrapText(true);
        message.textProperty().bind(training.messageProperty());
        message.getStyleClass().add("status-line");

        Label stepsLabel = new Label("Steps");
        stepsLabel.getStyleClass().add("field-label");
        HBox controls = new HBox(8, steps, train, cancel);
        HBox.setHgrow(steps, Priority.SOMETIMES);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(stepsLabel, controls, progress, message, reset, chart);
        setSpacing(8);
        getStyleClass().add("side-panel");
    }

    /** Puts the keyboard in the steps field. */
    public void focusSteps() {
        steps.field().requestFocus();
        steps.field().selectAll();
    }

    /** Starts training with the number of steps typed, or shows why it cannot. */
    void start() {
        try {
            chosenSteps = parseSteps(steps.field().getText());
            steps.refresh();
            training.train(chosenSteps);
        } catch (InvalidEditException refused) {
            steps.refuse(refused.getMessage());
        }
    }

    private static int parseSteps(String text) {
        return NumberText.parseWholeNumber(text, "The number of steps", 1, TrainingModel.MAX_STEPS);
    }
}
