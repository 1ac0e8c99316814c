package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No layer index can be read as a power: over every preset and the test networks, every LaTeX
 * string and every plain label of every step, view and symbol-guide entry is searched for a bare
 * number as a superscript. The only ones allowed are true powers (10^{−5} in a number, ‖·‖², tanh²)
 * and the upper limit of a sum.
 */
class LayerNotationTest {

    /** A superscript that is a bare integer: ^{2}, ^2, ^{-5}. */
    private static final Pattern LATEX_POWER = Pattern.compile("\\^\\{?-?\\d+\\}?");
    /** The lower limit of a sum, after which ^{n} is its upper limit. */
    private static final Pattern SUM_FROM_ONE = Pattern.compile("\\\\sum_\\{[a-z]=1\\}$");
    /** A layer index as plain text, which may hold digits: ⁽²⁾, ⁽ˡ⁺¹⁾. */
    private static final Pattern LAYER = Pattern.compile("⁽[⁰¹²³⁴⁵⁶⁷⁸⁹ˡᴸ⁺⁻]+⁾");
    /** A run of Unicode superscript digits. */
    private static final Pattern PLAIN_POWER = Pattern.compile("[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

    @TestFactory
    Stream<DynamicTest> noLayerSuperscriptReadsAsAPower() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            tests.add(DynamicTest.dynamicTest(named.getKey(), () -> {
                Network network = named.getValue();
                Derivation derivation = DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
                for (Step step : derivation.steps()) {
                    for (String latex : latexOf(network, step)) {
                        checkLatex(latex, step);
                    }
                    for (String plain : plainOf(network, step)) {
                        checkPlain(plain, step);
                    }
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theCheckFindsALayerWrittenAsABareSuperscript() {
        Step step = DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT).steps().get(0);
        assertThrowsAssertion(() -> checkLatex("-\\frac{y}{a^{2}}", step));
        assertThrowsAssertion(() -> checkPlain("J²ᵢᵢ = a²ᵢ(1 − a²ᵢ)", step));
        checkLatex("1.5 \\times 10^{-7} + \\left\\| a^{(2)} - y \\right\\|^{2}", step);
        checkPlain("1 − tanh²x and 6.722×10⁻⁵ and a⁽²⁾", step);
    }

    @Test
    void theLayerIndexIsParenthesisedInLatexAndPlainText() {
        assertEquals("^{(2)}", LayerIndex.latex(2));
        assertEquals("⁽¹²⁾", LayerIndex.plain(12));
        assertEquals("^{(l+1)}", LayerIndex.latex("l+1"));
    }

    private static void assertThrowsAssertion(Runnable check) {
        boolean failed;
        try {
            check.run();
            failed = false;
        } catch (AssertionError expected) {
            failed = true;
        }
        assertTrue(failed, "the check let a bare layer superscript through");
    }

    private static void checkLatex(String latex, Step step) {
        Matcher power = LATEX_POWER.matcher(latex);
        while (power.find()) {
            String before = latex.substring(0, power.start());
            boolean allowed = before.endsWith("10") || before.endsWith("\\|") || before.endsWith("\\right\\|")
                    || before.endsWith("\\tanh") || before.endsWith("\\right)") || SUM_FROM_ONE.matcher(before).find();
            assertTrue(allowed, "step " + (step.index() + 1) + " " + step.title() + ": \"" + power.group()
                    + "\" after \"" + tail(before) + "\" reads as a power in " + latex);
        }
    }

    private static void checkPlain(String text, Step step) {
        String plain = LAYER.matcher(text).replaceAll("⁽ˡ⁾");
        Matcher power = PLAIN_POWER.matcher(plain);
        while (power.find()) {
            String before = plain.substring(0, power.start());
            boolean allowed = before.endsWith("10") || before.endsWith("‖") || before.endsWith("tanh");
            assertTrue(allowed, "step " + (step.index() + 1) + " " + step.title() + ": \"" + power.group()
                    + "\" after \"" + tail(before) + "\" reads as a power in " + plain);
        }
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 24));
    }

    private static List<String> latexOf(Network network, Step step) {
        List<String> out = new ArrayList<>(List.of(step.symbolic(), step.numeric()));
        step.terms().forEach(term -> out.add(term.latex()));
        step.matrices().forEach(matrix -> out.add(matrix.latex()));
        for (View view : step.views()) {
            out.add(view.symbolic());
            out.add(view.numeric());
            out.addAll(view.unitFormulas());
            view.matrices().forEach(matrix -> out.add(matrix.latex()));
        }
        for (ViewKind kind : kinds(step)) {
            SymbolGuide.entries(network, step, kind).forEach(entry -> out.add(entry.latex()));
        }
        return out;
    }

    private static List<String> plainOf(Network network, Step step) {
        List<String> out = new ArrayList<>(step.explanation());
        out.add(step.title());
        step.matrices().forEach(matrix -> out.add(matrix.name()));
        for (View view : step.views()) {
            out.add(view.title());
            out.addAll(view.explanation());
            view.matrices().forEach(matrix -> out.add(matrix.name()));
        }
        for (ViewKind kind : kinds(step)) {
            for (SymbolEntry entry : SymbolGuide.entries(network, step, kind)) {
                out.add(entry.meaning());
                out.add(entry.location());
            }
        }
        return out;
    }

    private static List<ViewKind> kinds(Step step) {
        if (step.views().isEmpty()) {
            return List.of(ViewKind.VJP);
        }
        return step.views().stream().map(View::kind).toList();
    }
}
