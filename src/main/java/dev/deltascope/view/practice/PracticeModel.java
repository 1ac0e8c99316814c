package dev.deltascope.view.practice;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.practice.Exercise;
import dev.deltascope.practice.ExerciseNetworks;
import dev.deltascope.practice.Mistake;
import dev.deltascope.practice.Question;
import dev.deltascope.practice.Verdict;
import dev.deltascope.practice.WidthLimits;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.step.StepperModel;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Practice mode: while it is on, the quantity of each step that computes one (not the cost, not
 * the summary) is hidden until the learner answers it right or asks to see it. When a wrong answer
 * was a recognised mistake that a view of the step explains, the step is revealed in that view.
 * Counts the questions and those right the first time for this session, and adds them to the
 * totals kept across runs.
 */
public final class PracticeModel {

    private final StepperModel stepper;
    private final NetworkEditorModel editor;
    private final PracticeScores scores;

    // Properties
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObjectProperty<WidthLimits> widthLimits = new SimpleObjectProperty<>(this, "widthLimits");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyBooleanWrapper hiding = new ReadOnlyBooleanWrapper(this, "hiding");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper(this, "asked");
    private final ReadOnlyIntegerWrapper rightFirstTime = new ReadOnlyIntegerWrapper(this, "rightFirstTime");
    private final ReadOnlyStringWrapper unsavedScores = new ReadOnlyStringWrapper(this, "unsavedScores", "");
    private final ReadOnlyObjectWrapper<ViewKind> explainingView = new ReadOnlyObjectWrapper<>(this, "explainingView");

    private Derivation derivation;
    private Exercise exercise;
    private final Set<Integer> revealed = new HashSet<>();
    private final Set<Integer> attempted = new HashSet<>();

    public PracticeModel(StepperModel stepper, NetworkEditorModel editor, PracticeScores scores) {
        this.stepper = stepper;
        this.editor = editor;
        this.scores = scores;
        stepper.derivationProperty().addListener((observable, old, derivation) -> exerciseFor(derivation));
        stepper.stepIndexProperty().addListener((observable, old, index) -> follow());
        active.addListener((observable, old, on) -> follow());
        exerciseFor(stepper.derivationProperty().get());
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** The hidden layers' widths for "New exercise", or null to keep the network's shape. */
    public ObjectProperty<WidthLimits> widthLimitsProperty() {
        return widthLimits;
    }

    /** The question of the current step; null when practice is off or the step asks nothing. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** True while the current step's quantity is hidden. */
    public ReadOnlyBooleanProperty hidingProperty() {
        return hiding.getReadOnlyProperty();
    }

    /** The check of the last answer at this step; null before one. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /**
     * The view of this step that explains the first recognised mistake named here, opened when the
     * step is revealed; null before such a mistake or when the step has no such view.
     */
    public ReadOnlyObjectProperty<ViewKind> explainingViewProperty() {
        return explainingView.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rightFirstTimeProperty() {
        return rightFirstTime.getReadOnlyProperty();
    }

    /** Why the totals could not be kept; empty while they can. */
    public ReadOnlyStringProperty unsavedScoresProperty() {
        return unsavedScores.getReadOnlyProperty();
    }

    public PracticeScores scores() {
        return scores;
    }

    // Commands

    public void toggle() {
        active.set(!active.get());
    }

    /** Checks entries typed in a grid of the quantity's shape. */
    public Verdict checkEntries(double[][] typed) {
        return judge(question.get().checkEntries(typed));
    }

    public Verdict checkShape(int rows, int columns) {
        return judge(question.get().checkShape(rows, columns));
    }

    public Verdict checkChoice(int index) {
        return judge(question.get().checkChoice(index));
    }

    /** Shows the quantity without a right answer; a step not yet tried counts as asked and missed. */
    public void reveal() {
        Question current = question.get();
        if (current == null) {
            return;
        }
        count(current, false);
        show(current);
    }

    /** A new network of the same shape (or with hidden widths within the limits) from the next seed, as one undoable edit. */
    public void newExercise() {
        var network = editor.network();
        long seed = network.seed() + 1;
        WidthLimits limits = widthLimits.get();
        editor.replace(limits == null ? ExerciseNetworks.draw(network, seed)
                : ExerciseNetworks.draw(network, seed, limits), "New exercise");
        stepper.first();
    }

    private Verdict judge(Verdict result) {
        Question current = question.get();
        count(current, result.right());
        if (!result.right() && explainingView.get() == null) {
            result.mistakes().stream().map(Mistake::view)
                    .filter(view -> view != null && stepper.step().view(view) != null)
                    .findFirst().ifPresent(explainingView::set);
        }
        verdict.set(result);
        if (result.right()) {
            show(current);
        }
        return result;
    }

    /** Reveals the step, in the view that explains the mistake made there if there is one. */
    private void show(Question current) {
        revealed.add(current.step());
        if (explainingView.get() != null) {
            stepper.viewProperty().set(explainingView.get());
        }
        hiding.set(false);
    }

    private void count(Question current, boolean right) {
        if (attempted.add(current.step())) {
            try {
                scores.record(right);
            } catch (UncheckedIOException unwritable) {
                unsavedScores.set(unwritable.getMessage());
            }
            if (right) {
                rightFirstTime.set(rightFirstTime.get() + 1);
            }
            asked.set(asked.get() + 1);
        }
    }

    private void exerciseFor(Derivation shown) {
        revealed.clear();
        attempted.clear();
        derivation = shown;
        exercise = null;
        follow();
    }

    /** The exercise on the derivation shown, built when practice first needs it. */
    private Exercise exercise() {
        if (exercise == null && derivation != null) {
            exercise = Exercise.of(derivation, derivation.trace().network().seed());
        }
        return exercise;
    }

    private void follow() {
        verdict.set(null);
        explainingView.set(null);
        Question current = active.get() && exercise() != null ? exercise().questionAt(stepper.stepIndex()) : null;
        question.set(current);
        hiding.set(current != null && !revealed.contains(current.step()));
    }
}
