package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Tanh;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each backward view shows its own method's numbers: the trace's three methods agree, so a view that
 * read another method's δ would look the same. Here one method's δ and ∂C/∂a are replaced by marker
 * values (110.5, 111.5, … that no real quantity of this network takes) and only that method's view may
 * show them, in every convention and for the example picked.
 */
class ViewSourcesTest {

    /** Example 3 of a batch of 3, so a view fixed on example 1 shows the wrong column. */
    private static final int EXAMPLE = 2;

    static Stream<Arguments> conventions() {
        return Stream.of(Arguments.of("Deltascope", Convention.DELTASCOPE), Arguments.of("Ng", Convention.NG),
                Arguments.of("PyTorch", Convention.PYTORCH), Arguments.of("CS231n", Convention.CS231N),
                Arguments.of("d2l", Convention.D2L));
    }

    private static Network batchNetwork() {
        return TestNetworks.seeded(List.of(2, 3, 3, 2), List.of(Tanh.INSTANCE, Sigmoid.INSTANCE, Sigmoid.INSTANCE),
                HalfSquaredError.INSTANCE,
                Matrix.ofColumns(new double[][] {{0.1, 0.9}, {-0.5, 0.3}, {0.7, -0.2}}),
                Matrix.ofColumns(new double[][] {{1, 0}, {0, 1}, {1, 1}}), 17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conventions")
    void theJacobianViewShowsTheJacobianChainsOwnUpstreamAndDelta(String name, Convention convention) {
        Trace trace = Trace.of(batchNetwork());
        assertOnlyTheMarkedViewShowsMarkers(name, convention, trace, ViewKind.JACOBIAN, new Trace(trace.forward(),
                trace.vjp(), marked(trace.jacobian()), trace.componentWise(), trace.check()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conventions")
    void theComponentViewShowsTheComponentWiseMethodsOwnUpstreamAndDelta(String name, Convention convention) {
        Trace trace = Trace.of(batchNetwork());
        assertOnlyTheMarkedViewShowsMarkers(name, convention, trace, ViewKind.COMPONENT, new Trace(trace.forward(),
                trace.vjp(), trace.jacobian(), marked(trace.componentWise()), trace.check()));
    }

    /** In every backward step, the view of the marked method shows its own numbers and the other two none. */
    private static void assertOnlyTheMarkedViewShowsMarkers(String name, Convention convention, Trace trace,
            ViewKind markedView, Trace marked) {
        Derivation derivation = DerivationBuilder.build(marked, NumberStyle.DEFAULT, convention, EXAMPLE);
        for (int l = 1; l <= trace.network().depth(); l++) {
            Step step = backward(derivation, l);
            for (ViewKind kind : List.of(ViewKind.VJP, ViewKind.JACOBIAN, ViewKind.COMPONENT)) {
                String where = name + " δ" + l + " " + kind;
                if (kind == markedView) {
                    assertShowsItsOwn(step.view(kind), l, trace, where);
                } else {
                    assertNoMarkers(step.view(kind), where);
                }
            }
        }
    }

    /** Unmarked, each view holds its method's δ of the example shown, read from the trace directly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("conventions")
    void eachViewsDeltaIsItsMethodsColumnForTheExampleShown(String name, Convention convention) {
        Trace trace = Trace.of(batchNetwork());
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention, EXAMPLE);
        for (int l = 1; l <= trace.network().depth(); l++) {
            Step step = backward(derivation, l);
            List<Double> jacobian = columnOf(trace.jacobian().delta(l), EXAMPLE);
            assertTrue(entrySets(step.view(ViewKind.JACOBIAN)).contains(jacobian),
                    name + " δ" + l + ": the Jacobian view holds column " + (EXAMPLE + 1) + " of its δ " + jacobian);
            if (l < trace.network().depth()) {
                List<Double> above = columnOf(trace.vjp().delta(l + 1), EXAMPLE);
                assertTrue(entrySets(step.view(ViewKind.NAIVE)).contains(above),
                        name + " δ" + l + ": the naive chain holds δ" + (l + 1) + " of the example shown " + above);
            }
            List<Double> component = columnOf(trace.componentWise().delta(l), EXAMPLE);
            assertTrue(entrySets(step.view(ViewKind.COMPONENT)).stream().anyMatch(entries -> entries.containsAll(component)),
                    name + " δ" + l + ": the component view holds its δ " + component);
        }
    }

    /** Through a softmax the VJP view works one example, the one picked, and no other example's numbers. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("conventions")
    void throughSoftmaxTheVjpViewWorksTheExampleShown(String name, Convention convention) {
        Network network = TestNetworks.variety().get("softmax output, squared error, batch of 3");
        Trace trace = Trace.of(network);
        Trace marked = new Trace(trace.forward(), marked(trace.vjp()), trace.jacobian(), trace.componentWise(),
                trace.check());
        int depth = network.depth();
        View vjp = backward(DerivationBuilder.build(marked, NumberStyle.DEFAULT, convention, EXAMPLE), depth)
                .view(ViewKind.VJP);
        List<Double> expected = new ArrayList<>();
        for (int r = 0; r < network.size(depth); r++) {
            expected.add(delta(depth, r, EXAMPLE));
            expected.add(upstream(depth, r, EXAMPLE));
        }
        assertEquals(expected.stream().sorted().toList(), markersIn(vjp.numeric()).stream().sorted().toList(),
                name + ": " + vjp.numeric());
    }

    @Test
    void atTheOutputTheViewsSayWhatTheMethodsShareByDesign() {
        Network squared = batchNetwork();
        Network crossEntropy = squared.withLoss(CrossEntropy.INSTANCE);
        for (ViewKind kind : List.of(ViewKind.JACOBIAN, ViewKind.COMPONENT)) {
            String plain = String.join(" ", output(squared).view(kind).explanation());
            assertTrue(plain.contains("∇ₐC₁ comes from the loss in the forward pass"), kind + ": " + plain);
            assertFalse(plain.contains("closed form"), kind + ": squared error has no closed-form δ: " + plain);
            String closed = String.join(" ", output(crossEntropy).view(kind).explanation());
            assertTrue(closed.contains("every method takes δ⁽³⁾ = a − y from the loss in closed form"),
                    kind + ": " + closed);
            assertFalse(String.join(" ", backward(DerivationBuilder.build(Trace.of(squared), NumberStyle.DEFAULT), 1)
                    .view(kind).explanation()).contains("same input"), kind + ": below the output nothing is shared");
        }
    }

    private static Step output(Network network) {
        Derivation derivation = DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
        return backward(derivation, network.depth());
    }

    private static Step backward(Derivation derivation, int l) {
        return derivation.steps().stream()
                .filter(step -> step.layer() == l
                        && (step.kind() == StepKind.BACKWARD || step.kind() == StepKind.OUTPUT_ERROR))
                .findFirst().orElseThrow();
    }

    /** The method's gradients with δ^l's entry (r, c) replaced by {@link #delta} and ∂C/∂a^l's by {@link #upstream}. */
    private static Gradients marked(Gradients gradients) {
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        for (int l = 1; l <= gradients.deltas().size(); l++) {
            int layer = l;
            deltas.add(filled(gradients.delta(l), (r, c) -> delta(layer, r, c)));
            upstreams.add(filled(gradients.upstream(l), (r, c) -> upstream(layer, r, c)));
        }
        return new Gradients(deltas, upstreams, gradients.weightGradients(), gradients.biasGradients());
    }

    /** The marker of δ^l's entry (r, c): 100 l + 10 r + c + 0.5, printed in full at 4 digits. */
    private static double delta(int l, int r, int c) {
        return 100 * l + 10 * r + c + 0.5;
    }

    /** The marker of ∂C/∂a^l's entry (r, c): 100 (l + 4) + 10 r + c + 0.5. */
    private static double upstream(int l, int r, int c) {
        return 100 * (l + 4) + 10 * r + c + 0.5;
    }

    private interface Entry {
        double at(int r, int c);
    }

    private static Matrix filled(Matrix shape, Entry entry) {
        double[][] rows = new double[shape.rows()][shape.columns()];
        for (int r = 0; r < shape.rows(); r++) {
            for (int c = 0; c < shape.columns(); c++) {
                rows[r][c] = entry.at(r, c);
            }
        }
        return Matrix.of(rows);
    }

    /**
     * The view shows the marked method's δ^l of the example and what it was computed from (δ^{l+1} below the
     * output, ∂C/∂a^L at it), and no marker other than its method's δ^l, δ^{l+1} and ∂C/∂a^l.
     */
    private static void assertShowsItsOwn(View view, int l, Trace trace, String where) {
        int depth = trace.network().depth();
        List<Double> required = new ArrayList<>();
        List<Double> allowed = new ArrayList<>();
        for (int r = 0; r < trace.network().size(l); r++) {
            required.add(delta(l, r, EXAMPLE));
            if (l == depth) {
                required.add(upstream(l, r, EXAMPLE));
            }
            for (int c = 0; c < 3; c++) {
                allowed.add(delta(l, r, c));
                allowed.add(upstream(l, r, c));
            }
        }
        if (l < depth) {
            for (int r = 0; r < trace.network().size(l + 1); r++) {
                required.add(delta(l + 1, r, EXAMPLE));
                for (int c = 0; c < 3; c++) {
                    allowed.add(delta(l + 1, r, c));
                }
            }
        }
        List<Double> shown = markers(view);
        assertTrue(shown.containsAll(required), where + " shows its own method's numbers " + required + ": " + shown);
        assertTrue(allowed.containsAll(shown), where + " shows only its own δ and ∂C/∂a: " + shown);
    }

    private static void assertNoMarkers(View view, String where) {
        assertEquals(List.of(), markers(view), where + " shows another method's numbers");
    }

    /** Every marker the view's LaTeX or grids hold. */
    private static List<Double> markers(View view) {
        List<Double> found = new ArrayList<>(markersIn(view.numeric() + " " + String.join(" ", view.unitFormulas())));
        for (double marker : allMarkers()) {
            if (!found.contains(marker) && view.matrices().stream()
                    .anyMatch(matrix -> entries(matrix.values()).contains(marker))) {
                found.add(marker);
            }
        }
        return found;
    }

    /** Every marker the LaTeX holds. */
    private static List<Double> markersIn(String latex) {
        return allMarkers().stream().filter(marker -> latex.contains(String.valueOf(marker))).toList();
    }

    private static List<Double> allMarkers() {
        List<Double> all = new ArrayList<>();
        for (int l = 1; l <= 3; l++) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    all.add(delta(l, r, c));
                    all.add(upstream(l, r, c));
                }
            }
        }
        return all;
    }

    private static List<List<Double>> entrySets(View view) {
        return view.matrices().stream().map(matrix -> entries(matrix.values())).collect(Collectors.toList());
    }

    private static List<Double> entries(Matrix matrix) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < matrix.rows(); r++) {
            for (int c = 0; c < matrix.columns(); c++) {
                out.add(matrix.get(r, c));
            }
        }
        return out;
    }

    private static List<Double> columnOf(Matrix matrix, int k) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < matrix.rows(); r++) {
            out.add(matrix.get(r, k));
        }
        return out;
    }
}
