package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The numbers printed in each step's numeric LaTeX, read back from the text, equal the trace's
 * values to the chosen number of significant digits: each lies within half a unit of the last
 * printed digit of the true value, with no more digits than asked for.
 */
class NumbersParseBackTest {

    private static final Pattern MATRIX = Pattern.compile("\\\\begin\\{bmatrix}(.*?)\\\\end\\{bmatrix}");
    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d+(?:\\.\\d+)?)(?: \\\\times 10\\^\\{(-?\\d+)})?");

    @Test
    void everyMatrixOfEveryStepReadsBackAsTheTraceValues() {
        Map<String, Network> networks = TestNetworks.variety();
        List<Network> chosen = List.of(networks.get("classic 2-2-2"), networks.get("3-4-4-2 sigmoid"),
                networks.get("tanh, relu, identity"), networks.get("huge and tiny values"),
                networks.get("softmax classifier"), sigmoidBatch());
        for (Network network : chosen) {
            for (int digits : new int[] {1, 3, 4, 12}) {
                checkEveryStep(network, new NumberStyle(digits, 16, 16));
            }
        }
    }

    @Test
    void everyUnitFormulaEndsWithThatUnitsError() {
        Trace trace = Trace.of(TestNetworks.threeFourFourTwo());
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT);
        int checked = 0;
        for (Step step : derivation.steps()) {
            View component = step.view(ViewKind.COMPONENT);
            if (component == null) {
                continue;
            }
            for (int j = 0; j < component.unitFormulas().size(); j++) {
                String formula = component.unitFormulas().get(j);
                double printed = parse(formula.substring(formula.lastIndexOf("= ") + 2));
                assertClose(trace.componentWise().delta(step.layer()).get(j, 0), printed, 4, formula);
                checked++;
            }
        }
        assertEquals(4 + 4 + 2, checked);
    }

    private static Network sigmoidBatch() {
        return TestNetworks.seeded(List.of(2, 3, 2), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.ofColumns(new double[][] {{0.1, 0.9}, {-0.5, 0.3}, {0.7, -0.2}}),
                Matrix.ofColumns(new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}}), 41);
    }

    private static void checkEveryStep(Network network, NumberStyle style) {
        Trace trace = Trace.of(network);
        Derivation derivation = DerivationBuilder.build(trace, style);
        for (Step step : derivation.steps()) {
            List<Matrix> expected = expectedMatrices(trace, step);
            List<List<Double>> printed = matrices(step.numeric(), style.significantDigits());
            String where = network.title() + ", " + style.significantDigits() + " digits, step " + step.index() + " "
                    + step.title();
            assertEquals(expected.size(), printed.size(), where + ": matrices in " + step.numeric());
            for (int i = 0; i < expected.size(); i++) {
                Matrix matrix = expected.get(i);
                List<Double> values = printed.get(i);
                assertEquals(matrix.rows() * matrix.columns(), values.size(), where + ", matrix " + i);
                for (int r = 0; r < matrix.rows(); r++) {
                    for (int c = 0; c < matrix.columns(); c++) {
                        assertClose(matrix.get(r, c), values.get(r * matrix.columns() + c), style.significantDigits(),
                                where + ", matrix " + i + " [" + r + "][" + c + "]");
                    }
                }
            }
        }
    }

    /** The matrices each kind of step prints, in order, read straight from the trace. */
    private static List<Matrix> expectedMatrices(Trace trace, Step step) {
        ForwardPass forward = trace.forward();
        Gradients gradients = trace.gradients();
        Network network = trace.network();
        int l = step.layer();
        return switch (step.kind()) {
            case FORWARD_LINEAR -> List.of(network.layer(l).weights(), forward.a(l - 1), network.layer(l).biases(),
                    forward.z(l));
            case FORWARD_ACTIVATION -> List.of(forward.z(l), forward.a(l));
            case COST -> network.batchSize() == 1 && network.loss() instanceof HalfSquaredError
                    ? List.of(forward.a(l), network.targets()) : List.of();
            case OUTPUT_ERROR -> network.layer(l).activation() instanceof Softmax
                    ? List.of(forward.a(l), network.targets(), gradients.delta(l))
                    : List.of(forward.a(l), network.targets(), gradients.upstream(l), gradients.upstream(l),
                            forward.slope(l), gradients.delta(l));
            case BACKWARD -> List.of(network.layer(l + 1).weights().transpose(), gradients.delta(l + 1),
                    forward.slope(l), gradients.upstream(l), forward.slope(l), gradients.delta(l));
            case WEIGHT_GRADIENT -> List.of(gradients.delta(l), forward.a(l - 1).transpose(), gradients.weightGradient(l));
            case BIAS_GRADIENT -> biasMatrices(gradients, l, network.batchSize());
            case SUMMARY -> List.of();
            case UPDATE -> List.of(network.layer(l).weights(), gradients.weightGradient(l),
                    minus(network.layer(l).weights(), network.learningRate(), gradients.weightGradient(l)),
                    network.layer(l).biases(), gradients.biasGradient(l),
                    minus(network.layer(l).biases(), network.learningRate(), gradients.biasGradient(l)));
        };
    }

    private static List<Matrix> biasMatrices(Gradients gradients, int l, int m) {
        List<Matrix> out = new ArrayList<>();
        for (int k = 0; m > 1 && k < m; k++) {
            out.add(gradients.delta(l).columnMatrix(k));
        }
        out.add(gradients.biasGradient(l));
        return out;
    }

    /** p − η g, entry by entry. */
    private static Matrix minus(Matrix parameters, double rate, Matrix gradient) {
        double[][] out = parameters.toArray();
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[r].length; c++) {
                out[r][c] -= rate * gradient.get(r, c);
            }
        }
        return Matrix.of(out);
    }

    /** Every bmatrix's entries, row by row; fails if any entry has more than the given significant digits. */
    private static List<List<Double>> matrices(String latex, int allowedDigits) {
        List<List<Double>> out = new ArrayList<>();
        int digits = 0;
        Matcher matcher = MATRIX.matcher(latex);
        while (matcher.find()) {
            List<Double> values = new ArrayList<>();
            for (String row : matcher.group(1).split(" \\\\\\\\ ")) {
                for (String cell : row.split(" & ")) {
                    values.add(parse(cell.trim()));
                    digits = Math.max(digits, significantDigits(cell.trim()));
                }
            }
            out.add(values);
        }
        assertTrue(digits <= allowedDigits, "more than " + allowedDigits + " significant digits in " + latex);
        return out;
    }

    /** The digits of a printed number from its first non-zero digit (trailing zeros of an integer do not count). */
    private static int significantDigits(String cell) {
        String mantissa = cell.split(" ")[0].replace("-", "");
        if (!mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("0+$", "");
        }
        return mantissa.replace(".", "").replaceFirst("^0+", "").length();
    }

    private static double parse(String cell) {
        Matcher matcher = NUMBER.matcher(cell);
        if (!matcher.matches()) {
            fail("not a number: '" + cell + "'");
        }
        double magnitude = Double.parseDouble(matcher.group(2));
        if (matcher.group(3) != null) {
            assertTrue(matcher.group(2).matches("[1-9](\\.\\d+)?"), "mantissa not in [1, 10): " + cell);
            magnitude *= Math.pow(10, Integer.parseInt(matcher.group(3)));
        }
        return matcher.group(1).isEmpty() ? magnitude : -magnitude;
    }

    /** |printed − actual| ≤ half a unit in the d-th significant digit of actual. */
    private static void assertClose(double actual, double printed, int digits, String where) {
        if (actual == 0) {
            assertEquals(0.0, printed, 0.0, where);
            return;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(actual)));
        double halfUnit = 0.5 * Math.pow(10, exponent - digits + 1);
        assertTrue(Math.abs(printed - actual) <= halfUnit * (1 + 1e-9) + Math.ulp(actual) * 4,
                where + ": printed " + printed + " for " + actual + " at " + digits + " digits");
    }
}
