package dev.deltascope.view.practice;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.practice.FormulaChoice;
import dev.deltascope.practice.Mistake;
import dev.deltascope.practice.Question;
import dev.deltascope.practice.Tolerance;
import dev.deltascope.practice.Verdict;
import dev.deltascope.view.field.InvalidEditException;
import dev.deltascope.view.field.NumberText;
import dev.deltascope.view.step.CellTargets;
import dev.deltascope.view.step.FormulaView;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.MatrixGridView;
import dev.deltascope.view.step.ViewSwitch;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Practice mode's question in place of the step: the quantity's name, the operands it is computed
 * from as read-only grids, then a grid of entries, a shape or candidate formulas to answer with, a check that marks each cell and names a recognised
 * mistake with a hint, and the score. Enter checks; Tab moves between cells.
 */
public final class PracticePane extends ScrollPane {

    /** The givens' type size before zoom, smaller than the step's grids: they are for reference. */
    private static final double GIVEN_FONT_SIZE = 14;

    private final PracticeModel practice;
    private final ObservableDoubleValue zoom;
    private final VBox content = new VBox(10);
    private final Label prompt = new Label();
    private final FormulaView name = new FormulaView();
    private final Label givenTitle = new Label();
    private final FlowPane givens = new FlowPane(16, 8);
    private final ObjectProperty<HoverTarget> givenHover = new SimpleObjectProperty<>(this, "givenHover");
    private final VBox answerArea = new VBox(8);
    private final Label feedback = new Label();
    private final Label hint = new Label();
    private final Label score = new Label();
    private final List<TextField> cells = new ArrayList<>();
    private final ToggleGroup choices = new ToggleGroup();
    private int columns;
    private boolean followFeedback;

    /** The pane of practice's questions; its formulas follow {@code zoom}, which presentation mode enlarges. */
    public PracticePane(PracticeModel practice, ObservableDoubleValue zoom) {
        this.practice = practice;
        this.zoom = zoom;
        name.zoomProperty().bind(zoom);
        createView();
        practice.questionProperty().addListener((observable, old, question) -> show(question));
        practice.askedProperty().addListener((observable, old, count) -> showScore());
        show(practice.questionProperty().get());
        showScore();
    }

