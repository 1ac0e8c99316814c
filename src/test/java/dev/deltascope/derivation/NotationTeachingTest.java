package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words around the numbers: each error and each piece of teaching the notation review asked for. */
class NotationTeachingTest {

    private static Derivation derive(Network network) {
        return DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
    }

    private static Step first(Derivation derivation, StepKind kind) {
        return derivation.steps().stream().filter(step -> step.kind() == kind).findFirst().orElseThrow();
    }

    private static String text(List<String> sentences) {
        return String.join(" ", sentences);
    }

    @Test
    void theMiniBatchErrorIsPerExampleAndMTimesTheGradientOfTheMean() {
        Network xor = Presets.MINI_BATCH.load();
        Derivation derivation = derive(xor);
        Step output = first(derivation, StepKind.OUTPUT_ERROR);
        String words = text(output.explanation());

        assertTrue(words.contains("δ⁽²⁾ᵢ = (∂Cᵢ/∂z⁽²⁾ᵢ)ᵀ"), words);
        assertTrue(words.contains("Δ⁽²⁾ = m ∂C/∂Z⁽²⁾"), words);
        assertFalse(words.contains("Δ⁽²⁾ = ∂C/∂Z⁽²⁾"), words);
        assertEquals("Jacobian chain (example 1)", output.view(ViewKind.JACOBIAN).title());
        assertTrue(output.view(ViewKind.JACOBIAN).matrices().stream().anyMatch(m -> m.name().equals("∂C₁/∂z⁽²⁾")));
        Step hidden = first(derivation, StepKind.BACKWARD);
        assertTrue(text(hidden.explanation()).contains("Δ⁽¹⁾ = m ∂C/∂Z⁽¹⁾"), text(hidden.explanation()));
    }

    @Test
    void theComponentWiseOutputErrorOfABatchDifferentiatesTheCostOfTheExampleShown() {
        Trace trace = Trace.of(Presets.MINI_BATCH.load());
        View component = first(DerivationBuilder.build(trace, NumberStyle.DEFAULT, 1), StepKind.OUTPUT_ERROR)
                .view(ViewKind.COMPONENT);
        String symbolic = LatexLayout.withoutLayout(component.symbolic());

        assertTrue(symbolic.contains("\\frac{\\partial C_{2}}{\\partial a^{(2)}_{j}}"), symbolic);
        assertFalse(symbolic.contains("\\partial C}"), symbolic);
        assertTrue(text(component.explanation()).contains("∂C₂/∂a⁽²⁾ⱼ"), text(component.explanation()));
        assertEquals("Component-wise (example 2)", component.title());
        String single = LatexLayout.withoutLayout(first(derive(TestNetworks.classic()), StepKind.OUTPUT_ERROR)
                .view(ViewKind.COMPONENT).symbolic());
        assertTrue(single.contains("\\frac{\\partial C}{\\partial a^{(2)}_{j}}"), single);
    }

    @Test
    void theSigmoidCrossEntropyCancellationOfABatchIsPerExample() {
        String words = text(first(derive(Presets.MINI_BATCH.load()), StepKind.OUTPUT_ERROR).explanation());

        assertTrue(words.contains("the slope cancels: ∂Cᵢ/∂a⁽²⁾ⱼ = −yⱼ/aⱼ"), words);
    }

    /**
     * In a row convention the Jacobian chain shows the example picked, every factor of it: the row
     * ∂C₃/∂z⁽¹⁾ against column 3 of δ⁽¹⁾ from the VJP method, and the upstream and slopes of example 3
     * in its numbers.
     */
    @Test
    void theJacobianChainOfARowConventionFollowsTheExampleShown() {
        Trace trace = Trace.of(Presets.MINI_BATCH.load());
        int example = 2;
        View jacobian = first(DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.PYTORCH, example),
                StepKind.BACKWARD).view(ViewKind.JACOBIAN);
        NamedMatrix row = jacobian.matrices().get(0);
        Matrix delta = trace.gradients().delta(1);
        MatrixLatex latex = new MatrixLatex(NumberStyle.DEFAULT);

