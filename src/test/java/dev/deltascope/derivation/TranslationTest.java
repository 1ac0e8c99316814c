package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Translating a step colours exactly the transposes that are in one formula and not in the other. */
class TranslationTest {

    private final Trace trace = Trace.of(Presets.MINI_BATCH.load());
    private final Derivation columns = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.DELTASCOPE);
    private final Derivation pytorch = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.PYTORCH);
    private final Derivation cs231n = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.CS231N);

    private int first(StepKind kind) {
        return columns.steps().stream().filter(step -> step.kind() == kind).findFirst().orElseThrow().index();
    }

    @Test
    void theBackwardStepLosesItsTransposeInPyTorchsLayoutAndKeepsItInCs231ns() {
        int backward = first(StepKind.BACKWARD);
        Translation intoPytorch = Translation.of(columns, pytorch, backward);
        assertTrue(intoPytorch.fromLatex().contains("\\textcolor{orange}{(W^{(2)})^{\\top}}"), intoPytorch.fromLatex());
        assertFalse(intoPytorch.toLatex().contains("orange"), intoPytorch.toLatex());
        assertTrue(intoPytorch.why().contains("without a transpose"), intoPytorch.why());
        Translation intoCs231n = Translation.of(columns, cs231n, backward);
        assertFalse(intoCs231n.fromLatex().contains("orange"), intoCs231n.fromLatex());
        assertFalse(intoCs231n.toLatex().contains("orange"), intoCs231n.toLatex());
    }

    @Test
    void theWeightGradientsTransposeMovesFromAToDelta() {
        int weight = first(StepKind.WEIGHT_GRADIENT);
        Translation translation = Translation.of(columns, pytorch, weight);
        assertEquals(Set.of("A^{(1)}", "a^{(1)}_{i}"),
                Translation.transposes(translation.from().symbolic(), Convention.DELTASCOPE));
        assertTrue(translation.fromLatex().contains("\\textcolor{orange}{(A^{(1)})^{\\top}}"), translation.fromLatex());
        assertTrue(translation.toLatex().contains("\\textcolor{orange}{(\\Delta^{(2)})^{\\top}}"), translation.toLatex());
        assertEquals(translation.from().index(), translation.to().index());
    }

    @Test
    void theLayerWrittenInBracketsIsTheSameTransposeAsInParentheses() {
        Derivation ng = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.NG);
        Translation translation = Translation.of(columns, ng, first(StepKind.BACKWARD));
        assertFalse(translation.fromLatex().contains("orange"), translation.fromLatex());
        assertFalse(translation.toLatex().contains("orange"), translation.toLatex());
        assertTrue(translation.toLatex().contains("W^{[2]}"), translation.toLatex());
    }
}
