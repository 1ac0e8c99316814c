package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The symbol guide in a convention other than the column layout, worked by hand on the mini-batch
 * preset (2-3-1, m = 4): Z is m × n_l with a row per example, W as the convention stores it, the
 * weight and bias gradients as the convention writes them, and ∂C/∂z as the derivative layout lays it.
 */
class ConventionSymbolGuideTest {

    private static final Network XOR = Presets.MINI_BATCH.load();

    @Test
    void pytorchStoresWOutByInAndLaysTheBatchOutAsRows() {
        List<SymbolEntry> linear = entries(Convention.PYTORCH, StepKind.FORWARD_LINEAR, 1, null);
        assertEquals("The weights of layer 1: 3×2, one row per unit of layer 1 and one column per input.",
                entry(linear, "W^{(1)}").meaning());
        assertEquals("The weighted inputs of layer 1: 4×3, one row per example and one column per unit of layer 1.",
                entry(linear, "Z^{(1)}").meaning());
        assertTrue(entry(linear, "Z^{(1)}").location().startsWith("In example i's row, entry j is z⁽¹⁾ⱼ = a⁽⁰⁾ · (row j "
                + "of W⁽¹⁾) + b⁽¹⁾ⱼ"), entry(linear, "Z^{(1)}").location());
        assertTrue(entry(linear, "Z^{(1)}").location().endsWith("Row i holds example i."));
        assertEquals("A column of 4 ones: 4×1.", entry(linear, "\\mathbf{1}").meaning());

        List<SymbolEntry> weight = entries(Convention.PYTORCH, StepKind.WEIGHT_GRADIENT, 1, null);
        String gradient = entry(weight, "\\frac{\\partial C}{\\partial W^{(1)}}").location();
        assertTrue(gradient.startsWith("Entry (j, k) is ∂C/∂w⁽¹⁾ⱼₖ = (1/m) Σᵢ Δ⁽¹⁾ᵢⱼ A⁽⁰⁾ᵢₖ"), gradient);
        assertTrue(gradient.contains("the matrix (1/m) (Δ⁽¹⁾)ᵀA⁽⁰⁾"), gradient);
        assertEquals("Δ⁽¹⁾ turned round: 3×4, one row per unit of layer 1 and one column per example.",
                entry(weight, "(\\Delta^{(1)})^{\\top}").meaning());

        List<SymbolEntry> bias = entries(Convention.PYTORCH, StepKind.BIAS_GRADIENT, 1, null);
        String biasGradient = entry(bias, "\\frac{\\partial C}{\\partial b^{(1)}}").location();
        assertTrue(entry(bias, "\\frac{\\partial C}{\\partial b^{(1)}}").meaning().contains(": 3×1,"));
        assertEquals("Entry j is ∂C/∂b⁽¹⁾ⱼ = (1/m) Σᵢ Δ⁽¹⁾ᵢⱼ, the mean of column j of Δ⁽¹⁾: the matrix (1/m) (Δ⁽¹⁾)ᵀ1.",
                biasGradient);

        List<SymbolEntry> backward = entries(Convention.PYTORCH, StepKind.BACKWARD, 1, ViewKind.VJP);
        assertTrue(entry(backward, "\\Delta^{(1)}").location().endsWith("Row i is δ⁽¹⁾ of example i alone, not divided "
                + "by m."));
        assertTrue(entry(backward, "\\Delta^{(2)}\\,W^{(2)}").meaning().endsWith(": 4×3, one row per example and one "
                + "column per unit of layer 1."), entry(backward, "\\Delta^{(2)}\\,W^{(2)}").meaning());
    }

