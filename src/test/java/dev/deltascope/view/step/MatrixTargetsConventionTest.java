package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.DerivativeLayout;
import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.VectorLayout;
import dev.deltascope.derivation.View;
import dev.deltascope.file.Presets;
import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In every convention each grid cell's hover target is the unit, weight or bias whose number the
 * cell holds: a unit target (l, j) must hold one of the trace's quantities of unit j of layer l (z, a,
 * δ, σ′, the gradient from above, y, the Jacobian chain's ∂C/∂z, g ⊙ σ′) for the example shown or, in a
 * batch grid, for some example; a weight or bias target must hold that parameter, its gradient or
 * its updated value. Read from the trace, never from the mapping under test.
 */
class MatrixTargetsConventionTest {

    private static final int EXAMPLE = 2;

    @Test
    void everyGridInEveryConventionPointsAtTheNetworkAndEachCellAtTheUnitOrParameterItsNumberBelongsTo() {
        int cells = 0;
        for (Network network : List.of(Presets.MINI_BATCH.load(), StepViewFixtures.softmaxBatch(),
                StepViewFixtures.classic())) {
            Trace trace = Trace.of(network);
            Network updated = GradientDescent.step(network, trace.gradients());
            int example = Math.min(EXAMPLE, network.batchSize() - 1);
            for (Convention convention : conventions()) {
                for (Step step : DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention, example).steps()) {
                    List<NamedMatrix> grids = new ArrayList<>(step.matrices());
                    for (View view : step.views()) {
                        grids.addAll(view.matrices());
                    }
                    for (NamedMatrix grid : grids) {
                        if (grid.name().endsWith(" (no transpose)")) {
                            continue;
                        }
                        CellTargets targets = MatrixTargets.of(grid.name(), network.depth(), convention);
                        boolean linked = false;
                        for (int r = 0; r < grid.values().rows(); r++) {
                            for (int c = 0; c < grid.values().columns(); c++) {
                                HoverTarget target = targets.at(r, c);
                                if (target == null) {
                                    continue;
                                }
                                String where = network.title() + ", " + convention.summary() + ", step "
                                        + (step.index() + 1) + ", grid " + grid.name() + " cell (" + (r + 1) + ", "
                                        + (c + 1) + ") → " + target;
                                assertTrue(holds(trace, updated, target, grid.values().get(r, c)), where);
                                linked = true;
                                cells++;
                            }
                        }
                        assertTrue(linked || List.of("C", "Cᵢ").contains(grid.name()), network.title() + ", "
                                + convention.summary() + ", step " + (step.index() + 1) + ": no cell of " + grid.name()
                                + " points at the network");
                    }
                }
            }
        }
        assertTrue(cells > 5_000, "cells checked: " + cells);
    }

    @Test
    void theDenominatorLayoutsDerivativeColumnLinksRowJToUnitJ() {
        Trace trace = Trace.of(Presets.MINI_BATCH.load());
        for (Convention convention : List.of(Convention.NG, Convention.D2L)) {
            Step backward = DerivationBuilder.build(trace, NumberStyle.DEFAULT, convention, EXAMPLE).steps().stream()
                    .filter(step -> step.title().startsWith("Backward")).findFirst().orElseThrow();
            NamedMatrix derivative = backward.view(dev.deltascope.derivation.ViewKind.JACOBIAN).matrices().get(0);
            assertEquals(trace.network().size(1) + "×1", derivative.values().shape(), derivative.name());
            CellTargets targets = MatrixTargets.of(derivative.name(), 2, convention);
            for (int j = 0; j < trace.network().size(1); j++) {
                assertEquals(HoverTarget.unit(1, j), targets.at(j, 0), convention.summary() + " row " + (j + 1));
            }
        }
    }

    /** Every vector layout with every derivative layout, each in one of the three index styles. */
    private static List<Convention> conventions() {
        List<Convention> out = new ArrayList<>();
        IndexStyle[] styles = IndexStyle.values();
        int i = 0;
        for (VectorLayout vectors : VectorLayout.values()) {
            for (DerivativeLayout derivatives : DerivativeLayout.values()) {
                out.add(new Convention(vectors, derivatives, styles[i++ % styles.length]));
            }
        }
        return out;
    }

    private static boolean holds(Trace trace, Network updated, HoverTarget target, double value) {
        int l = target.layer();
        Network network = trace.network();
        if (target.isWeight()) {
            return same(value, network.layer(l).weights().get(target.row(), target.column()))
                    || same(value, trace.gradients().weightGradient(l).get(target.row(), target.column()))
                    || same(value, updated.layer(l).weights().get(target.row(), target.column()));
        }
        if (!target.isUnit()) {
            return same(value, network.layer(l).biases().get(target.row(), 0))
                    || same(value, trace.gradients().biasGradient(l).get(target.row(), 0))
                    || same(value, updated.layer(l).biases().get(target.row(), 0));
        }
        int j = target.row();
        List<Matrix> quantities = new ArrayList<>(List.of(trace.forward().a(l)));
        if (l >= 1) {
            quantities.addAll(List.of(trace.gradients().upstream(l), trace.forward().z(l), trace.forward().slope(l), trace.gradients().delta(l),
                    trace.jacobian().delta(l)));
        }
        if (l == network.depth()) {
            quantities.add(network.targets());
        }
        for (Matrix quantity : quantities) {
            for (int e = 0; e < network.batchSize(); e++) {
                if (same(value, quantity.get(j, e))) {
                    return true;
                }
            }
        }
        for (int e = 0; e < network.batchSize() && l >= 1; e++) {
            if (same(value, trace.gradients().upstream(l).get(j, e) * trace.forward().slope(l).get(j, e))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(double value, double expected) {
        return value == expected || Math.abs(value - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
    }
}
