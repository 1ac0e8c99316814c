package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.ViewKind;
import dev.deltascope.model.Matrix;
import dev.deltascope.practice.Mistake;
import dev.deltascope.practice.Question;
import dev.deltascope.practice.QuestionKind;
import dev.deltascope.practice.WrongAnswer;
import dev.deltascope.view.practice.PracticeScores;
import dev.deltascope.view.step.MatrixGridView;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Practice mode as a learner uses it: Ctrl+P, type a grid with Tab and Enter, read the feedback and the score. */
@ExtendWith(ApplicationExtension.class)
class PracticeModeTest {

    /** Set to a PNG path to write the screenshot of a recognised mistake that the README shows. */
    private static final String SCREENSHOT = System.getProperty("deltascope.practiceScreenshot");

    @TempDir
    static Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @Test
    void aRecognisedMistakeIsNamedThenTheRightAnswerRevealsTheStepAndCounts(FxRobot robot) throws IOException {
        PracticeScores before = PracticeScores.inConfigDirectory();
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertTrue(window.practice().activeProperty().get(), "Ctrl+P turns practice mode on");
        Question question = goToEntriesQuestionWith(robot, Mistake.ACTIVATION_INSTEAD_OF_SLOPE);
        assertTrue(window.practice().hidingProperty().get());
        assertFalse(window.stepPane().isVisible(), "the step is hidden until answered");
        assertFalse(robot.lookup("#network-diagram").query().isVisible(), "the diagram's δ would give it away");
        assertFalse(isShown(robot.lookup("#shared-scale").query()), "and its bar, which sets nothing shown");
        assertGivensShown(robot, question);

        Matrix wrong = question.wrongAnswers().stream().filter(w -> w.mistake() == Mistake.ACTIVATION_INSTEAD_OF_SLOPE)
                .map(WrongAnswer::values).findFirst().orElseThrow();
        typeGrid(robot, wrong);
        String feedback = robot.lookup("#practice-feedback").queryAs(Label.class).getText();
        assertTrue(feedback.contains(Mistake.ACTIVATION_INSTEAD_OF_SLOPE.description()), feedback);
        assertEquals(Mistake.ACTIVATION_INSTEAD_OF_SLOPE.hint(),
                robot.lookup("#practice-hint").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#practice-cell-0-0").queryAs(TextField.class).getStyleClass().contains("practice-wrong"));
        assertFalse(window.stepPane().isVisible(), "a wrong answer keeps the step hidden");
        WaitForAsyncUtils.waitForFxEvents();
        assertInView(robot.lookup("#practice-hint").query(), robot.lookup("#practice-pane").query());
        if (SCREENSHOT != null) {
            robot.interact(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null), "png",
                            Path.of(SCREENSHOT).toFile());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        typeGrid(robot, question.answer());
        assertEquals("Right. It is shown below in the VJP / Hadamard view, which explains the mistake.",
                robot.lookup("#practice-feedback").queryAs(Label.class).getText());
        assertEquals(ViewKind.VJP, window.stepper().viewProperty().get());
        assertTrue(robot.lookup("#practice-cell-0-0").queryAs(TextField.class).getStyleClass().contains("practice-right"));
        assertTrue(window.stepPane().isVisible(), "the right answer shows the step");
        assertTrue(robot.lookup("#network-diagram").query().isVisible());
        assertTrue(isShown(robot.lookup("#shared-scale").query()));
        assertFalse(isShown(robot.lookup("#practice-givens").query()), "the givens go with the question");
        assertInView(robot.lookup("#practice-score").query(), robot.lookup("#practice-pane").query());
        assertEquals(0, window.practice().rightFirstTimeProperty().get(), "wrong the first time");
        assertEquals(1, window.practice().askedProperty().get());

        Question next = goToEntriesQuestionAfter(robot, question.step());
        typeGrid(robot, next.answer());
        assertEquals("Right.", robot.lookup("#practice-feedback").queryAs(Label.class).getText());
        assertEquals(1, window.practice().rightFirstTimeProperty().get());
        assertEquals(2, window.practice().askedProperty().get());
        assertTrue(robot.lookup("#practice-score").queryAs(Label.class).getText()
                .startsWith("Right the first time: 1 of 2 this session"));

        PracticeScores after = PracticeScores.inConfigDirectory();
        assertEquals(before.asked() + 2, after.asked(), "the totals are kept in the config folder");
        assertEquals(before.rightFirstTime() + 1, after.rightFirstTime());
    }

    @Test
    void anUnreadableEntryIsReportedWithoutLosingTheOthers(FxRobot robot) {
        robot.interact(() -> window.practice().activeProperty().set(true));
        Question question = goToEntriesQuestionWith(robot, null);
        robot.clickOn("#practice-cell-0-0").write("0.5");
        robot.type(KeyCode.TAB).write("x1").type(KeyCode.ENTER);
        String feedback = robot.lookup("#practice-feedback").queryAs(Label.class).getText();
        assertTrue(feedback.startsWith("Row 1, column 2: “x1” is not a number")
                || feedback.startsWith("Row 2, column 1: “x1” is not a number"), feedback);
        assertEquals("0.5", robot.lookup("#practice-cell-0-0").queryAs(TextField.class).getText());
        assertEquals(0, window.practice().askedProperty().get(), "an unreadable answer is not counted");
        assertTrue(question.answer().rows() > 0);
    }

    @Test
    void aWrongFormulaAndAWrongShapeAreNamed(FxRobot robot) {
        robot.interact(() -> window.practice().activeProperty().set(true));
        Question formula = goTo(robot, QuestionKind.FORMULA);
        int wrong = 0;
        while (formula.choices().get(wrong).right()) {
            wrong++;
        }
        robot.clickOn("#practice-choice-" + wrong).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String feedback = robot.lookup("#practice-feedback").queryAs(Label.class).getText();
        assertTrue(feedback.contains(formula.choices().get(wrong).mistake().description()), feedback);
        if (SCREENSHOT != null) {
            snapshot(Path.of(SCREENSHOT).resolveSibling("practice-formula.png"));
        }

        Question shape = goTo(robot, QuestionKind.SHAPE);
        int rows = shape.wrongShapes().get(0).rows();
        int columns = shape.wrongShapes().get(0).columns();
        robot.clickOn("#practice-rows").write(Integer.toString(rows)).type(KeyCode.TAB)
                .write(Integer.toString(columns)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        feedback = robot.lookup("#practice-feedback").queryAs(Label.class).getText();
        assertTrue(feedback.contains(shape.wrongShapes().get(0).mistake().description()), feedback);
    }

    /** The first step asking for this kind (a shape with a wrong shape unlike the right one), drawing new exercises until one does. */
    private Question goTo(FxRobot robot, QuestionKind kind) {
        for (int exercise = 0; exercise < 10; exercise++) {
            for (int step = 0; step < window.stepper().steps().size(); step++) {
                int index = step;
                robot.interact(() -> window.stepper().goTo(index));
                Question question = window.practice().questionProperty().get();
                if (question != null && question.kind() == kind && (kind != QuestionKind.SHAPE
                        || !question.wrongShapes().isEmpty() && question.wrongShapes().get(0).rows()
                                != question.answer().rows())) {
                    return question;
                }
            }
            robot.interact(() -> window.practice().newExercise());
        }
        throw new AssertionError("no step of ten exercises asks for " + kind);
    }

    private void snapshot(Path file) {
        robot().interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private Question goToEntriesQuestionWith(FxRobot robot, Mistake mistake) {
        for (int step = 0; step < window.stepper().steps().size(); step++) {
            int index = step;
            robot.interact(() -> window.stepper().goTo(index));
            Question question = window.practice().questionProperty().get();
            if (question != null && question.kind() == QuestionKind.ENTRIES && (mistake == null
                    || question.wrongAnswers().stream().anyMatch(w -> w.mistake() == mistake))) {
                return question;
            }
        }
        throw new AssertionError("no step asks for entries with " + mistake);
    }

    private Question goToEntriesQuestionAfter(FxRobot robot, int after) {
        for (int step = after + 1; step < window.stepper().steps().size(); step++) {
            int index = step;
            robot.interact(() -> window.stepper().goTo(index));
            Question question = window.practice().questionProperty().get();
            if (question != null && question.kind() == QuestionKind.ENTRIES) {
                return question;
            }
        }
        throw new AssertionError("no later step asks for entries");
    }

    /** The step's operands are shown as grids with their names and numbers; the hidden quantity is not among them. */
    private static void assertGivensShown(FxRobot robot, Question question) {
        assertFalse(question.givens().isEmpty(), "a step asking for δ has operands to show");
        assertTrue(isShown(robot.lookup("#practice-givens").query()));
        String title = robot.lookup("#practice-given-title").queryAs(Label.class).getText();
        var grids = robot.lookup("#practice-givens").queryAs(javafx.scene.layout.FlowPane.class).getChildren();
        assertEquals(question.givens().size(), grids.size());
        for (int i = 0; i < grids.size(); i++) {
            MatrixGridView grid = (MatrixGridView) grids.get(i);
            assertTrue(title.contains(question.givens().get(i).name()), title);
            assertTrue(grid.getHeight() > 0, "grid " + i + " is laid out");
            assertFalse(question.givens().get(i).values().equals(question.answer()), "a given is the answer");
        }
        assertFalse(robot.lookup(".matrix-caption").queryAllAs(Label.class).stream().filter(PracticeModeTest::isShown)
                .anyMatch(caption -> caption.getText().startsWith(plainName(question))), "the hidden quantity is shown");
    }

    /** δ⁽¹⁾ from \\delta^{(1)}: the name the grids' captions would give the hidden quantity. */
    private static String plainName(Question question) {
        return question.name().replace("\\delta", "δ").replace("\\Delta", "Δ").replace("^{(1)}", "⁽¹⁾")
                .replace("^{(2)}", "⁽²⁾").replace("^{(3)}", "⁽³⁾");
    }

    /** The node lies inside the viewport's bounds on screen, so a person can read it without scrolling. */
    private static void assertInView(Node node, Node viewport) {
        var shown = viewport.localToScene(viewport.getLayoutBounds());
        var bounds = node.localToScene(node.getLayoutBounds());
        assertTrue(bounds.getHeight() > 0 && bounds.getMaxY() <= shown.getMaxY() + 0.5 && bounds.getMinY() >= shown.getMinY(),
                node.getId() + " at " + bounds + " is outside " + shown);
    }

    /** True when the node and every parent of it are visible. */
    private static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Types every entry as the window shows it (4 significant digits), Tab between cells, Enter to check. */
    private static void typeGrid(FxRobot robot, Matrix values) {
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.columns(); c++) {
                String id = "#practice-cell-" + r + "-" + c;
                if (r == 0 && c == 0) {
                    robot.clickOn(id);
                } else {
                    robot.type(KeyCode.TAB);
                }
                TextField cell = robot.lookup(id).queryAs(TextField.class);
                assertTrue(cell.isFocused(), "Tab reaches " + id);
                robot.interact(cell::clear);
                robot.write(new BigDecimal(values.get(r, c)).round(new MathContext(4, RoundingMode.HALF_UP))
                        .toPlainString());
            }
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
