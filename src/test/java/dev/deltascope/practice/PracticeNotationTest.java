package dev.deltascope.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.SymbolGuideNetworks;
import dev.deltascope.derivation.View;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Practice writes the derivation's notation: every layer as a parenthesised superscript, never a
 * bare one that reads as a power, and the right candidate formula names each quantity as the
 * step that reveals it does. Checked over every preset and test network (the softmax classifier
 * and the mini-batch among them), in the questions, the candidates, the sheet and the key.
 */
class PracticeNotationTest {

    /** A superscript that is a bare integer: ^{2}, ^2, ^{-5}. */
    private static final Pattern BARE_POWER = Pattern.compile("\\^\\{?-?\\d+\\}?");
    /** The lower limit of a sum, after which ^{m} is its upper limit. */
    private static final Pattern SUM_FROM_ONE = Pattern.compile("\\\\sum_\\{[a-z]=1\\}$");
    /** A letter or command with its layer: W^{(2)}, \delta^{(1)}, \Delta^{(0)}. */
    private static final Pattern LAYERED = Pattern.compile("\\\\?[A-Za-z]+\\^\\{\\(\\d+\\)\\}");
    /** The cost's gradient with respect to the output, of one example or of example i. */
    private static final Pattern OUTPUT_GRADIENT = Pattern.compile("\\\\nabla_\\{[aA]\\} C(_\\{i\\})?");

    @Test
    void everyQuestionAndCandidateWritesLayersInParentheses() {
        int candidates = 0;
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            Exercise exercise = Exercise.of(named.getValue(), 3, NumberStyle.DEFAULT);
            for (Question question : exercise.questions()) {
                String where = named.getKey() + ", step " + (question.step() + 1);
                noBarePower(question.name(), where);
                for (FormulaChoice choice : question.choices()) {
                    noBarePower(choice.latex(), where);
                    assertTrue(LAYERED.matcher(choice.latex()).find(), where + ": a layer in " + choice.latex());
                    candidates++;
                }
            }
        }
        assertTrue(candidates > 100, "candidates checked: " + candidates);
    }

    @Test
    void theRightCandidateNamesEachQuantityAsItsStepDoes() {
        int checked = 0;
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            Network network = named.getValue();
            Exercise exercise = Exercise.of(network, 3, NumberStyle.DEFAULT);
            for (Question question : exercise.questions()) {
                Step step = exercise.derivation().steps().get(question.step());
                String shown = stepLatex(step);
                for (FormulaChoice choice : question.choices().stream().filter(FormulaChoice::right).toList()) {
                    String where = named.getKey() + ", step " + (question.step() + 1) + " " + step.title();
                    for (String symbol : symbols(choice.latex())) {
                        assertTrue(shown.contains(symbol), where + ": " + symbol + " of " + choice.latex()
                                + " is not how the step writes it");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "symbols checked: " + checked);
    }

    @Test
    void theSheetAndKeyWriteLayersInParentheses() {
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            List<Exercise> exercises = List.of(Exercise.of(named.getValue(), 5, NumberStyle.DEFAULT));
            String sheet = ExerciseSheet.sheet(exercises, "notation");
            String key = ExerciseSheet.key(exercises, "notation");
            noBarePower(sheet, named.getKey() + " sheet");
            noBarePower(key, named.getKey() + " key");
            assertTrue(key.contains("^{(1)}"), named.getKey() + ": the key names layer 1 as ^{(1)}");
        }
    }

    @Test
    void theCheckFindsALayerWrittenAsABareSuperscript() {
        assertThrowsAssertion(() -> noBarePower("\\delta^{1} = \\nabla_{a} C", "test"));
        assertThrowsAssertion(() -> noBarePower("W^2", "test"));
        noBarePower("6.722 \\times 10^{-5} + \\left\\| a^{(2)} - y \\right\\|^{2}", "test");
        assertEquals(List.of("\\delta^{(2)}", "W^{(3)}", "\\nabla_{a} C_{i}"),
                symbols("\\delta^{(2)} = (W^{(3)})^{\\top} \\nabla_{a} C_{i}"));
    }

    private static void noBarePower(String latex, String where) {
        Matcher power = BARE_POWER.matcher(latex);
        while (power.find()) {
            String before = latex.substring(0, power.start());
            boolean allowed = before.endsWith("10") || before.endsWith("\\|") || before.endsWith("\\right\\|")
                    || SUM_FROM_ONE.matcher(before).find();
            assertTrue(allowed, where + ": \"" + power.group() + "\" after \""
                    + before.substring(Math.max(0, before.length() - 24)) + "\" reads as a power");
        }
    }

    /** The layered symbols and the output gradient of a formula, in order. */
    private static List<String> symbols(String latex) {
        List<String> out = new ArrayList<>();
        Matcher layered = LAYERED.matcher(latex);
        while (layered.find()) {
            out.add(layered.group());
        }
        Matcher gradient = OUTPUT_GRADIENT.matcher(latex);
        while (gradient.find()) {
            out.add(gradient.group());
        }
        return out;
    }

    /** Everything the step writes in symbols: its formula and its views'. */
    private static String stepLatex(Step step) {
        StringBuilder out = new StringBuilder(step.symbolic());
        for (View view : step.views()) {
            out.append(' ').append(view.symbolic());
        }
        return out.toString();
    }

    private static void assertThrowsAssertion(Runnable check) {
        boolean passed;
        try {
            check.run();
            passed = true;
        } catch (AssertionError expected) {
            passed = false;
        }
        assertFalse(passed, "the check let a bare layer superscript through");
    }
}
