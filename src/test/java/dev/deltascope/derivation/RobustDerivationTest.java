package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Derivations of traces holding ∞ and NaN build without throwing; every formula parses and lays
 * out in JLaTeXMath, shows ∞ as \infty and NaN as \mathrm{NaN}, and never leaks Java's "Infinity"
 * or a bare "NaN".
 */
class RobustDerivationTest {

    @BeforeAll
    static void runHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static Network network(List<DenseLayer> layers, Loss loss, Matrix inputs, Matrix targets) {
        return new Network("robust", inputs.rows(), layers, loss, inputs, targets, 0.5, 1);
    }

    private static DenseLayer layer(double[][] weights, double[] biases, Activation activation) {
        return new DenseLayer(Matrix.of(weights), Matrix.column(biases), activation);
    }

    /** 1-1-1 identity with W¹ = W² = 1e200 and x = 1: z² = 1e400 = ∞ and every gradient is ∞. */
    private static Network hugeWeights() {
        return network(List.of(layer(new double[][] {{1e200}}, new double[] {0}, Identity.INSTANCE),
                layer(new double[][] {{1e200}}, new double[] {0}, Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(1.0), Matrix.column(0.0));
    }

    /** 2-2-2 sigmoid over a batch of two whose first example has a NaN input. */
    private static Network nanInBatch() {
        return network(List.of(layer(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, new double[] {0.1, 0.1},
                Sigmoid.INSTANCE), layer(new double[][] {{0.5, 0.6}, {0.7, 0.8}}, new double[] {0, 0},
                Sigmoid.INSTANCE)), CrossEntropy.INSTANCE,
                Matrix.ofColumns(new double[][] {{Double.NaN, 0.5}, {0.2, 0.3}}),
                Matrix.ofColumns(new double[][] {{1, 0}, {0, 1}}));
    }

    /** Softmax of z = (1e308 + 1e308, 0) = (∞, 0): ∞ − ∞ = NaN in every output. */
    private static Network softmaxOverflow() {
        return network(List.of(layer(new double[][] {{1e308}, {0}}, new double[] {1e308, 0}, Softmax.INSTANCE)),
                CrossEntropy.INSTANCE, Matrix.column(1.0), Matrix.column(1, 0));
    }

    /** The ReLU preset after 200 steps at learning rate 100: its weights have run off to ∞ and NaN. */
    private static Network explodedRelu() {
        Network network = Presets.RELU.load().withLearningRate(100);
        for (int step = 0; step < 200; step++) {
            network = GradientDescent.step(network);
        }
        return network;
    }

    @Test
    void derivationsOfNonFiniteTracesBuildAndEveryFormulaParses() {
        Map<String, Network> networks = new LinkedHashMap<>();
        networks.put("huge weights", hugeWeights());
        networks.put("NaN in a batch", nanInBatch());
        networks.put("softmax overflow", softmaxOverflow());
        networks.put("exploded ReLU", explodedRelu());
        for (Map.Entry<String, Network> entry : networks.entrySet()) {
            Trace trace = Trace.of(entry.getValue());
            assertFalse(trace.isFinite(), entry.getKey());
            for (NumberStyle style : List.of(NumberStyle.DEFAULT, new NumberStyle(12, 1, 1))) {
                Derivation derivation = assertDoesNotThrow(() -> DerivationBuilder.build(trace, style));
                for (Step step : derivation.steps()) {
                    for (String latex : formulas(step)) {
                        String where = entry.getKey() + ", step " + step.index() + " " + step.title() + ": " + latex;
                        assertDoesNotThrow(() -> new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 20),
                                where);
                        String withoutMarkup = latex.replace("\\mathrm{NaN}", "");
                        assertFalse(withoutMarkup.contains("NaN") || latex.contains("Infinity"), where);
                    }
                }
                String article = LatexDocument.article(derivation, 0, derivation.steps().size() - 1);
                assertFalse(article.replace("\\mathrm{NaN}", "").contains("NaN") || article.contains("Infinity"));
            }
        }
    }

    @Test
    void infinityAndNaNAreWrittenAsLatexWhereTheyOccur() {
        Derivation huge = DerivationBuilder.build(Trace.of(hugeWeights()), NumberStyle.DEFAULT);
        assertTrue(step(huge, StepKind.FORWARD_LINEAR, 2).numeric().contains("\\infty"));
        assertFalse(step(huge, StepKind.FORWARD_LINEAR, 1).numeric().contains("\\infty"));
        assertTrue(step(huge, StepKind.OUTPUT_ERROR, 2).numeric().contains("\\infty"));
        Derivation batch = DerivationBuilder.build(Trace.of(nanInBatch()), NumberStyle.DEFAULT);
        assertTrue(step(batch, StepKind.FORWARD_LINEAR, 1).numeric().contains("\\mathrm{NaN}"));
        assertTrue(step(batch, StepKind.COST, 2).numeric().contains("\\mathrm{NaN}"));
        Derivation softmax = DerivationBuilder.build(Trace.of(softmaxOverflow()), NumberStyle.DEFAULT);
        assertTrue(step(softmax, StepKind.FORWARD_LINEAR, 1).numeric().contains("\\infty"));
        assertTrue(step(softmax, StepKind.FORWARD_ACTIVATION, 1).numeric().contains("\\mathrm{NaN}"));
    }

    private static Step step(Derivation derivation, StepKind kind, int layer) {
        return derivation.steps().stream().filter(s -> s.kind() == kind && s.layer() == layer).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " step for layer " + layer));
    }

    /** Every LaTeX string of a step: its formulas, its terms, its matrices' names, and those of its views. */
    private static List<String> formulas(Step step) {
        List<String> out = new ArrayList<>(List.of(step.symbolic(), step.numeric()));
        step.terms().forEach(term -> out.add(term.latex()));
        step.matrices().forEach(matrix -> out.add(matrix.latex()));
        for (View view : step.views()) {
            out.add(view.symbolic());
            out.add(view.numeric());
            out.addAll(view.unitFormulas());
            view.matrices().forEach(matrix -> out.add(matrix.latex()));
        }
        return out;
    }
}
