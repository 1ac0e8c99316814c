package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MatrixTargetsTest {

    @Test
    void transposedWeightsSwapRowAndColumn() {
        CellTargets targets = MatrixTargets.of("(W⁽³⁾)ᵀ", 3);
        assertEquals(HoverTarget.weight(3, 1, 0), targets.at(0, 1));
    }

    @Test
    void gradientsAndUpdatedParametersPointAtTheirParameter() {
        assertEquals(HoverTarget.weight(2, 1, 0), MatrixTargets.of("∂C/∂W⁽²⁾", 2).at(1, 0));
        assertEquals(HoverTarget.weight(2, 1, 0), MatrixTargets.of("W⁽²⁾ (updated)", 2).at(1, 0));
        assertEquals(HoverTarget.bias(1, 1), MatrixTargets.of("∂C/∂b⁽¹⁾", 2).at(1, 0));
    }

    @Test
    void unitQuantitiesPointAtTheirUnitWhateverTheExample() {
        assertEquals(HoverTarget.unit(1, 2), MatrixTargets.of("Δ⁽¹⁾", 2).at(2, 1));
        assertEquals(HoverTarget.unit(1, 2), MatrixTargets.of("σ′(z⁽¹⁾)", 2).at(2, 0));
        assertEquals(HoverTarget.unit(1, 0), MatrixTargets.of("(W⁽²⁾)ᵀδ⁽²⁾", 2).at(0, 0));
        assertEquals(HoverTarget.unit(2, 1), MatrixTargets.of("∇ₐC", 2).at(1, 0));
        assertEquals(HoverTarget.unit(12, 1), MatrixTargets.of("z⁽¹²⁾", 2).at(1, 0));
    }

    @Test
    void rowVectorsPointAtUnitsAcrossTheirColumns() {
        assertEquals(HoverTarget.unit(2, 1), MatrixTargets.of("(δ⁽²⁾)ᵀ", 2).at(0, 1));
        assertEquals(HoverTarget.unit(0, 1), MatrixTargets.of("(a⁽⁰⁾)ᵀ", 2).at(0, 1));
        assertEquals(HoverTarget.unit(1, 2), MatrixTargets.of("∂C/∂z⁽¹⁾", 2).at(0, 2));
    }

    @Test
    void diagonalMatricesPointAtUnitsOnlyOnTheDiagonal() {
        CellTargets diagonal = MatrixTargets.of("diag(σ′(z⁽²⁾))", 2);
        assertEquals(HoverTarget.unit(2, 1), diagonal.at(1, 1));
        assertNull(diagonal.at(0, 1));
    }

    @Test
    void unknownNamesPointNowhere() {
        assertNull(MatrixTargets.of("C_k", 2).at(0, 0));
        assertNull(MatrixTargets.of("something else", 2).at(0, 0));
    }

    @Test
    void everyMatrixOfEveryDerivationPointsInsideItsNetwork() {
        for (Network network : List.of(StepViewFixtures.classic(), StepViewFixtures.softmaxBatch(),
                StepViewFixtures.wide(5))) {
            Set<String> pointingNowhere = new TreeSet<>();
            for (Step step : StepViewFixtures.derivation(Trace.of(network)).steps()) {
                List<NamedMatrix> matrices = new ArrayList<>(step.matrices());
                for (View view : step.views()) {
                    matrices.addAll(view.matrices());
                }
                for (NamedMatrix matrix : matrices) {
                    if (!pointsInside(matrix, MatrixTargets.of(matrix.name(), network.depth()), network)) {
                        pointingNowhere.add(matrix.name());
                    }
                }
            }
            pointingNowhere.removeIf(name -> name.endsWith(" (no transpose)"));
            assertTrue(Set.of(Set.of("C"), Set.of("Cᵢ")).contains(pointingNowhere), network.title() + ": " + pointingNowhere);
        }
    }

    /** True when some cell points somewhere and every cell that does points at a unit or weight the network has. */
    private static boolean pointsInside(NamedMatrix matrix, CellTargets targets, Network network) {
        boolean any = false;
        for (int r = 0; r < matrix.values().rows(); r++) {
            for (int c = 0; c < matrix.values().columns(); c++) {
                HoverTarget target = targets.at(r, c);
                if (target != null) {
                    any = true;
                    assertTrue(target.layer() <= network.depth(), matrix.name() + " → " + target);
                    assertTrue(target.row() < network.size(target.layer()), matrix.name() + " → " + target);
                    if (target.isWeight()) {
                        assertTrue(target.column() < network.size(target.layer() - 1), matrix.name() + " → " + target);
                    }
                }
            }
        }
        return any;
    }

    @Test
    void aGridLaidOutTransposedByTheConventionLinksEachCellToTheSameUnitOrWeight() {
        assertEquals(HoverTarget.unit(2, 3), MatrixTargets.of("Z⁽²⁾", 3, Convention.PYTORCH).at(1, 3));
        assertEquals(HoverTarget.weight(2, 1, 0), MatrixTargets.of("W⁽²⁾", 3, Convention.PYTORCH).at(1, 0));
        assertEquals(HoverTarget.weight(2, 1, 0), MatrixTargets.of("W⁽²⁾", 3, Convention.CS231N).at(0, 1));
        assertEquals(HoverTarget.bias(2, 1), MatrixTargets.of("b⁽²⁾", 3, Convention.CS231N).at(0, 1));
        assertEquals(HoverTarget.weight(2, 1, 0), MatrixTargets.of("W^[2]", 3, Convention.NG).at(1, 0));
        assertEquals(HoverTarget.unit(2, 1), MatrixTargets.of("δ²", 3, Convention.NIELSEN).at(1, 0));
    }
}