    @Test
    void cs231nStoresWInByOutAndItsGradientsAsStored() {
        List<SymbolEntry> linear = entries(Convention.CS231N, StepKind.FORWARD_LINEAR, 1, null);
        assertEquals("The weights of layer 1, stored in × out: 2×3, one row per input and one column per unit of layer 1.",
                entry(linear, "W^{(1)}").meaning());
        assertTrue(entry(linear, "W^{(1)}").location().contains("Entry (k, j) is w⁽¹⁾ⱼₖ"));
        assertEquals("The biases of layer 1: 1×3, one number per unit of layer 1.", entry(linear, "b^{(1)}").meaning());

        String gradient = entry(entries(Convention.CS231N, StepKind.WEIGHT_GRADIENT, 1, null),
                "\\frac{\\partial C}{\\partial W^{(1)}}").location();
        assertTrue(gradient.startsWith("Entry (k, j) is ∂C/∂w⁽¹⁾ⱼₖ"), gradient);
        assertTrue(gradient.contains("the matrix (1/m) (A⁽⁰⁾)ᵀΔ⁽¹⁾"), gradient);
        List<SymbolEntry> bias = entries(Convention.CS231N, StepKind.BIAS_GRADIENT, 1, null);
        assertTrue(entry(bias, "\\frac{\\partial C}{\\partial b^{(1)}}").location().endsWith("(1/m) 1ᵀΔ⁽¹⁾."));
        assertEquals("A row of 4 ones: 1×4.", entry(bias, "\\mathbf{1}^{\\top}").meaning());
    }

    @Test
    void theDerivativeLayoutDecidesWhetherTheJacobianChainsDerivativeIsARowOrAColumn() {
        String ng = entry(entries(Convention.NG, StepKind.BACKWARD, 1, ViewKind.JACOBIAN),
                "\\frac{\\partial C_{1}}{\\partial z^{[1]}}").meaning();
        assertTrue(ng.endsWith("in denominator layout (example 1 of 4): 3×1, a column with one number per unit of layer 1."),
                ng);
        String ngWhere = entry(entries(Convention.NG, StepKind.BACKWARD, 1, ViewKind.JACOBIAN),
                "\\frac{\\partial C_{1}}{\\partial z^{[1]}}").location();
        assertTrue(ngWhere.endsWith("so it is δ^[1] itself, with no transpose."), ngWhere);
        String d2l = entry(entries(Convention.D2L, StepKind.BACKWARD, 1, ViewKind.JACOBIAN),
                "\\frac{\\partial C_{1}}{\\partial z^{(1)}}").location();
        assertTrue(d2l.endsWith("Transposing this column gives the row δ⁽¹⁾: that is where the transpose comes from."), d2l);
        String pytorch = entry(entries(Convention.PYTORCH, StepKind.BACKWARD, 1, ViewKind.JACOBIAN),
                "\\frac{\\partial C_{1}}{\\partial z^{(1)}}").meaning();
        assertTrue(pytorch.contains(": 1×3, a row"), pytorch);
    }

    @Test
    void everyLayerIsWrittenInTheConventionsIndexStyle() {
        for (Convention convention : List.of(Convention.NG, Convention.NIELSEN)) {
            for (SymbolEntry entry : entries(convention, StepKind.BACKWARD, 1, ViewKind.COMPONENT)) {
                String text = entry.latex() + entry.meaning() + entry.location();
                assertFalse(text.contains("⁽") || text.contains("^{("), convention.summary() + ": " + text);
            }
        }
    }

    private static List<SymbolEntry> entries(Convention convention, StepKind kind, int layer, ViewKind view) {
        Derivation derivation = DerivationBuilder.build(Trace.of(XOR), NumberStyle.DEFAULT, convention);
        Step step = derivation.steps().stream().filter(s -> s.kind() == kind && s.layer() == layer).findFirst()
                .orElseThrow();
        return SymbolGuide.entries(XOR, 0, step, view, convention);
    }

    private static SymbolEntry entry(List<SymbolEntry> entries, String latex) {
        return entries.stream().filter(entry -> entry.latex().equals(latex)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + latex + " among "
                        + entries.stream().map(SymbolEntry::latex).toList()));
    }
}
