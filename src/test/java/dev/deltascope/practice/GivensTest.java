package dev.deltascope.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.SymbolGuideNetworks;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The givens beside each question are the operands of the step's formula, written as the
 * formula writes them, with the trace's numbers, and never the hidden quantity or its numbers.
 * The expected operands are written out here per step kind, apart from the code that picks them.
 */
class GivensTest {

    @Test
    void theGivensOfTheDefaultNetworkAreTheOperandsOfEachStep() {
        checkEveryQuestion(Presets.DEFAULT, false);
    }

    @Test
    void theGivensOfTheMiniBatchAreTheOperandsOfEachStep() {
        checkEveryQuestion(Presets.MINI_BATCH, true);
    }

    @Test
    /**
     * Through softmax and a linear output too; there ∇ₐC is δ⁽ᴸ⁾ (σ′ = 1), so only σ′ is shown.
     * Softmax over a batch is written for each example (δ⁽ˡ⁺¹⁾), its givens are the batch's Δ⁽ˡ⁺¹⁾, A⁽ᴸ⁾, Y.
     */
    void everyErrorStepOfTheTestNetworksHasGivensFromItsFormula() {
        int checked = 0;
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            Exercise exercise = Exercise.of(named.getValue(), 3, NumberStyle.DEFAULT);
            for (Question question : exercise.questions()) {
                Step step = exercise.derivation().steps().get(question.step());
                String where = named.getKey() + ", step " + (question.step() + 1) + " " + step.title();
                if (question.stepKind() == StepKind.OUTPUT_ERROR || question.stepKind() == StepKind.BACKWARD) {
                    assertFalse(question.givens().isEmpty(), where + ": no givens");
                }
                boolean perExample = step.symbolic().contains("for each example");
                for (NamedMatrix given : question.givens()) {
                    String written = perExample ? given.latex().replace("\\Delta", "\\delta").replace("A^{", "a^{")
                            .replace("Y", "y") : given.latex();
                    assertTrue(step.symbolic().contains(written), where + ": " + written
                            + " is not in the step's formula " + step.symbolic());
                    assertFalse(given.values().equals(question.answer()), where + ": " + given.latex());
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "givens checked: " + checked);
    }

    private static void checkEveryQuestion(Preset preset, boolean batch) {
        Network network = preset.load();
        Trace trace = Trace.withoutCheck(network);
        Exercise exercise = Exercise.of(network, 7, NumberStyle.DEFAULT);
        int checked = 0;
        for (Question question : exercise.questions()) {
            Step step = exercise.derivation().steps().get(question.step());
            String where = preset.id() + ", step " + (question.step() + 1) + " " + step.title();
            Map<String, Matrix> expected = operands(question, trace, batch);
            assertEquals(List.copyOf(expected.keySet()), question.givens().stream().map(NamedMatrix::latex).toList(),
                    where);
            for (NamedMatrix given : question.givens()) {
                assertTrue(step.symbolic().contains(given.latex()), where + ": " + given.latex()
                        + " is not in the step's formula " + step.symbolic());
                assertEquals(expected.get(given.latex()), given.values(), where + ": numbers of " + given.latex());
                assertFalse(given.values().equals(question.answer()), where + ": " + given.latex() + " is the answer");
                checked++;
            }
        }
        assertTrue(checked > 20, "givens checked: " + checked);
    }

    /** What each step kind's formula computes its quantity from, with the trace's numbers. */
    private static Map<String, Matrix> operands(Question question, Trace trace, boolean batch) {
        int l = question.layer();
        Network network = trace.network();
        String a = batch ? "A" : "a";
        String delta = batch ? "\\Delta" : "\\delta";
        String z = batch ? "Z" : "z";
        Map<String, Matrix> out = new LinkedHashMap<>();
        switch (question.stepKind()) {
            case FORWARD_LINEAR -> {
                out.put("W^{(" + l + ")}", network.layer(l).weights());
                out.put(a + "^{(" + (l - 1) + ")}", trace.forward().a(l - 1));
                out.put("b^{(" + l + ")}", network.layer(l).biases());
            }
            case FORWARD_ACTIVATION -> out.put(z + "^{(" + l + ")}", trace.forward().z(l));
            case OUTPUT_ERROR -> {
                out.put(batch ? "\\nabla_{a} C_{i}" : "\\nabla_{a} C", trace.gradients().upstream(l));
                out.put("\\sigma'(" + z + "^{(" + l + ")})", trace.forward().slope(l));
            }
            case BACKWARD -> {
                out.put("(W^{(" + (l + 1) + ")})^{\\top}", network.layer(l + 1).weights().transpose());
                out.put(delta + "^{(" + (l + 1) + ")}", trace.gradients().delta(l + 1));
                out.put("\\sigma'(" + z + "^{(" + l + ")})", trace.forward().slope(l));
            }
            case WEIGHT_GRADIENT -> {
                out.put(delta + "^{(" + l + ")}", trace.gradients().delta(l));
                out.put("(" + a + "^{(" + (l - 1) + ")})^{\\top}", trace.forward().a(l - 1).transpose());
            }
            case BIAS_GRADIENT -> {
                if (batch) {
                    out.put(delta + "^{(" + l + ")}", trace.gradients().delta(l));
                }
            }
            case UPDATE -> {
                out.put("W^{(" + l + ")}", network.layer(l).weights());
                out.put("\\eta", Matrix.of(new double[][] {{network.learningRate()}}));
                out.put("\\frac{\\partial C}{\\partial W^{(" + l + ")}}", trace.gradients().weightGradient(l));
            }
            case COST, SUMMARY -> throw new AssertionError("asked at " + question.stepKind());
        }
        return out;
    }
}
