package dev.deltascope.view.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.practice.Mistake;
import dev.deltascope.practice.Question;
import dev.deltascope.practice.WidthLimits;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.step.StepperModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeModelTest {

    @TempDir
    Path folder;

    private final NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
    private final StepperModel stepper = new StepperModel(editor.networkProperty(), Runnable::run, Runnable::run);

    private PracticeModel practice() {
        return new PracticeModel(stepper, editor, new PracticeScores(folder.resolve("practice.properties")));
    }

    @Test
    void nothingIsHiddenUntilPracticeIsOnAndTheCostAsksNothing() {
        PracticeModel practice = practice();
        assertNull(practice.questionProperty().get());
        assertFalse(practice.hidingProperty().get());
        practice.toggle();
        assertTrue(practice.hidingProperty().get(), "step 1 hides z¹");
        int cost = 2 * editor.network().depth();
        stepper.goTo(cost);
        assertNull(practice.questionProperty().get());
        assertFalse(practice.hidingProperty().get());
        stepper.last();
        assertEquals(StepKind.SUMMARY, stepper.step().kind());
        assertNull(practice.questionProperty().get(), "the summary asks nothing");
        assertFalse(practice.hidingProperty().get());
    }

    @Test
    void aForgottenTransposeRevealsTheStepInTheJacobianChainView() {
        PracticeModel practice = practice();
        practice.toggle();
        stepper.goTo(stepper.steps().stream().filter(step -> step.kind() == StepKind.BACKWARD && step.layer() == 1)
                .findFirst().orElseThrow().index());
        Question hidden = practice.questionProperty().get();
        Matrix untransposed = hidden.wrongAnswers().stream()
                .filter(wrong -> wrong.mistake() == Mistake.FORGOT_TRANSPOSE).findFirst().orElseThrow().values();
        assertEquals(List.of(Mistake.FORGOT_TRANSPOSE), practice.checkEntries(untransposed.toArray()).mistakes(),
                "W⁽²⁾ of the 3-4-4-2 network is 4 × 4, so W⁽²⁾ δ⁽²⁾ has the right shape");
        assertTrue(practice.hidingProperty().get(), "a mistake keeps the step hidden");
        assertEquals(ViewKind.VJP, stepper.viewProperty().get(), "nothing is switched while the step is hidden");
        assertTrue(practice.checkEntries(hidden.answer().toArray()).right());
        assertFalse(practice.hidingProperty().get());
        assertEquals(ViewKind.JACOBIAN, stepper.viewProperty().get(), "the view that explains the transpose");

        stepper.goTo(indexOf(StepKind.OUTPUT_ERROR));
        stepper.viewProperty().set(ViewKind.COMPONENT);
        assertNull(practice.explainingViewProperty().get(), "each step starts without a mistake");
        Question output = practice.questionProperty().get();
        practice.checkEntries(output.answer().toArray());
        assertEquals(ViewKind.COMPONENT, stepper.viewProperty().get(), "a right first answer keeps the chosen view");
    }

    private int indexOf(StepKind kind) {
        return stepper.steps().stream().filter(step -> step.kind() == kind).findFirst().orElseThrow().index();
    }

    @Test
    void showingTheAnswerCountsAsAskedAndMissedOnceAndKeepsTheTotals() {
        PracticeModel practice = practice();
        practice.toggle();
        practice.reveal();
        assertFalse(practice.hidingProperty().get());
        Question first = practice.questionProperty().get();
        practice.checkEntries(first.answer().toArray());
        assertEquals(1, practice.askedProperty().get(), "a step is counted once");
        assertEquals(0, practice.rightFirstTimeProperty().get());
        stepper.next();
        assertTrue(practice.hidingProperty().get(), "the next step hides its own quantity");
        PracticeScores kept = new PracticeScores(folder.resolve("practice.properties"));
        assertEquals(1, kept.asked());
        assertEquals(0, kept.rightFirstTime());
    }

    @Test
    void aNewExerciseKeepsTheShapeOrFollowsTheLimitsAndCanBeUndone() {
        PracticeModel practice = practice();
        Network before = editor.network();
        practice.newExercise();
        Network after = editor.network();
        assertEquals(before.size(1), after.size(1));
        assertEquals(before.size(2), after.size(2));
        assertNotEquals(before.layer(1).weights(), after.layer(1).weights());
        assertEquals(before.seed() + 1, after.seed());
        editor.undo();
        assertEquals(before, editor.network());
        practice.widthLimitsProperty().set(new WidthLimits(1, 2));
        practice.newExercise();
        assertTrue(editor.network().size(1) <= 2 && editor.network().size(2) <= 2);
        assertEquals(before.size(3), editor.network().size(3), "the output keeps its width");
    }
}
