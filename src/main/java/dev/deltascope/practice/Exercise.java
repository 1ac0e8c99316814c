package dev.deltascope.practice;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A network's derivation with one quantity hidden at every step that computes one: its shape, its
 * entries or its formula, chosen from the seed. The same network and seed give the same exercise.
 * The cost and the summary ask nothing: the cost is one number the learner cannot get wrong in an
 * instructive way, and the summary only gathers BP1–BP4, each of which was asked at its own step.
 */
public record Exercise(Derivation derivation, long seed, List<Question> questions) {

    /** Of a hundred questions, about this many ask for a shape; about as many again for a formula where there is one. */
    private static final int SHAPE_PERCENT = 20;
    private static final int FORMULA_PERCENT = 30;

    public Exercise {
        Objects.requireNonNull(derivation, "derivation");
        questions = List.copyOf(questions);
    }

    /** The exercise on this network, its numbers shown to the style's significant digits. */
    public static Exercise of(Network network, long seed, NumberStyle style) {
        return of(DerivationBuilder.build(Trace.withoutCheck(network), style), seed);
    }

    /** The exercise on a derivation already built, as the window has one. */
    public static Exercise of(Derivation derivation, long seed) {
        Trace trace = derivation.trace();
        Network network = trace.network();
        NumberStyle style = derivation.style();
        Network updated = GradientDescent.step(network, trace.gradients());
        Random random = Seeds.random(seed);
        List<Question> questions = new ArrayList<>();
        for (Step step : derivation.steps()) {
            if (!asks(step.kind())) {
                continue;
            }
            int l = step.layer();
            List<FormulaChoice> choices = FormulaChoices.of(network, step.kind(), l, random);
            List<WrongShape> shapes = WrongShapes.of(network, step.kind(), l);
            QuestionKind kind = kind(random.nextInt(100), !shapes.isEmpty(), !choices.isEmpty());
            Matrix answer = answer(trace, updated, step.kind(), l);
            questions.add(new Question(step.index(), step.kind(), l, kind, step.terms().get(0).latex(), answer,
                    style.significantDigits(), WrongAnswers.of(trace, step.kind(), l), shapes, choices,
                    Givens.of(step, network.learningRate(), answer, style.significantDigits())));
        }
        return new Exercise(derivation, seed, questions);
    }

    /** True when a step of this kind hides a quantity for the learner to give. */
    private static boolean asks(StepKind kind) {
        return kind != StepKind.COST && kind != StepKind.SUMMARY;
    }

    private static QuestionKind kind(int draw, boolean shapes, boolean formulas) {
        if (draw < SHAPE_PERCENT && shapes) {
            return QuestionKind.SHAPE;
        }
        if (draw >= 100 - FORMULA_PERCENT && formulas) {
            return QuestionKind.FORMULA;
        }
        return QuestionKind.ENTRIES;
    }

    /** The quantity a step computes, read from the trace (W^l after the update from the model's step). */
    private static Matrix answer(Trace trace, Network updated, StepKind kind, int l) {
        return switch (kind) {
            case FORWARD_LINEAR -> trace.forward().z(l);
            case FORWARD_ACTIVATION -> trace.forward().a(l);
            case OUTPUT_ERROR, BACKWARD -> trace.gradients().delta(l);
            case WEIGHT_GRADIENT -> trace.gradients().weightGradient(l);
            case BIAS_GRADIENT -> trace.gradients().biasGradient(l);
            case UPDATE -> updated.layer(l).weights();
            case COST, SUMMARY -> throw new IllegalArgumentException("kind: " + kind + " is not asked");
        };
    }

    public Network network() {
        return derivation.trace().network();
    }

    /** The question revealed at derivation step {@code step}, or null when that step asks nothing. */
    public Question questionAt(int step) {
        for (Question question : questions) {
            if (question.step() == step) {
                return question;
            }
        }
        return null;
    }
}
