package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In every convention the grids hold the trace's numbers rearranged: each cell equals the trace's
 * value through the convention's mapping ({@link ConventionOracle}), for every preset and the
 * test networks.
 */
class ConventionGridTest {

    /** Every vector layout with every derivative layout, with the layer written as ⁽ˡ⁾ for the oracle. */
    static List<Convention> layouts() {
        List<Convention> out = new ArrayList<>();
        for (VectorLayout vectors : VectorLayout.values()) {
            for (DerivativeLayout derivatives : DerivativeLayout.values()) {
                out.add(new Convention(vectors, derivatives, IndexStyle.PARENTHESES));
            }
        }
        return out;
    }

    /** The presets and the test networks whose numbers are finite. */
    static Map<String, Network> networks() {
        Map<String, Network> out = new LinkedHashMap<>();
        for (Preset preset : Presets.all()) {
            out.put("preset " + preset.id(), preset.load());
        }
        TestNetworks.variety().forEach((name, network) -> {
            if (!name.startsWith("overflow")) {
                out.put(name, network);
            }
        });
        return out;
    }

    @Test
    void everyGridCellIsTheTracesValueThroughTheConventionsMapping() {
        int cells = 0;
        for (Map.Entry<String, Network> network : networks().entrySet()) {
            Trace trace = Trace.of(network.getValue());
            for (Convention convention : layouts()) {
                ConventionOracle oracle = new ConventionOracle(trace, convention);
                for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention).steps()) {
                    List<NamedMatrix> grids = new ArrayList<>(step.matrices());
                    step.views().forEach(view -> grids.addAll(view.matrices()));
                    for (NamedMatrix grid : grids) {
                        String where = network.getKey() + ", " + convention.summary() + ", step " + (step.index() + 1)
                                + " " + step.title() + ", grid " + grid.name();
                        cells += assertSameCells(oracle.expected(grid.name()), grid.values(), where);
                    }
                }
            }
        }
        assertTrue(cells > 10_000, "cells compared: " + cells);
    }

    @Test
    void thePerExampleGridsAndFormulasOfEveryConventionFollowTheExamplePicked() {
        int checked = 0;
        for (Map.Entry<String, Network> network : networks().entrySet()) {
            if (network.getValue().batchSize() < 3) {
                continue;
            }
            Trace trace = Trace.of(network.getValue());
            String shown = "example 3 of " + trace.network().batchSize();
            for (Convention convention : layouts()) {
                ConventionOracle oracle = new ConventionOracle(trace, convention, 2);
                for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention, 2).steps()) {
                    for (View view : step.views()) {
                        String where = network.getKey() + ", " + convention.summary() + ", step " + (step.index() + 1)
                                + " " + step.title() + ", view " + view.title();
                        for (NamedMatrix grid : view.matrices()) {
                            checked += assertSameCells(oracle.expected(grid.name()), grid.values(), where + ", grid "
                                    + grid.name());
                        }
                        boolean perExample = view.kind() == ViewKind.JACOBIAN || view.kind() == ViewKind.SOFTMAX;
                        assertTrue(!perExample || view.title().contains("(example 3)"), where);
                        assertTrue(!perExample && view.kind() != ViewKind.NAIVE || view.numeric().contains(shown), where);
                        assertTrue(!view.numeric().contains("C_{1}") && !view.symbolic().contains("C_{1}"), where);
                    }
                }
            }
        }
        assertTrue(checked > 1_000, "cells compared: " + checked);
    }

    @Test
    void aRowConventionShowsTheBatchAsRowsAndStoresWeightsAsItsSourceDoes() {
        Trace trace = Trace.of(Presets.MINI_BATCH.load());
        Step pytorch = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.PYTORCH).steps().get(0);
        Step cs231n = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.CS231N).steps().get(0);
        int m = trace.network().batchSize();
        int inputs = trace.network().size(0);
        int units = trace.network().size(1);
        assertEquals(List.of(units + "×" + inputs, m + "×" + inputs, units + "×1", m + "×" + units),
                pytorch.matrices().stream().map(grid -> grid.values().shape()).toList());
        assertEquals(List.of(inputs + "×" + units, m + "×" + inputs, "1×" + units, m + "×" + units),
                cs231n.matrices().stream().map(grid -> grid.values().shape()).toList());
    }

    @Test
    void theLayerIndexStyleChangesTheNamesAndNeverTheNumbers() {
        Trace trace = Trace.of(TestNetworks.threeFourFourTwo());
        List<Step> parentheses = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.DELTASCOPE).steps();
        List<Step> brackets = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.DELTASCOPE
                .withIndex(IndexStyle.BRACKETS)).steps();
        List<Step> plain = DerivationBuilder.build(trace, NumberStyle.DEFAULT, Convention.NIELSEN).steps();
        for (int i = 0; i < parentheses.size(); i++) {
            for (int g = 0; g < parentheses.get(i).matrices().size(); g++) {
                NamedMatrix original = parentheses.get(i).matrices().get(g);
                assertEquals(original.values(), brackets.get(i).matrices().get(g).values());
                assertEquals(IndexStyle.BRACKETS.plain(original.name()), brackets.get(i).matrices().get(g).name());
                assertEquals(original.values(), plain.get(i).matrices().get(g).values());
            }
            assertTrue(!brackets.get(i).symbolic().contains("^{("), brackets.get(i).symbolic());
        }
        assertEquals("W^{[2]}", IndexStyle.BRACKETS.latex("W^{(2)}"));
        assertEquals("(W²)ᵀδ²", IndexStyle.SUPERSCRIPT.plain("(W⁽²⁾)ᵀδ⁽²⁾"));
        assertEquals("a^[l+1]", IndexStyle.BRACKETS.plain("a⁽ˡ⁺¹⁾"));
    }

    private static int assertSameCells(Matrix expected, Matrix actual, String where) {
        assertEquals(expected.shape(), actual.shape(), where);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                double want = expected.get(r, c);
                double got = actual.get(r, c);
                assertTrue(want == got || Math.abs(want - got) <= 1e-12 * Math.max(1, Math.abs(want)),
                        where + " cell (" + (r + 1) + ", " + (c + 1) + "): " + got + ", trace " + want);
            }
        }
        return expected.rows() * expected.columns();
    }
}
