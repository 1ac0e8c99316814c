package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact text of steps of small networks worked by hand. For the classic 2-2-2 example the
 * figures are its published ones (a⁽¹⁾ = 0.593269992, 0.596884378; a⁽²⁾ = 0.75136507, 0.772928465;
 * C = 0.298371109; ∂C/∂w = 0.082167041 …; new W⁽²⁾ = 0.35891648 …) rounded to 4 significant digits.
 */
class WorkedDerivationTest {

    private static final String B = "\\begin{bmatrix}";
    private static final String E = "\\end{bmatrix}";

    private final Derivation classic = DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT);

    @Test
    void firstWeightedInputShowsItsShapesAndItsNumbers() {
        Step step = classic.steps().get(0);
        assertEquals("\\underset{2 \\times 1}{z^{(1)}} = \\underset{2 \\times 2}{W^{(1)}}\\,\\underset{2 \\times 1}{a^{(0)}}"
                + " + \\underset{2 \\times 1}{b^{(1)}}", LatexLayout.withoutLayout(step.symbolic()));
        assertEquals("z^{(1)} = " + B + "0.15 & 0.2 \\\\ 0.25 & 0.3" + E + B + "0.05 \\\\ 0.1" + E + " + " + B
                + "0.35 \\\\ 0.35" + E + " = " + B + "0.3775 \\\\ 0.3925" + E, step.numeric());
    }

    @Test
    void costIsHalfTheSquaredDistance() {
        assertEquals("C = \\frac{1}{2}\\left\\| " + B + "0.7514 \\\\ 0.7729" + E + " - " + B + "0.01 \\\\ 0.99" + E
                + " \\right\\|^{2} = 0.2984", classic.steps().get(4).numeric());
    }

    @Test
    void outputErrorIsTheCostGradientTimesTheSlope() {
        assertEquals("\\begin{gathered} \\nabla_{a} C = " + B + "0.7514 \\\\ 0.7729" + E + " - " + B + "0.01 \\\\ 0.99"
                + E + " = " + B + "0.7414 \\\\ -0.2171" + E + " \\\\ \\delta^{(2)} = " + B + "0.7414 \\\\ -0.2171" + E
                + " \\odot " + B + "0.1868 \\\\ 0.1755" + E + " = " + B + "0.1385 \\\\ -0.0381" + E
                + " \\end{gathered}", classic.steps().get(5).numeric());
    }

    @Test
    void hiddenErrorCarriesTheOutputErrorBackThroughTheTranspose() {
        Step step = classic.steps().get(6);
        assertEquals(StepKind.BACKWARD, step.kind());
        assertEquals("\\delta^{(1)} = \\left(" + B + "0.4 & 0.5 \\\\ 0.45 & 0.55" + E + B + "0.1385 \\\\ -0.0381" + E
                + "\\right) \\odot " + B + "0.2413 \\\\ 0.2406" + E + " = " + B + "0.03635 \\\\ 0.04137" + E
                + " \\odot " + B + "0.2413 \\\\ 0.2406" + E + " = " + B + "0.008771 \\\\ 0.009954" + E, step.numeric());
        assertEquals("Why the transpose? δ⁽²⁾ lives in layer 2's units; (W⁽²⁾)ᵀ carries it back to layer 1's units.",
                step.explanation().get(0));
    }

    @Test
    void jacobianViewWritesTheDiagonalOutAndTransposesTheRow() {
        View view = classic.steps().get(6).view(ViewKind.JACOBIAN);
        assertEquals("\\begin{gathered} \\frac{\\partial C}{\\partial z^{(1)}} = " + B + "0.1385 & -0.0381" + E + B
                + "0.4 & 0.45 \\\\ 0.5 & 0.55" + E + B + "0.2413 & 0 \\\\ 0 & 0.2406" + E + " = " + B
                + "0.03635 & 0.04137" + E + B + "0.2413 & 0 \\\\ 0 & 0.2406" + E + " = " + B + "0.008771 & 0.009954"
                + E + " \\\\ \\delta^{(1)} = " + B + "0.008771 & 0.009954" + E + "^{\\top} = " + B
                + "0.008771 \\\\ 0.009954" + E + " \\end{gathered}", view.numeric());
    }

    @Test
    void componentViewWritesEachUnitTermByTerm() {
        View view = classic.steps().get(6).view(ViewKind.COMPONENT);
        assertEquals(List.of(
                "\\delta^{(1)}_{1} = \\left(w^{(2)}_{11}\\delta^{(2)}_{1} + w^{(2)}_{21}\\delta^{(2)}_{2}\\right)\\sigma'(z^{(1)}_{1})"
                        + " = \\left(0.4 \\cdot 0.1385 + 0.5 \\cdot (-0.0381)\\right) \\cdot 0.2413 = 0.008771",
                "\\delta^{(1)}_{2} = \\left(w^{(2)}_{12}\\delta^{(2)}_{1} + w^{(2)}_{22}\\delta^{(2)}_{2}\\right)\\sigma'(z^{(1)}_{2})"
                        + " = \\left(0.45 \\cdot 0.1385 + 0.55 \\cdot (-0.0381)\\right) \\cdot 0.2406 = 0.009954"),
                view.unitFormulas());
    }

    @Test
    void naiveViewMarksTheFirstProductWhoseShapesDoNotFit() {
        View view = classic.steps().get(6).view(ViewKind.NAIVE);
        assertEquals("\\begin{gathered} \\delta^{(1)} \\overset{?}{=} \\textcolor{red}{\\underset{2 \\times 1}{\\delta^{(2)}}}"
                + " \\cdot \\textcolor{red}{\\underset{2 \\times 2}{W^{(2)}}} \\cdot \\underset{2 \\times 1}{\\sigma'(z^{(1)})}"
                + "\\quad\\textcolor{red}{\\text{inner sizes } 1 \\neq 2} \\\\ \\delta^{(1)} \\overset{?}{=} "
                + "\\textcolor{red}{\\underset{2 \\times 1}{\\delta^{(2)}}} \\cdot \\textcolor{red}{\\underset{2 \\times 2}{W^{(1)}}} \\cdot "
                + "\\underset{2 \\times 1}{\\sigma'(z^{(1)})}\\quad\\textcolor{red}{\\text{inner sizes } 1 \\neq 2} \\\\ "
                + "\\text{fix}\\quad \\underset{2 \\times 1}{\\delta^{(1)}} = \\left(\\underset{2 \\times 2}{(W^{(2)})^{\\top}}"
                + "\\,\\underset{2 \\times 1}{\\delta^{(2)}}\\right) \\odot \\underset{2 \\times 1}{\\sigma'(z^{(1)})}"
                + " \\end{gathered}", LatexLayout.withoutLayout(view.symbolic()));
    }

    @Test
    void outputWeightGradientIsTheOuterProduct() {
        assertEquals("\\frac{\\partial C}{\\partial W^{(2)}} = " + B + "0.1385 \\\\ -0.0381" + E + B + "0.5933 & 0.5969" + E
                + " = " + B + "0.08217 & 0.08267 \\\\ -0.0226 & -0.02274" + E, classic.steps().get(7).numeric());
    }

    @Test
    void updateGivesThePublishedNewWeights() {
        assertEquals("\\begin{gathered} W^{(2)} \\leftarrow " + B + "0.4 & 0.45 \\\\ 0.5 & 0.55" + E + " - 0.5" + B
                + "0.08217 & 0.08267 \\\\ -0.0226 & -0.02274" + E + " = " + B + "0.3589 & 0.4087 \\\\ 0.5113 & 0.5614" + E
                + " \\\\ b^{(2)} \\leftarrow " + B + "0.6 \\\\ 0.6" + E + " - 0.5" + B + "0.1385 \\\\ -0.0381" + E + " = "
                + B + "0.5308 \\\\ 0.619" + E + " \\end{gathered}", classic.steps().get(11).numeric());
    }

    @Test
    void backwardStepsReportThatTheMethodsAndFiniteDifferencesAgree() {
        for (int index : new int[] {5, 6}) {
            Agreement agreement = classic.steps().get(index).agreement();
            assertTrue(agreement.maxViewDifference() < 1e-15, "step " + index + ": " + agreement);
            assertTrue(agreement.finiteDifferenceRelativeError() < 1e-8, "step " + index + ": " + agreement);
        }
    }

    /** 1-1-1, identity: z⁽¹⁾ = 0.5·2 = 1, z⁽²⁾ = −1·1 = −1, C = ½, δ⁽²⁾ = −1, δ⁽¹⁾ = (−1)(−1)(1) = 1. */
    @Test
    void naiveChainFitsWhenEveryLayerHasOneUnit() {
        Network single = new Network("1-1-1", 1,
                List.of(new DenseLayer(Matrix.column(0.5), Matrix.column(0.0), Identity.INSTANCE),
                        new DenseLayer(Matrix.column(-1.0), Matrix.column(0.0), Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(2.0), Matrix.column(0.0), 0.1, 1);
        Derivation derivation = DerivationBuilder.build(Trace.of(single), NumberStyle.DEFAULT);
        assertEquals("C = \\frac{1}{2}\\left\\| " + B + "-1" + E + " - " + B + "0" + E + " \\right\\|^{2} = 0.5",
                derivation.steps().get(4).numeric());
        View naive = derivation.steps().get(6).view(ViewKind.NAIVE);
        assertTrue(LatexLayout.withoutLayout(naive.symbolic()).startsWith("\\begin{gathered} \\delta^{(1)} \\overset{?}{=} \\underset{1 \\times 1}"
                + "{\\delta^{(2)}} \\cdot \\underset{1 \\times 1}{W^{(2)}} \\cdot \\underset{1 \\times 1}{\\sigma'(z^{(1)})}"
                + "\\quad\\text{fits, every factor is } 1 \\times 1 \\\\ "), LatexLayout.withoutLayout(naive.symbolic()));
        assertTrue(LatexLayout.withoutLayout(naive.symbolic()).contains("{W^{(1)}} \\cdot \\underset{1 \\times 1}{\\sigma'(z^{(1)})}"
                + "\\quad\\textcolor{red}{\\text{wrong weights}}"), LatexLayout.withoutLayout(naive.symbolic()));
        assertTrue(naive.numeric().endsWith("= " + B + "1" + E + " \\end{gathered}"), naive.numeric());
    }

    @Test
    void naiveChainThatFitsButGivesAScalarIsMarked() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.variety().get("2-3-1")),
                NumberStyle.DEFAULT);
        View naive = derivation.steps().get(6).view(ViewKind.NAIVE);
        assertTrue(LatexLayout.withoutLayout(naive.symbolic()).contains("\\textcolor{red}{1 \\times 1 \\neq 3 \\times 1}"), LatexLayout.withoutLayout(naive.symbolic()));
        assertTrue(naive.explanation().get(0).contains("gives a 1 × 1 instead of the 3 × 1 column"),
                naive.explanation().get(0));
    }
}
