package dev.deltascope.practice;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One hidden quantity: the step of the derivation that shows it, what the learner gives, the
 * right answer and the known wrong ones.
 *
 * @param step the index of the derivation step that reveals the quantity, from 0
 * @param stepKind what that step computes
 * @param layer the layer l it is about
 * @param kind what the learner gives
 * @param name the quantity's name as LaTeX, as the derivation writes it
 * @param answer the right entries, read from the trace
 * @param significantDigits d, the digits shown, which set the {@link Tolerance}
 * @param wrongAnswers named wrong entries of the same shape
 * @param wrongShapes named wrong shapes
 * @param choices candidate formulas in the order shown, the right one among them; empty unless
 *     the step has wrong formulas to choose from
 * @param givens the operands of the step's formula with their numbers, shown beside the question;
 *     never the quantity or anything with its numbers
 */
public record Question(int step, StepKind stepKind, int layer, QuestionKind kind, String name, Matrix answer,
        int significantDigits, List<WrongAnswer> wrongAnswers, List<WrongShape> wrongShapes,
        List<FormulaChoice> choices, List<NamedMatrix> givens) {

    public Question {
        Objects.requireNonNull(stepKind, "stepKind");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(answer, "answer");
        wrongAnswers = List.copyOf(wrongAnswers);
        wrongShapes = List.copyOf(wrongShapes);
        choices = List.copyOf(choices);
        givens = List.copyOf(givens);
        if (kind == QuestionKind.FORMULA && choices.stream().noneMatch(FormulaChoice::right)) {
            throw new IllegalArgumentException("choices: a formula question needs the right formula among them");
        }
    }

    /** Entries typed in a grid of the answer's shape (rows of columns). */
    public Verdict checkEntries(double[][] typed) {
        if (typed.length != answer.rows() || (typed.length > 0 && typed[0].length != answer.columns())) {
            throw new IllegalArgumentException("typed: must be " + answer.shape() + ", was " + typed.length + "×"
                    + (typed.length == 0 ? 0 : typed[0].length));
        }
        List<List<Boolean>> cells = new ArrayList<>();
        boolean right = true;
        for (int r = 0; r < answer.rows(); r++) {
            List<Boolean> row = new ArrayList<>();
            for (int c = 0; c < answer.columns(); c++) {
                boolean cell = Tolerance.accepts(answer.get(r, c), typed[r][c], significantDigits);
                row.add(cell);
                right &= cell;
            }
            cells.add(row);
        }
        List<Mistake> mistakes = new ArrayList<>();
        if (!right) {
            for (WrongAnswer wrong : wrongAnswers) {
                if (matches(wrong.values(), typed) && !mistakes.contains(wrong.mistake())) {
                    mistakes.add(wrong.mistake());
                }
            }
        }
        return new Verdict(right, mistakes, cells);
    }

    /** A shape typed as rows × columns. */
    public Verdict checkShape(int rows, int columns) {
        if (rows == answer.rows() && columns == answer.columns()) {
            return new Verdict(true, List.of(), List.of());
        }
        List<Mistake> mistakes = new ArrayList<>();
        for (WrongShape wrong : wrongShapes) {
            if (wrong.rows() == rows && wrong.columns() == columns && !mistakes.contains(wrong.mistake())) {
                mistakes.add(wrong.mistake());
            }
        }
        return new Verdict(false, mistakes, List.of());
    }

    /** The formula picked, by its position in {@link #choices()}. */
    public Verdict checkChoice(int index) {
        FormulaChoice picked = choices.get(index);
        return new Verdict(picked.right(), picked.right() ? List.of() : List.of(picked.mistake()), List.of());
    }

    private boolean matches(Matrix wrong, double[][] typed) {
        if (wrong.rows() != answer.rows() || wrong.columns() != answer.columns()) {
            return false;
        }
        for (int r = 0; r < wrong.rows(); r++) {
            for (int c = 0; c < wrong.columns(); c++) {
                if (!Tolerance.accepts(wrong.get(r, c), typed[r][c], significantDigits)) {
                    return false;
                }
            }
        }
        return true;
    }
}
