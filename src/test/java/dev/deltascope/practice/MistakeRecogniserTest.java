package dev.deltascope.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Activation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MistakeRecogniserTest {

    private static final int DIGITS = 4;
    private static final int[][] WIDTHS = {{3, 3, 3, 3}, {2, 4, 3}, {4, 2, 2, 3}};

    private final Set<Mistake> recognisedEntries = EnumSet.noneOf(Mistake.class);
    private final Set<Mistake> recognisedShapes = EnumSet.noneOf(Mistake.class);
    private final Set<Mistake> recognisedFormulas = EnumSet.noneOf(Mistake.class);

    @Test
    void everyNamedWrongAnswerIsRecognisedAsItselfOnRandomNetworks() {
        long seed = 100;
        for (Activation activation : Activation.all()) {
            for (int batch : new int[] {1, 3}) {
                for (int[] widths : WIDTHS) {
                    for (int repeat = 0; repeat < 3; repeat++) {
                        seed++;
                        Network network = PracticeNetworks.of(activation, widths, batch, seed);
                        checkEveryQuestion(Exercise.of(network, seed, NumberStyle.DEFAULT),
                                activation.name() + " " + java.util.Arrays.toString(widths) + " m=" + batch
                                        + " seed " + seed);
                    }
                }
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD,
                Mistake.WEIGHT_GRADIENT_WITHOUT_TRANSPOSE)), recognisedEntries);
        assertEquals(EnumSet.of(Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD, Mistake.WEIGHT_GRADIENT_WRONG_ORDER,
                Mistake.WEIGHT_GRADIENT_WITHOUT_TRANSPOSE), recognisedShapes);
        assertEquals(EnumSet.allOf(Mistake.class), recognisedFormulas);
    }

    private void checkEveryQuestion(Exercise exercise, String name) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (Question question : exercise.questions()) {
            String where = name + ", step " + (question.step() + 1) + " " + question.stepKind() + " l=" + question.layer();
            Map<Mistake, double[][]> oracle = MistakeOracle.of(exercise.derivation().trace(), question.stepKind(),
                    question.layer());
            List<Mistake> named = question.wrongAnswers().stream().map(WrongAnswer::mistake).toList();
            assertEquals(new ArrayList<>(oracle.keySet()), named, where + ": the mistakes computed");

            Verdict right = question.checkEntries(MistakeOracle.typed(question.answer(), DIGITS));
            assertTrue(right.right() && right.mistakes().isEmpty(), where + ": the right answer, as shown, is right");

            for (Map.Entry<Mistake, double[][]> wrong : oracle.entrySet()) {
                Verdict verdict = question.checkEntries(MistakeOracle.typed(wrong.getValue(), DIGITS));
                if (verdict.right()) {
                    assertTrue(withinTolerance(question.answer(), wrong.getValue()),
                            where + ": " + wrong.getKey() + " taken as right although it differs");
                } else {
                    assertTrue(verdict.mistakes().contains(wrong.getKey()),
                            where + ": " + wrong.getKey() + " recognised, got " + verdict.mistakes());
                    recognisedEntries.add(wrong.getKey());
                }
            }

            double[][] noise = question.answer().toArray();
            for (double[] row : noise) {
                for (int c = 0; c < row.length; c++) {
                    row[c] += (random.nextBoolean() ? 1 : -1) * (0.05 + random.nextDouble()) * (Math.abs(row[c]) + 0.1);
                }
            }
            Verdict unknown = question.checkEntries(MistakeOracle.typed(noise, DIGITS));
            assertTrue(unknown.unknownMistake(), where + ": a random wrong answer is no known mistake, got "
                    + unknown.mistakes());
            assertTrue(unknown.cells().stream().flatMap(List::stream).noneMatch(Boolean::booleanValue),
                    where + ": every cell of the random answer is marked wrong");

            checkShapes(question, exercise.network(), where);
            checkFormulas(question, where);
        }
    }

    private void checkShapes(Question question, Network network, String where) {
        int rows = question.answer().rows();
        int columns = question.answer().columns();
        assertTrue(question.checkShape(rows, columns).right(), where + ": the right shape");
        assertTrue(question.checkShape(rows + 7, columns + 5).unknownMistake(), where + ": a random shape");
        int n = network.size(question.layer());
        int m = network.batchSize();
        if (question.stepKind() == StepKind.OUTPUT_ERROR || question.stepKind() == StepKind.BACKWARD) {
            expectShape(question, n, n, Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD, where);
            expectShape(question, m, m, Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD, where);
        }
        if (question.stepKind() == StepKind.WEIGHT_GRADIENT) {
            expectShape(question, network.size(question.layer() - 1), n, Mistake.WEIGHT_GRADIENT_WRONG_ORDER, where);
            expectShape(question, m, m, Mistake.WEIGHT_GRADIENT_WITHOUT_TRANSPOSE, where);
        }
    }

    private void expectShape(Question question, int rows, int columns, Mistake mistake, String where) {
        Verdict verdict = question.checkShape(rows, columns);
        if (rows == question.answer().rows() && columns == question.answer().columns()) {
            assertTrue(verdict.right(), where + ": " + rows + "×" + columns + " is also the right shape");
            return;
        }
        assertEquals(List.of(mistake), verdict.mistakes(), where + ": the shape " + rows + "×" + columns);
        recognisedShapes.add(mistake);
    }

    private void checkFormulas(Question question, String where) {
        List<FormulaChoice> choices = question.choices();
        assertEquals(choices.isEmpty() ? 0 : 1, choices.stream().filter(FormulaChoice::right).count(),
                where + ": one right formula");
        for (int i = 0; i < choices.size(); i++) {
            Verdict verdict = question.checkChoice(i);
            assertEquals(choices.get(i).right(), verdict.right(), where + ": choice " + choices.get(i).latex());
            if (!verdict.right()) {
                assertEquals(List.of(choices.get(i).mistake()), verdict.mistakes());
                recognisedFormulas.add(choices.get(i).mistake());
            }
        }
    }

    private static boolean withinTolerance(Matrix answer, double[][] values) {
        for (int r = 0; r < answer.rows(); r++) {
            for (int c = 0; c < answer.columns(); c++) {
                if (!Tolerance.accepts(answer.get(r, c), values[r][c], DIGITS)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void coincidingMistakesAreBothNamedInTheDocumentedOrder() {
        Matrix right = Matrix.of(new double[][] {{1, 2}});
        Matrix same = Matrix.of(new double[][] {{3, 4}});
        Question question = new Question(0, StepKind.BACKWARD, 1, QuestionKind.ENTRIES, "\\delta", right, DIGITS,
                List.of(new WrongAnswer(Mistake.ACTIVATION_INSTEAD_OF_SLOPE, same),
                        new WrongAnswer(Mistake.FORGOT_TRANSPOSE, same)),
                List.of(), List.of(), List.of());
        Verdict verdict = question.checkEntries(new double[][] {{3, 4}});
        assertEquals(List.of(Mistake.ACTIVATION_INSTEAD_OF_SLOPE, Mistake.FORGOT_TRANSPOSE), verdict.mistakes());
    }

    @Test
    void aSymmetricSquareWeightMakesTheForgottenTransposeRight() {
        Network network = PracticeNetworks.of(dev.deltascope.model.Sigmoid.INSTANCE, new int[] {2, 2, 2}, 1, 5);
        Matrix symmetric = Matrix.of(new double[][] {{0.4, -0.7}, {-0.7, 0.2}});
        network = network.withLayer(2, new dev.deltascope.model.DenseLayer(symmetric, network.layer(2).biases(),
                network.layer(2).activation()));
        Exercise exercise = Exercise.of(network, 1, NumberStyle.DEFAULT);
        Question hidden = exercise.questions().stream()
                .filter(q -> q.stepKind() == StepKind.BACKWARD).findFirst().orElseThrow();
        Matrix untransposed = hidden.wrongAnswers().stream()
                .filter(w -> w.mistake() == Mistake.FORGOT_TRANSPOSE).findFirst().orElseThrow().values();
        Verdict verdict = hidden.checkEntries(MistakeOracle.typed(untransposed, DIGITS));
        assertTrue(verdict.right(), "W δ = Wᵀ δ when W is symmetric: the right answer wins");
        assertTrue(verdict.mistakes().isEmpty());
    }

    @Test
    void aWrongCellIsMarkedAndTheOthersAreNot() {
        Network network = PracticeNetworks.of(dev.deltascope.model.Tanh.INSTANCE, new int[] {2, 3, 2}, 2, 9);
        Question z = Exercise.of(network, 1, NumberStyle.DEFAULT).questions().get(0);
        double[][] typed = MistakeOracle.typed(z.answer(), DIGITS);
        typed[1][0] += 1;
        Verdict verdict = z.checkEntries(typed);
        assertFalse(verdict.right());
        assertEquals(List.of(List.of(true, true), List.of(false, true), List.of(true, true)), verdict.cells());
    }
}