        assertEquals("∂C₃/∂z⁽¹⁾", row.name());
        assertTrue(jacobian.title().endsWith("(example 3)"), jacobian.title());
        for (int j = 0; j < delta.rows(); j++) {
            assertEquals(delta.get(j, example), row.values().get(0, j), 1e-12, "unit " + (j + 1));
        }
        Matrix slope = trace.forward().slope(1);
        for (int j = 0; j < slope.rows(); j++) {
            assertTrue(jacobian.numeric().contains(latex.number(slope.get(j, example))), "σ′(z⁽¹⁾" + (j + 1) + ") of example 3");
        }
    }

    @Test
    void theMiniBatchSymbolGuideAveragesTheErrorsForTheBiasGradient() {
        Network xor = Presets.MINI_BATCH.load();
        Step bias = first(derive(xor), StepKind.BIAS_GRADIENT);
        String location = SymbolGuide.entries(xor, bias, null).stream()
                .filter(entry -> entry.latex().contains("\\partial b")).findFirst().orElseThrow().location();

        assertEquals("Entry j is ∂C/∂b⁽²⁾ⱼ = (1/m) Σᵢ Δ⁽²⁾ⱼᵢ, the mean of row j of Δ⁽²⁾: the matrix (1/m) Δ⁽²⁾ 1.", location);
    }

    @Test
    void theUpstreamOfABatchIsNotCalledTheGradientOfTheMean() {
        Network xor = Presets.MINI_BATCH.load();
        Step hidden = first(derive(xor), StepKind.BACKWARD);
        String meaning = SymbolGuide.entries(xor, hidden, ViewKind.VJP).stream()
                .filter(entry -> entry.latex().contains("\\,\\Delta")).findFirst().orElseThrow().meaning();

        assertTrue(meaning.contains("one column (∂Cᵢ/∂a⁽¹⁾ᵢ)ᵀ per example i"), meaning);
    }

    @Test
    void theNaiveChainNamesTheRunningProductWhoseShapesStopFitting() {
        Network network = TestNetworks.seeded(List.of(3, 1, 2), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.column(0.5, -0.2, 0.1), Matrix.column(0, 1), 5);
        View naive = first(derive(network), StepKind.BACKWARD).view(ViewKind.NAIVE);
        String words = text(naive.explanation());

        assertTrue(words.contains("multiplies the 2 × 3 product of the first 2 factors by a 1 × 1: the inner sizes 3 "
                + "and 1 do not match"), words);
        assertTrue(LatexLayout.withoutLayout(naive.symbolic()).contains("\\textcolor{red}{\\underset{2 \\times 1}{\\delta^{(2)}}} \\cdot "
                + "\\textcolor{red}{\\underset{1 \\times 3}{W^{(1)}}} \\cdot \\textcolor{red}{\\underset{1 \\times 1}{\\sigma'(z^{(1)})}}"), LatexLayout.withoutLayout(naive.symbolic()));
    }

    @Test
    void aSquareWeightMatrixShowsTheSilentMistakeInRedBesideTheTranspose() {
        View naive = derive(TestNetworks.classic()).steps().get(6).view(ViewKind.NAIVE);
        // The published δ² of the classic example and W² = [[0.4, 0.45], [0.5, 0.55]], multiplied by hand.
        double first = 0.4 * 0.138498562 + 0.45 * -0.038098236;
        double second = 0.5 * 0.138498562 + 0.55 * -0.038098236;
        NamedMatrix wrong = naive.matrices().get(naive.matrices().size() - 1);

        assertEquals("W⁽²⁾δ⁽²⁾ (no transpose)", wrong.name());
        assertEquals(first, wrong.values().get(0, 0), 1e-8);
        assertEquals(second, wrong.values().get(1, 0), 1e-8);
        assertTrue(naive.numeric().contains("\\textcolor{red}{W^{(2)}\\,\\delta^{(2)}} = \\textcolor{red}{"), naive.numeric());
        assertTrue(naive.numeric().contains("\\begin{bmatrix}0.03826 \\\\ 0.04830\\end{bmatrix}".replace("0.04830", "0.0483")),
                naive.numeric());
        assertTrue(text(naive.explanation()).contains("Shapes catch only some mistakes"));
        assertTrue(text(naive.explanation()).contains("that is the Jacobian view"));
        assertFalse(text(naive.explanation()).contains("original question"));
    }

    @Test
    void theJacobianViewNamesEachJacobianAndDefinesDeltaAsTheTransposedRow() {
        View jacobian = derive(TestNetworks.classic()).steps().get(6).view(ViewKind.JACOBIAN);
        String words = text(jacobian.explanation());

        assertTrue(words.contains("∂z⁽²⁾/∂a⁽¹⁾ = W⁽²⁾ and ∂a⁽¹⁾/∂z⁽¹⁾ = diag(σ′(z⁽¹⁾))"), words);
        assertTrue(words.contains("δ⁽¹⁾ = (∂C/∂z⁽¹⁾)ᵀ"), words);
        assertTrue(LatexLayout.withoutLayout(jacobian.symbolic()).contains("\\delta^{(1)} = \\nabla_{z^{(1)}} C = \\left(\\frac{\\partial C}"
                + "{\\partial z^{(1)}}\\right)^{\\top}"), LatexLayout.withoutLayout(jacobian.symbolic()));
    }

    @Test
    void softmaxLosesOnlyTheFormThroughSigmaPrimeNotAnElementwiseVjp() {
        Derivation derivation = derive(Presets.SOFTMAX.load());
        for (Step step : derivation.steps()) {
            for (View view : step.views()) {
                assertFalse(text(view.explanation()).contains("no elementwise shortcut exists"), view.title());
            }
        }
        View jacobian = first(derivation, StepKind.OUTPUT_ERROR).view(ViewKind.JACOBIAN);
        assertTrue(text(jacobian.explanation()).contains("the form g ⊙ σ′(z⁽²⁾) does not hold"));
        assertTrue(text(jacobian.explanation()).contains("O(n)"));
    }

    @Test
    void crossEntropyWithSoftmaxDerivesTheCancellation() {
        Step output = first(derive(Presets.SOFTMAX.load()), StepKind.OUTPUT_ERROR);

        assertTrue(LatexLayout.withoutLayout(output.symbolic()).contains("= a^{(2)}_{j}\\sum_{k} y_{k} - y_{j} = a^{(2)}_{j} - y_{j}"),
                LatexLayout.withoutLayout(output.symbolic()));
    }

    @Test
    void theReluPresetSaysWhichUnitIsDeadAndItsGradientsAreExactlyZero() {
        Network relu = Presets.RELU.load();
        Trace trace = Trace.of(relu);
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT);
        int dead = -1;
        for (int l = 1; l < relu.depth() && dead < 0; l++) {
            for (int j = 0; j < relu.size(l); j++) {
                if (trace.forward().z(l).get(j, 0) < 0) {
                    dead = l * 100 + j;
                }
            }
        }
        assertTrue(dead > 0, "the preset has a unit with z < 0");
        int l = dead / 100;
        int j = dead % 100;
        Step backward = derivation.steps().stream()
                .filter(step -> step.kind() == StepKind.BACKWARD && step.layer() == l).findFirst().orElseThrow();
        String words = text(backward.explanation());

        assertTrue(words.contains("Unit " + (j + 1) + " of layer " + l + " is dead"), words);
        assertTrue(words.contains("Strictly, a unit is dead when z ≤ 0 for every input"), words);
        for (int k = 0; k < relu.size(l - 1); k++) {
            assertEquals(0.0, trace.gradients().weightGradient(l).get(j, k));
        }
        assertEquals(0.0, trace.gradients().biasGradient(l).get(j, 0));
        for (int row = 0; row < relu.size(l + 1); row++) {
            assertEquals(0.0, trace.gradients().weightGradient(l + 1).get(row, j));
        }
    }

    @Test
    void deepSigmoidStepsGiveTheRatioOfTheErrorSizes() {
        Network deep = Presets.DEEP_SIGMOID.load();
        Trace trace = Trace.of(deep);
        Step backward = first(DerivationBuilder.build(trace, NumberStyle.DEFAULT), StepKind.BACKWARD);
        int l = backward.layer();
        double ratio = frobenius(trace.gradients().delta(l)) / frobenius(trace.gradients().delta(l + 1));
        String expected = "‖δ⁽" + digits(l) + "⁾‖ / ‖δ⁽" + digits(l + 1) + "⁾‖ = "
                + new dev.deltascope.numbers.NumberFormatter(4).text(ratio) + ": the sigmoid's slope is at most ¼";

        assertTrue(text(backward.explanation()).contains(expected), text(backward.explanation()));
        assertTrue(ratio < 0.25 * 4, "a sigmoid layer shrinks the error here: " + ratio);
    }

    @Test
    void theSummaryCollectsTheFourEquationsAndTheSizeOfEachError() {
        Derivation classic = derive(TestNetworks.classic());
        Step summary = classic.steps().get(classic.steps().size() - 1);

        assertEquals(StepKind.SUMMARY, summary.kind());
        for (String name : List.of("\\text{BP1}", "\\text{BP2}", "\\text{BP3}", "\\text{BP4}")) {
            assertTrue(LatexLayout.withoutLayout(summary.symbolic()).contains(name), name);
        }
        assertTrue(text(summary.explanation()).contains("BP1 is step 6, BP2 steps 7"), text(summary.explanation()));
        // The published errors of the classic example: δ² = (0.138498562, −0.038098236), δ¹ = (0.008771355, 0.009954255).
        assertTrue(summary.numeric().contains("\\lVert \\delta^{(2)} \\rVert = 0.1436"), summary.numeric());
        assertTrue(summary.numeric().contains("\\lVert \\delta^{(1)} \\rVert = 0.01327"), summary.numeric());
        assertEquals(0.1436, Math.hypot(0.138498562, -0.038098236), 5e-5);
        assertEquals(0.01327, Math.hypot(0.008771355, 0.009954255), 5e-6);
    }

    @Test
    void theUpdateSaysTheCostFallsOnlyForASmallEnoughStep() {
        Step update = first(derive(TestNetworks.classic()), StepKind.UPDATE);

        assertTrue(text(update.explanation()).contains("For a small enough η this lowers the cost"));
    }

    @Test
    void activationsAreCalledByTheirOwnNames() {
        Step relu = first(derive(Presets.RELU.load()), StepKind.FORWARD_ACTIVATION);

        assertTrue(LatexLayout.withoutLayout(relu.symbolic()).contains("\\operatorname{ReLU}(x) = \\max(0, x)"), LatexLayout.withoutLayout(relu.symbolic()));
        assertFalse(LatexLayout.withoutLayout(relu.symbolic()).contains("\\sigma(x) = \\max"), LatexLayout.withoutLayout(relu.symbolic()));
    }

    private static String digits(int l) {
        return LayerIndex.digits(l);
    }

    private static double frobenius(Matrix values) {
        double sum = 0;
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.columns(); c++) {
                sum += values.get(r, c) * values.get(r, c);
            }
        }
        return Math.sqrt(sum);
    }
}