    private void createView() {
        content.getStyleClass().add("practice-pane");
        setId("practice-pane");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        name.fontSizeProperty().set(24);
        prompt.getStyleClass().add("practice-title");
        Button check = new Button("Check");
        check.setId("practice-check");
        check.setDefaultButton(false);
        check.setOnAction(event -> check());
        Button reveal = new Button("Show the answer");
        reveal.setId("practice-reveal");
        reveal.setOnAction(event -> practice.reveal());
        Button fresh = new Button("New exercise");
        fresh.setId("practice-new");
        fresh.setOnAction(event -> practice.newExercise());
        feedback.setId("practice-feedback");
        feedback.setWrapText(true);
        hint.setId("practice-hint");
        hint.setWrapText(true);
        score.setId("practice-score");
        score.setWrapText(true);
        for (Label label : List.of(feedback, hint, score)) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof TextField)) {
                check();
                event.consume();
            }
        });
        content.heightProperty().addListener((observable, old, height) -> {
            if (followFeedback) {
                setVvalue(getVmax());
            }
        });
        HBox question = new HBox(12, prompt, name);
        HBox buttons = new HBox(10, check, reveal, fresh);
        givenTitle.setId("practice-given-title");
        givens.setId("practice-givens");
        content.getChildren().addAll(question, givenTitle, givens, answerArea, buttons, feedback, hint, score);
        for (Node asking : List.of(question, givenTitle, givens, answerArea, check, reveal)) {
            asking.visibleProperty().bind(practice.hidingProperty());
            asking.managedProperty().bind(asking.visibleProperty());
        }
        visibleProperty().bind(practice.questionProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        practice.hidingProperty().addListener((observable, old, hiding) -> VBox.setVgrow(this,
                hiding ? Priority.ALWAYS : Priority.NEVER));
        minHeightProperty().bind(Bindings.createDoubleBinding(() -> practice.hidingProperty().get() ? 0
                : content.getHeight() + snappedTopInset() + snappedBottomInset(),
                practice.hidingProperty(), content.heightProperty()));
        practice.hidingProperty().addListener((observable, old, hiding) -> {
            Verdict last = practice.verdictProperty().get();
            if (!hiding && practice.questionProperty().get() != null && (last == null || !last.right())) {
                String shown = "The answer is shown below" + explainingView() + ".";
                feedback.setText(feedback.getText().isEmpty() ? shown : feedback.getText() + " " + shown);
            }
        });
    }

    private void show(Question question) {
        followFeedback = false;
        cells.clear();
        choices.getToggles().clear();
        answerArea.getChildren().clear();
        feedback.setText("");
        hint.setText("");
        if (question == null) {
            return;
        }
        name.setFormula(question.name());
        showGivens(question);
        switch (question.kind()) {
            case ENTRIES -> entries(question);
            case SHAPE -> shape();
            case FORMULA -> formulas(question);
        }
        if (!cells.isEmpty()) {
            cells.get(0).requestFocus();
        }
    }

    /** The operands the quantity is computed from, as read-only grids to the step's digits. */
    private void showGivens(Question question) {
        givenTitle.setText(question.givens().isEmpty() ? ""
                : "From " + String.join(", ", question.givens().stream().map(NamedMatrix::name).toList()) + ":");
        givens.getChildren().clear();
        for (NamedMatrix given : question.givens()) {
            MatrixGridView grid = new MatrixGridView(given, CellTargets.none(), givenHover);
            grid.significantDigitsProperty().set(question.significantDigits());
            grid.fontSizeProperty().bind(Bindings.multiply(zoom, GIVEN_FONT_SIZE));
            givens.getChildren().add(grid);
        }
    }

    private void entries(Question question) {
        prompt.setText("Practice: type every entry of");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        columns = question.answer().columns();
        for (int r = 0; r < question.answer().rows(); r++) {
            for (int c = 0; c < columns; c++) {
                TextField cell = new TextField();
                cell.setId("practice-cell-" + r + "-" + c);
                cell.getStyleClass().add("practice-cell");
                cell.setPrefColumnCount(6);
                cell.setOnAction(event -> {
                    check();
                    event.consume();
                });
                grid.add(cell, c, r);
                cells.add(cell);
            }
        }
        Label rule = new Label(question.answer().shape() + ". "
                + Tolerance.rule(question.significantDigits()));
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        answerArea.getChildren().addAll(grid, rule);
    }

    private void shape() {
        prompt.setText("Practice: give the shape (rows × columns) of");
        TextField rows = new TextField();
        rows.setId("practice-rows");
        TextField columnCount = new TextField();
        columnCount.setId("practice-columns");
        for (TextField field : List.of(rows, columnCount)) {
            field.setPrefColumnCount(3);
            field.getStyleClass().add("practice-cell");
            field.setOnAction(event -> {
                check();
                event.consume();
            });
            cells.add(field);
        }
        answerArea.getChildren().add(new HBox(8, rows, new Label("×"), columnCount));
    }

    private void formulas(Question question) {
        prompt.setText("Practice: pick the formula that gives");
        FlowPane list = new FlowPane(24, 8);
        for (int i = 0; i < question.choices().size(); i++) {
            FormulaChoice choice = question.choices().get(i);
            RadioButton button = new RadioButton();
            button.setId("practice-choice-" + i);
            button.setUserData(i);
            FormulaView formula = new FormulaView(choice.latex());
            formula.fontSizeProperty().set(22);
            formula.zoomProperty().bind(zoom);
            button.setGraphic(formula);
            button.setToggleGroup(choices);
            list.getChildren().add(button);
        }
        answerArea.getChildren().add(list);
        if (!list.getChildren().isEmpty()) {
            list.getChildren().get(0).requestFocus();
        }
    }

    private void check() {
        Question question = practice.questionProperty().get();
        if (question == null || !practice.hidingProperty().get()) {
            return;
        }
        Verdict verdict;
        try {
            verdict = switch (question.kind()) {
                case ENTRIES -> practice.checkEntries(typedEntries(question));
                case SHAPE -> practice.checkShape(whole(cells.get(0), "rows"), whole(cells.get(1), "columns"));
                case FORMULA -> {
                    if (choices.getSelectedToggle() == null) {
                        throw new IllegalArgumentException("Pick one of the formulas first (arrow keys, then Enter).");
                    }
                    yield practice.checkChoice((Integer) choices.getSelectedToggle().getUserData());
                }
            };
        } catch (IllegalArgumentException unreadable) {
            feedback.setText(unreadable.getMessage());
            feedback.getStyleClass().setAll("label", "practice-wrong");
            showFeedback();
            return;
        }
        mark(verdict);
        showFeedback();
    }

    /** Scrolls down to the feedback, and keeps it there as it grows, as the givens can push it below the pane's bottom. */
    private void showFeedback() {
        followFeedback = true;
        setVvalue(getVmax());
        Platform.runLater(() -> setVvalue(getVmax()));
    }

    private void mark(Verdict verdict) {
        for (int i = 0; i < cells.size() && !verdict.cells().isEmpty(); i++) {
            boolean right = verdict.cells().get(i / columns).get(i % columns);
            cells.get(i).getStyleClass().removeAll("practice-right", "practice-wrong");
            cells.get(i).getStyleClass().add(right ? "practice-right" : "practice-wrong");
        }
        feedback.getStyleClass().setAll("label", verdict.right() ? "practice-right" : "practice-wrong");
        if (verdict.right()) {
            feedback.setText("Right." + (practice.explainingViewProperty().get() == null ? ""
                    : " It is shown below" + explainingView() + "."));
            hint.setText("");
        } else if (verdict.mistakes().isEmpty()) {
            feedback.setText("Not right, and not one of the usual mistakes: check the marked entries and try again.");
            hint.setText("");
        } else {
            Mistake mistake = verdict.mistakes().get(0);
            feedback.setText("Not right. " + mistake.description()
                    + (verdict.mistakes().size() > 1 ? " (Here that gives the same numbers as: "
                            + verdict.mistakes().get(1).description() + ")" : ""));
            hint.setText(mistake.hint());
        }
    }

    /** " in the Jacobian chain view, which explains the mistake" when a view of the step explains it. */
    private String explainingView() {
        ViewKind view = practice.explainingViewProperty().get();
        return view == null ? "" : " in the " + ViewSwitch.label(view) + " view, which explains the mistake";
    }

    private double[][] typedEntries(Question question) {
        double[][] typed = new double[question.answer().rows()][columns];
        for (int i = 0; i < cells.size(); i++) {
            try {
                typed[i / columns][i % columns] = NumberText.parseNumber(cells.get(i).getText(),
                        "Row " + (i / columns + 1) + ", column " + (i % columns + 1));
            } catch (InvalidEditException unreadable) {
                cells.get(i).requestFocus();
                throw unreadable;
            }
        }
        return typed;
    }

    private static int whole(TextField field, String what) {
        try {
            int value = Integer.parseInt(field.getText().strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            field.requestFocus();
            throw new IllegalArgumentException("The number of " + what + " must be a whole number of at least 1.");
        }
    }

    private void showScore() {
        score.setText("Right the first time: " + practice.rightFirstTimeProperty().get() + " of "
                + practice.askedProperty().get() + " this session; " + practice.scores().rightFirstTime() + " of "
                + practice.scores().asked() + " over all sessions.");
    }
}
