package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import org.junit.jupiter.api.Test;

/**
 * A grid cell prints its number as the derivation's LaTeX does (the SVG and PNG exports are checked
 * in export.SameNumberInPicturesTest): 1.2345 at 4 digits is 1.235 (half up), 1234 at 3 digits is
 * 1230, and a column of 6.722×10⁻⁵ and 0.00047 is scientific throughout.
 */
class SameNumberInGridTest {

    private static final Matrix WEIGHTS = Matrix.of(new double[][] {{1.2345, 0.2}, {0.25, 1234}});
    private static final Matrix BIASES = Matrix.column(6.722e-5, 0.00047);

    private static Step first(NumberStyle style) {
        Network classic = Presets.CLASSIC.load();
        Network network = classic.withLayer(1, classic.layer(1).withWeights(WEIGHTS).withBiases(BIASES));
        return DerivationBuilder.build(Trace.of(network), style).steps().get(0);
    }

    @Test
    void theGridAndTheLatexPrintTheSameDigitsAndNotation() {
        String four = first(NumberStyle.DEFAULT).numeric();
        String three = first(NumberStyle.DEFAULT.withSignificantDigits(3)).numeric();

        assertTrue(four.contains("\\begin{bmatrix}1.235 & 0.2"), four);
        assertEquals("1.235", MatrixGridView.cellText(WEIGHTS, 4, 0, 0));
        assertTrue(three.contains("0.25 & 1230\\end{bmatrix}"), three);
        assertEquals("1230", MatrixGridView.cellText(WEIGHTS, 3, 1, 1));
        assertTrue(four.contains("\\begin{bmatrix}6.722 \\times 10^{-5} \\\\ 4.7 \\times 10^{-4}\\end{bmatrix}"), four);
        assertEquals("6.722×10⁻⁵", MatrixGridView.cellText(BIASES, 4, 0, 0));
        assertEquals("4.7×10⁻⁴", MatrixGridView.cellText(BIASES, 4, 1, 0));
    }
}
