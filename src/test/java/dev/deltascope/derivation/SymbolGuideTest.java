package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SymbolGuideTest {

    private static final Pattern SHAPE = Pattern.compile("(\\d+)×(\\d+)");

    /**
     * One dynamic test per network and convention (every vector and derivative layout, and every named
     * convention with its index style), covering every view of every step: the guide explains each grid
     * with the shape the grid really has in that convention.
     */
    @TestFactory
    Stream<DynamicTest> everyStepAndViewExplainsEveryMatrixItShowsWithItsRealShapeInEveryConvention() {
        List<Convention> conventions = new ArrayList<>(ConventionGridTest.layouts());
        Convention.NAMED.forEach(named -> conventions.add(named.convention()));
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            Network network = named.getValue();
            Trace trace = Trace.of(network);
            for (Convention convention : conventions) {
                tests.add(DynamicTest.dynamicTest(named.getKey() + ", " + convention.summary(), () -> {
                    int example = network.batchSize() - 1;
                    for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention, example).steps()) {
                        for (ViewKind view : viewsOf(step)) {
                            checkStep(network, example, step, view, convention);
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<ViewKind> viewsOf(Step step) {
        return step.views().isEmpty() ? Collections.singletonList(null) : step.views().stream().map(View::kind).toList();
    }

    private static void checkStep(Network network, int example, Step step, ViewKind view, Convention convention) {
        String where = step.title() + " / " + view;
        List<NamedMatrix> shown = view == null ? step.matrices() : step.view(view).matrices();
        List<SymbolEntry> entries = SymbolGuide.entries(network, example, step, view, convention);
        assertFalse(entries.isEmpty(), where + ": no entries");
        for (NamedMatrix matrix : shown) {
            assertTrue(SymbolGuide.knows(network, example, matrix.name(), convention),
                    where + ": the guide does not know " + matrix.name());
            String shape = matrix.values().rows() + "×" + matrix.values().columns();
            assertTrue(entries.stream().anyMatch(entry -> entry.matrix() == matrix && shapes(entry).contains(shape)),
                    where + ": no entry for " + matrix.name() + " stating " + shape);
        }
        for (SymbolEntry entry : entries) {
            assertFalse(entry.meaning().isBlank() || entry.location().isBlank(), where + ": empty " + entry.latex());
            assertTrue(entry.meaning().endsWith(".") && entry.location().endsWith("."),
                    where + ": " + entry.latex() + " does not end its sentences");
            if (entry.matrix() != null) {
                assertTrue(shown.stream().anyMatch(matrix -> matrix == entry.matrix()),
                        where + ": " + entry.latex() + " points at a matrix that is not shown");
                String shape = entry.matrix().values().rows() + "×" + entry.matrix().values().columns();
                for (String stated : shapes(entry)) {
                    assertEquals(shape, stated, where + ": " + entry.latex() + " states a shape its matrix does not have");
                }
            } else {
                for (String stated : shapes(entry)) {
                    assertEquals(operatorShape(entry.latex(), network), stated,
                            where + ": " + entry.latex() + " states a wrong shape");
                }
            }
        }
    }

    /** Every "r×c" an entry's text states. */
    private static List<String> shapes(SymbolEntry entry) {
        List<String> out = new ArrayList<>();
        Matcher matcher = SHAPE.matcher(entry.meaning() + " " + entry.location());
        while (matcher.find()) {
            out.add(matcher.group());
        }
        return out;
    }

    /** The shapes of the symbols without a grid, from their definitions: 1ᵀ is a row of m ones, 1 a column, C one number. */
    private static String operatorShape(String latex, Network network) {
        int m = network.batchSize();
        return switch (latex) {
            case "\\mathbf{1}^{\\top}" -> "1×" + m;
            case "\\mathbf{1}" -> m + "×1";
            case "C" -> "1×1";
            default -> "no shape for " + latex;
        };
    }

    @Test
    void theClassicBackwardStepExplainsTheTransposeTheSlopesAndTheHadamardProduct() {
        Network network = TestNetworks.classic();
        Step step = step(network, StepKind.BACKWARD, 1);
        List<SymbolEntry> entries = SymbolGuide.entries(network, step, ViewKind.VJP);

        assertEquals(List.of("W^{(2)}", "(W^{(2)})^{\\top}", "\\delta^{(2)}", "(W^{(2)})^{\\top}\\,\\delta^{(2)}",
                "\\sigma'(z^{(1)})", "\\operatorname{diag}(\\sigma'(z^{(1)}))", "\\delta^{(1)}", "\\odot"),
                entries.stream().map(SymbolEntry::latex).toList());
        SymbolEntry transposed = entries.get(1);
        assertEquals("W⁽²⁾ with its rows and columns swapped: 2×2, one row per unit of layer 1 and one column per unit "
                + "of layer 2.", transposed.meaning());
        assertEquals("Row k is column k of W⁽²⁾: the weights out of unit k of layer 1. So (W⁽²⁾)ᵀδ⁽²⁾ sends each error of "
                + "layer 2 back along the edges it came through. Entry (k, j) is w⁽²⁾ⱼₖ.", transposed.location());
        SymbolEntry diagonal = entries.get(5);
        assertEquals("The Jacobian ∂a⁽¹⁾/∂z⁽¹⁾ of an elementwise activation: 2×2.", diagonal.meaning());
        assertEquals("σ′(z⁽¹⁾ⱼ) sits at (j, j) on the diagonal and every other entry is 0, because a⁽¹⁾ⱼ depends only on "
                + "z⁽¹⁾ⱼ. Multiplying by it is the same as ⊙ σ′(z⁽¹⁾), so autodiff never builds it.", diagonal.location());
        SymbolEntry delta = entries.get(6);
        assertEquals("The error of layer 1, δ⁽¹⁾ = (∂C/∂z⁽¹⁾)ᵀ, a column: 2×1, one number per unit of layer 1.", delta.meaning());
        assertEquals("Entry j of δ⁽¹⁾ is ∂C/∂z⁽¹⁾ⱼ: how fast the cost changes as unit j's weighted input changes.",
                delta.location());
        assertSame(step.matrices().get(6), delta.matrix());
        assertEquals("Entry j of g ⊙ σ′(z⁽¹⁾) is gⱼ σ′(z⁽¹⁾ⱼ): each unit's number times its own slope, nothing mixed "
                + "across units. It equals multiplying by diag(σ′(z⁽¹⁾)).", entries.get(7).location());
        assertEquals(null, entries.get(7).matrix());
    }

    @Test
    void theClassicWeightGradientSaysWhereEachNumberSits() {
        Network network = TestNetworks.classic();
        List<SymbolEntry> entries = SymbolGuide.entries(network, step(network, StepKind.WEIGHT_GRADIENT, 2), null);

        assertEquals(List.of(
                new Text("\\delta^{(2)}", "The error of layer 2, δ⁽²⁾ = (∂C/∂z⁽²⁾)ᵀ, a column: 2×1, one number per unit of layer 2.",
                        "Entry j of δ⁽²⁾ is ∂C/∂z⁽²⁾ⱼ: how fast the cost changes as unit j's weighted input changes."),
                new Text("(a^{(1)})^{\\top}", "a⁽¹⁾ laid on its side: 1×2, a row with one number per unit of layer 1.",
                        "Entry k is a⁽¹⁾ₖ. In the outer product δ⁽²⁾(a⁽¹⁾)ᵀ it fills column k of ∂C/∂W⁽²⁾, the gradients of "
                                + "the weights out of unit k of layer 1."),
                new Text("\\frac{\\partial C}{\\partial W^{(2)}}",
                        "The gradient of the cost with respect to W⁽²⁾: 2×2, the same shape as W⁽²⁾.",
                        "Entry (j, k) is ∂C/∂w⁽²⁾ⱼₖ = δ⁽²⁾ⱼ a⁽¹⁾ₖ; it sits exactly where w⁽²⁾ⱼₖ sits in W⁽²⁾.")),
                entries.stream().map(Text::of).toList());
    }

    @Test
    void theWeightsOfTheFirstLayerComeFromTheInputs() {
        Network network = TestNetworks.classic();
        SymbolEntry weights = SymbolGuide.entries(network, step(network, StepKind.FORWARD_LINEAR, 1), null).get(0);

        assertEquals("The weights of layer 1: 2×2, one row per unit of layer 1 and one column per input.",
                weights.meaning());
        assertEquals("Row j holds the weights into unit j of layer 1; column k holds the weights out of input k. "
                + "Entry (j, k) is w⁽¹⁾ⱼₖ, on the edge from input k to unit j of layer 1.", weights.location());
    }

    @Test
    void theEntriesFollowTheChosenView() {
        Network network = TestNetworks.classic();
        Step step = step(network, StepKind.BACKWARD, 1);
        for (View view : step.views()) {
            List<NamedMatrix> pointedAt = SymbolGuide.entries(network, step, view.kind()).stream()
                    .map(SymbolEntry::matrix).filter(matrix -> matrix != null).distinct().toList();
            assertEquals(view.matrices().stream().map(NamedMatrix::name).toList(),
                    pointedAt.stream().map(NamedMatrix::name).toList(), view.kind().toString());
        }
        assertNotEquals(SymbolGuide.entries(network, step, ViewKind.VJP), SymbolGuide.entries(network, step, ViewKind.NAIVE));
    }

    @Test
    void aViewTheStepLacksShowsTheFirstViewAsTheStepPaneDoes() {
        Network network = TestNetworks.classic();
        Step step = step(network, StepKind.BACKWARD, 1);

        assertEquals(ViewKind.VJP, SymbolGuide.shownView(step, ViewKind.SOFTMAX));
        assertEquals(SymbolGuide.entries(network, step, ViewKind.VJP), SymbolGuide.entries(network, step, ViewKind.SOFTMAX));
        assertEquals(null, SymbolGuide.shownView(step(network, StepKind.COST, 2), ViewKind.JACOBIAN));
    }

    @Test
    void aBatchExplainsMAndTheMeanWhereOneExampleDoesNot() {
        Network batch = Presets.MINI_BATCH.load();
        List<String> batchSymbols = SymbolGuide.entries(batch, step(batch, StepKind.WEIGHT_GRADIENT, 1), null).stream()
                .map(SymbolEntry::latex).toList();
        assertTrue(batchSymbols.containsAll(List.of("\\Delta^{(1)}", "(A^{(0)})^{\\top}", "m", "\\frac{1}{4}")),
                batchSymbols.toString());
        SymbolEntry mean = SymbolGuide.entries(batch, step(batch, StepKind.WEIGHT_GRADIENT, 1), null).stream()
                .filter(entry -> entry.latex().equals("\\frac{1}{4}")).findFirst().orElseThrow();
        assertEquals("Δ⁽¹⁾(A⁽⁰⁾)ᵀ adds up the 4 outer products δ⁽¹⁾ᵢ(a⁽⁰⁾ᵢ)ᵀ, one per example i; 1/4 turns the sum into the mean.", mean.location());

        Network single = TestNetworks.classic();
        assertFalse(SymbolGuide.entries(single, step(single, StepKind.WEIGHT_GRADIENT, 1), null).stream()
                .anyMatch(entry -> entry.latex().equals("m")));
    }

    @Test
    void aSoftmaxLayerIsExplainedByItsFullJacobianNotTheDiagonal() {
        Network network = Presets.SOFTMAX.load();
        Step output = step(network, StepKind.OUTPUT_ERROR, 2);
        SymbolEntry jacobian = SymbolGuide.entries(network, output, ViewKind.SOFTMAX).get(0);

        assertEquals("J^{(2)}", jacobian.latex());
        assertEquals("The Jacobian of softmax, J⁽²⁾ = ∂a⁽²⁾/∂z⁽²⁾: 3×3, full rather than diagonal.", jacobian.meaning());
        assertTrue(SymbolGuide.entries(network, output, ViewKind.VJP).stream()
                .noneMatch(entry -> entry.latex().startsWith("\\operatorname{diag}")));
    }

    private static Step step(Network network, StepKind kind, int layer) {
        Derivation derivation = DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
        return derivation.steps().stream().filter(s -> s.kind() == kind && s.layer() == layer).findFirst().orElseThrow();
    }

    /** An entry's three texts, to compare whole entries at once. */
    private record Text(String latex, String meaning, String location) {
        static Text of(SymbolEntry entry) {
            return new Text(entry.latex(), entry.meaning(), entry.location());
        }
    }
}
