package dev.deltascope.derivation;

import static dev.deltascope.derivation.StepKind.BACKWARD;
import static dev.deltascope.derivation.StepKind.BIAS_GRADIENT;
import static dev.deltascope.derivation.StepKind.COST;
import static dev.deltascope.derivation.StepKind.FORWARD_ACTIVATION;
import static dev.deltascope.derivation.StepKind.FORWARD_LINEAR;
import static dev.deltascope.derivation.StepKind.OUTPUT_ERROR;
import static dev.deltascope.derivation.StepKind.SUMMARY;
import static dev.deltascope.derivation.StepKind.UPDATE;
import static dev.deltascope.derivation.StepKind.WEIGHT_GRADIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationStructureTest {

    @Test
    void aThreeLayerNetworkHasTwentyStepsInTheOrderOfTheStory() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.threeFourFourTwo()), NumberStyle.DEFAULT);
        List<String> order = new ArrayList<>();
        for (Step step : derivation.steps()) {
            order.add(step.kind() + " " + step.layer());
        }
        assertEquals(List.of("FORWARD_LINEAR 1", "FORWARD_ACTIVATION 1", "FORWARD_LINEAR 2", "FORWARD_ACTIVATION 2",
                "FORWARD_LINEAR 3", "FORWARD_ACTIVATION 3", "COST 3", "OUTPUT_ERROR 3", "BACKWARD 2", "BACKWARD 1",
                "WEIGHT_GRADIENT 3", "BIAS_GRADIENT 3", "WEIGHT_GRADIENT 2", "BIAS_GRADIENT 2", "WEIGHT_GRADIENT 1",
                "BIAS_GRADIENT 1", "UPDATE 3", "UPDATE 2", "UPDATE 1", "SUMMARY 3"), order);
        for (int i = 0; i < derivation.steps().size(); i++) {
            assertEquals(i, derivation.steps().get(i).index());
        }
    }

    @Test
    void stepsHighlightTheLayersTheyConnect() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.threeFourFourTwo()), NumberStyle.DEFAULT);
        assertEquals(List.of(0, 1), derivation.steps().get(0).layers());
        assertEquals(List.of(1), derivation.steps().get(1).layers());
        assertEquals(List.of(3), derivation.steps().get(7).layers());
        assertEquals(List.of(2, 3), derivation.steps().get(8).layers());
        assertEquals(List.of(1, 2), derivation.steps().get(12).layers());
    }

    @Test
    void onlyErrorStepsHaveViewsAndAnAgreement() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.threeFourFourTwo()), NumberStyle.DEFAULT);
        for (Step step : derivation.steps()) {
            List<ViewKind> kinds = step.views().stream().map(View::kind).toList();
            switch (step.kind()) {
                case OUTPUT_ERROR -> assertEquals(List.of(ViewKind.VJP, ViewKind.JACOBIAN, ViewKind.COMPONENT), kinds);
                case BACKWARD -> assertEquals(
                        List.of(ViewKind.VJP, ViewKind.JACOBIAN, ViewKind.COMPONENT, ViewKind.NAIVE), kinds);
                default -> assertTrue(kinds.isEmpty(), step.title());
            }
            boolean error = step.kind() == OUTPUT_ERROR || step.kind() == BACKWARD;
            if (error) {
                assertNotNull(step.agreement(), step.title());
                assertTrue(step.agreement().maxViewDifference() < 1e-12, step.title());
                assertTrue(step.agreement().finiteDifferenceRelativeError() < 1e-6, step.title());
            } else {
                assertNull(step.agreement(), step.title());
            }
        }
    }

    @Test
    void softmaxLayersGetTheSoftmaxViewAtTheOutputAndHidden() {
        Derivation hidden = DerivationBuilder.build(
                Trace.of(TestNetworks.variety().get("softmax hidden, sigmoid cross-entropy, batch of 3")),
                NumberStyle.DEFAULT);
        assertNotNull(hidden.steps().get(8).view(ViewKind.SOFTMAX), "δ⁽²⁾ of the softmax layer");
        assertNull(hidden.steps().get(9).view(ViewKind.SOFTMAX), "δ⁽¹⁾ of the tanh layer");
        Derivation classifier = DerivationBuilder.build(Trace.of(TestNetworks.variety().get("softmax classifier")),
                NumberStyle.DEFAULT);
        Step output = classifier.steps().get(5);
        assertEquals(OUTPUT_ERROR, output.kind());
        assertNotNull(output.view(ViewKind.SOFTMAX));
        assertTrue(output.explanation().get(1).contains("= aⱼ − yⱼ, because each target sums to 1"),
                output.explanation().get(1));
        assertTrue(LatexLayout.withoutLayout(output.symbolic()).contains("\\underset{3 \\times 1}{a^{(2)}} - \\underset{3 \\times 1}{y}"),
                LatexLayout.withoutLayout(output.symbolic()));
    }

    @Test
    void aBatchShowsTheMeanAndTheSumOverColumns() {
        Derivation derivation = DerivationBuilder.build(
                Trace.of(TestNetworks.variety().get("softmax hidden, sigmoid cross-entropy, batch of 3")),
                NumberStyle.DEFAULT);
        Step cost = derivation.steps().get(6);
        assertEquals(COST, cost.kind());
        assertTrue(LatexLayout.withoutLayout(cost.symbolic()).startsWith("C = \\frac{1}{3}\\sum_{i=1}^{3} C_{i}"), LatexLayout.withoutLayout(cost.symbolic()));
        Step weights = derivation.steps().get(10);
        assertEquals(WEIGHT_GRADIENT, weights.kind());
        assertTrue(LatexLayout.withoutLayout(weights.symbolic()).contains("\\frac{1}{3}\\sum_{i=1}^{3} \\delta^{(3)}_{i}\\,(a^{(2)}_{i})^{\\top}"),
                LatexLayout.withoutLayout(weights.symbolic()));
        assertTrue(weights.numeric().startsWith("\\frac{\\partial C}{\\partial W^{(3)}} = \\frac{1}{3}\\begin{bmatrix}"),
                weights.numeric());
        Step biases = derivation.steps().get(11);
        assertEquals(BIAS_GRADIENT, biases.kind());
        assertTrue(biases.numeric().startsWith("\\frac{\\partial C}{\\partial b^{(3)}} = \\frac{1}{3}\\left(\\begin{bmatrix}"),
                biases.numeric());
        assertEquals(3, biases.numeric().split("\\\\end\\{bmatrix} \\+ ", -1).length - 1 + 1);
        assertTrue(LatexLayout.withoutLayout(derivation.steps().get(0).symbolic()).contains("\\underset{1 \\times 3}{\\mathbf{1}^{\\top}}"));
    }

    @Test
    void matricesOverTheDisplayLimitAreElidedInLatexButKeptWholeAsData() {
        Trace trace = Trace.of(TestNetworks.variety().get("width 10"));
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT);
        Step linear = derivation.steps().get(0);
        assertEquals(FORWARD_LINEAR, linear.kind());
        NamedMatrix weights = linear.matrices().get(0);
        assertEquals("W⁽¹⁾", weights.name());
        assertEquals(trace.network().layer(1).weights(), weights.values());
        assertEquals(10, weights.values().rows());
        assertEquals(10, weights.values().columns());
        String shown = linear.numeric().substring(0, linear.numeric().indexOf("\\end{bmatrix}"));
        assertEquals(7, shown.split(" \\\\\\\\ ", -1).length - 1, "8 slots: 6 rows, the ⋮ row and the last row");
        assertTrue(shown.contains("\\vdots") && shown.contains("\\ddots") && shown.contains("\\cdots"));
        String lastRow = shown.substring(shown.lastIndexOf(" \\\\ ") + 4);
        assertEquals(8, lastRow.split(" & ").length, "8 slots: 6 columns, the ⋯ column and the last column");
        View component = derivation.steps().get(5).view(ViewKind.COMPONENT);
        assertEquals(10, component.unitFormulas().size());
        View hidden = derivation.steps().get(6).view(ViewKind.COMPONENT);
        assertTrue(hidden.unitFormulas().get(9).contains("w^{(2)}_{6,10}\\delta^{(2)}_{6} + \\cdots + w^{(2)}_{10,10}"),
                hidden.unitFormulas().get(9));
    }

    @Test
    void theDiagonalMatrixIsDataOnlyUpToSixtyFourUnits() {
        for (int width : new int[] {64, 65}) {
            Trace trace = Trace.of(TestNetworks.seeded(List.of(1, width, 1),
                    List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE), HalfSquaredError.INSTANCE, Matrix.column(0.5), Matrix.column(0.25), width));
            Step backward = DerivationBuilder.build(trace, NumberStyle.DEFAULT).steps().get(6);
            List<String> names = backward.matrices().stream().map(NamedMatrix::name).toList();
            assertTrue(names.contains("σ′(z⁽¹⁾)"), names.toString());
            assertEquals(width <= 64, names.contains("diag(σ′(z⁽¹⁾))"), width + " units: " + names);
            assertTrue(backward.numeric().contains("\\vdots"), "the LaTeX is elided either way");
        }
    }

    @Test
    void namedMatricesCarryTheTraceValues() {
        Trace trace = Trace.of(TestNetworks.classic());
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT);
        Step backward = derivation.steps().get(6);
        List<String> names = backward.matrices().stream().map(NamedMatrix::name).toList();
        assertEquals(List.of("W⁽²⁾", "(W⁽²⁾)ᵀ", "δ⁽²⁾", "(W⁽²⁾)ᵀδ⁽²⁾", "σ′(z⁽¹⁾)", "diag(σ′(z⁽¹⁾))", "δ⁽¹⁾"), names);
        assertEquals(trace.gradients().delta(1), backward.matrices().get(6).values());
        Matrix diagonal = backward.matrices().get(5).values();
        assertEquals(trace.forward().slope(1).get(1, 0), diagonal.get(1, 1));
        assertEquals(0.0, diagonal.get(0, 1));
        assertEquals("(W^{(2)})^{\\top}", backward.matrices().get(1).latex());
        assertEquals(List.of("2×1", "2×2", "2×1", "2×1"),
                backward.terms().stream().map(Term::shape).toList());
    }

    @Test
    void everyStepHasATitleAndOneToThreeSentences() {
        for (var network : TestNetworks.variety().values()) {
            for (Step step : DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT).steps()) {
                assertFalse(step.title().isBlank());
                assertTrue(step.title().length() <= 40, step.title());
                assertTrue(!step.explanation().isEmpty() && step.explanation().size() <= 3, step.title());
                for (View view : step.views()) {
                    assertTrue(!view.explanation().isEmpty() && view.explanation().size() <= 3, view.title());
                }
            }
        }
    }

    @Test
    void stepKindsAppearInTheirPlaces() {
        Derivation derivation = DerivationBuilder.build(Trace.of(TestNetworks.classic()), NumberStyle.DEFAULT);
        List<StepKind> kinds = derivation.steps().stream().map(Step::kind).toList();
        assertEquals(List.of(FORWARD_LINEAR, FORWARD_ACTIVATION, FORWARD_LINEAR, FORWARD_ACTIVATION, COST, OUTPUT_ERROR,
                BACKWARD, WEIGHT_GRADIENT, BIAS_GRADIENT, WEIGHT_GRADIENT, BIAS_GRADIENT, UPDATE, UPDATE, SUMMARY), kinds);
    }
}
