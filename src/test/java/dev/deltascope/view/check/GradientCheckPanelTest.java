package dev.deltascope.view.check;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.model.GradientCheck;
import dev.deltascope.model.ParameterCheck;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.step.StepViewFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GradientCheckPanelTest {

    private final Trace classic = StepViewFixtures.classicTrace();
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(classic);
    private GradientCheckPanel panel;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        panel = new GradientCheckPanel(trace);
        WindowFixture.show(stage, panel, 900, 500);
    }

    /** A trace of the classic network whose check reports the given parameters instead of its own. */
    private Trace withCheck(ParameterCheck... parameters) {
        return new Trace(classic.forward(), classic.vjp(), classic.jacobian(), classic.componentWise(),
                new GradientCheck(List.of(parameters), 10));
    }

    @Test
    void theWorstParameterOfTheClassicNetworkComesFirst() {
        ParameterCheck largest = classic.check().parameters().get(0);
        for (ParameterCheck p : classic.check().parameters()) {
            if (p.relativeError() > largest.relativeError()) {
                largest = p;
            }
        }
        List<ParameterCheck> rows = onFx(panel::rows);

        assertEquals(12, rows.size());
        assertEquals(largest, rows.get(0));
        assertTrue(onFx(panel::verdict).startsWith("Finite differences agree: worst relative error "), onFx(panel::verdict));
        assertTrue(onFx(panel::verdict).endsWith("all 12 parameters checked"));
        assertTrue(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("agrees")));
    }

    @Test
    void aNotANumberErrorIsWorstAndItsRowIsHighlighted() {
        ParameterCheck fine = new ParameterCheck(1, false, 0, 0, 0.5, 0.5, 1e-10);
        ParameterCheck broken = new ParameterCheck(2, true, 1, 0, Double.NaN, 0.2, Double.NaN);
        ParameterCheck doubtful = new ParameterCheck(2, false, 0, 1, 0.3, 0.3001, 3e-4);
        onFx(() -> {
            trace.set(withCheck(fine, broken, doubtful));
            panel.applyCss();
            panel.layout();
            return null;
        });

        assertEquals(List.of(broken, doubtful, fine), onFx(panel::rows));
        assertEquals("Finite differences disagree: worst relative error NaN at b⁽²⁾₂ · 3 of 10 parameters checked", onFx(panel::verdict));
        assertTrue(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("disagrees")));
        TableRow<?> first = row(broken);
        assertTrue(first.getPseudoClassStates().contains(PseudoClass.getPseudoClass("worst")));
        assertFalse(row(fine).getPseudoClassStates().contains(PseudoClass.getPseudoClass("worst")));
    }

    @Test
    void aDoubtfulWorstErrorIsCalledDoubtfulWithItsUsualCausesAndColouredSo() {
        show(withCheck(new ParameterCheck(1, false, 0, 0, 0.5, 0.5, 1e-10),
                new ParameterCheck(2, false, 0, 1, 0.3, 0.3001, 3e-4)));

        assertEquals("Finite differences doubtful: worst relative error 0.0003 at w⁽²⁾₁₂, at or above the 1×10⁻⁶ "
                + "tolerance (step size, rounding or a kink) · 2 of 10 parameters checked", onFx(panel::verdict));
        assertTrue(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("doubtful")));

        show(withCheck(new ParameterCheck(2, false, 0, 1, 0.3, 0.3003, 1e-3)));

        assertTrue(onFx(panel::verdict).startsWith("Finite differences disagree: worst relative error 0.001 at"));
        assertTrue(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("disagrees")));
    }

    @Test
    void aCheckThatCouldJudgeNoParameterSaysWhyAndIsNotCalledAnAgreement() {
        show(withCheck(new ParameterCheck(1, false, 0, 0, 0.5, 0.7, 0.29, ParameterCheck.Verdict.KINK)));

        assertEquals("Finite differences could judge none of the parameters: a ReLU kink lies within the "
                + "finite-difference step · 1 of 10 parameters checked", onFx(panel::verdict));
        assertTrue(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("doubtful")));
    }

    @Test
    void theVerdictTakesTheColourOfItsState() {
        Paint agrees = verdictColourFor(classic);
        Paint disagrees = verdictColourFor(withCheck(new ParameterCheck(2, true, 1, 0, Double.NaN, 0.2, Double.NaN)));
        Paint pending = verdictColourFor(classic.withCheck(GradientCheck.pending(12)));
        Paint agreesAgain = verdictColourFor(classic);

        assertNotEquals(agrees, disagrees);
        assertNotEquals(agrees, pending);
        assertNotEquals(disagrees, pending);
        assertEquals(agrees, agreesAgain);
    }

    private Paint verdictColourFor(Trace shown) {
        return onFx(() -> {
            trace.set(shown);
            panel.applyCss();
            return ((Label) panel.lookup(".gradient-check-verdict")).getTextFill();
        });
    }

    @Test
    void aPendingCheckShowsCheckingAndNoRowsUntilTheCheckArrives() {
        onFx(() -> {
            trace.set(classic.withCheck(GradientCheck.pending(12)));
            return null;
        });

        assertEquals("Checking 12 parameters against finite differences…", onFx(panel::verdict));
        assertEquals(List.of(), onFx(panel::rows));
        assertFalse(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("agrees")));

        onFx(() -> {
            trace.set(classic);
            return null;
        });

        assertEquals(12, onFx(panel::rows).size());
        assertTrue(onFx(panel::verdict).endsWith("all 12 parameters checked"));
        assertTrue(panel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("agrees")));
    }

    @Test
    void theHighlightMovesToTheNewWorstRowWhenTheOtherRowsAreUnchanged() {
        ParameterCheck first = new ParameterCheck(1, false, 0, 0, 0.5, 0.5005, 1e-3);
        ParameterCheck second = new ParameterCheck(1, false, 0, 1, 0.2, 0.2, 1e-8);
        ParameterCheck secondBroken = new ParameterCheck(1, false, 0, 1, 0.2, 0.3, 0.2);
        show(withCheck(first, second));
        onFx(() -> panel.table().getSortOrder().setAll(List.of(panel.table().getColumns().get(0))));
        assertEquals(List.of(first, second), onFx(panel::rows));
        assertTrue(isMarkedWorst(row(first)));

        show(withCheck(new ParameterCheck(1, false, 0, 0, 0.5, 0.5005, 1e-3), secondBroken));

        assertEquals(List.of(first, secondBroken), onFx(panel::rows));
        assertFalse(isMarkedWorst(row(first)));
        assertTrue(isMarkedWorst(row(secondBroken)));
    }

    private void show(Trace shown) {
        onFx(() -> {
            trace.set(shown);
            panel.applyCss();
            panel.layout();
            return null;
        });
    }

    private static boolean isMarkedWorst(TableRow<?> row) {
        return onFx(() -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("worst")));
    }

    private TableRow<?> row(ParameterCheck item) {
        return onFx(() -> {
            for (Node node : panel.lookupAll(".table-row-cell")) {
                if (node instanceof TableRow<?> row && item.equals(row.getItem())) {
                    return row;
                }
            }
            throw new AssertionError("no row shows " + item.label());
        });
    }

    @Test
    void clickingTheParameterHeaderSortsInNetworkOrder(FxRobot robot) {
        robot.clickOn("Weight\nor bias");

        List<ParameterCheck> rows = onFx(panel::rows);
        assertEquals("W^1[0][0]", rows.get(0).label());
        assertEquals("W^1[0][1]", rows.get(1).label());
        assertEquals("b^1[0]", rows.get(4).label());
        assertEquals("W^2[0][0]", rows.get(6).label());
        assertEquals("b^2[1]", rows.get(11).label());
    }

    @Test
    void clickingTheRelativeErrorHeaderUnsortsThenSortsBestFirstAndANewCheckKeepsThatOrder(FxRobot robot) {
        List<Double> worstFirst = onFx(panel::rows).stream().map(ParameterCheck::relativeError).toList();
        robot.clickOn("Relative\nerror");
        assertEquals(classic.check().parameters(), onFx(panel::rows), "a click on the descending header unsorts");
        robot.clickOn("Relative\nerror");
        List<Double> bestFirst = onFx(panel::rows).stream().map(ParameterCheck::relativeError).toList();

        List<Double> ascending = worstFirst.stream().sorted().toList();
        assertEquals(ascending, bestFirst, "ascending after a second click");
        List<Double> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        assertEquals(descending, worstFirst);
        onFx(() -> {
            trace.set(withCheck(new ParameterCheck(1, false, 0, 0, 1.0, 1.5, 0.4),
                    new ParameterCheck(1, false, 0, 1, 1.0, 1.0, 0.0),
                    new ParameterCheck(1, true, 0, 0, 1.0, 1.1, 0.09)));
            return null;
        });
        assertEquals(List.of("W^1[0][1]", "b^1[0]", "W^1[0][0]"),
                onFx(panel::rows).stream().map(ParameterCheck::label).toList(), "a new check comes in the chosen order");
    }

    @Test
    void anEmptyTraceEmptiesTheTable() {
        onFx(() -> {
            trace.set(null);
            return null;
        });

        assertTrue(onFx(panel::rows).isEmpty());
        assertEquals("No network to check.", onFx(panel::verdict));
    }

    /** Rows and verdict write the layer as the convention does: w⁽²⁾₁₂, w²₁₂ or w^[2]₁₂ (units from 1). */
    @Test
    void parametersAreNamedInTheConventionsLayerIndex() {
        ParameterCheck weight = new ParameterCheck(2, false, 0, 1, 0.5, 0.5001, 1e-4);
        ParameterCheck bias = new ParameterCheck(1, true, 2, 0, 0.3, 0.3, 1e-9);
        onFx(() -> {
            trace.set(withCheck(weight, bias));
            return null;
        });
        assertEquals(List.of("w⁽²⁾₁₂", "b⁽¹⁾₃"), namesShownAfter(IndexStyle.PARENTHESES));
        assertEquals(List.of("w^[2]₁₂", "b^[1]₃"), namesShownAfter(IndexStyle.BRACKETS));
        assertTrue(onFx(panel::verdict).contains(" at w^[2]₁₂, "), onFx(panel::verdict));
        assertEquals(List.of("w²₁₂", "b¹₃"), namesShownAfter(IndexStyle.SUPERSCRIPT));
        assertTrue(onFx(panel::verdict).contains(" at w²₁₂, "), onFx(panel::verdict));
    }

    /** The first column's text in the rows shown, top to bottom, once the panel names layers in {@code style}. */
    private List<String> namesShownAfter(IndexStyle style) {
        return onFx(() -> {
            panel.indexStyleProperty().set(style);
            panel.applyCss();
            panel.layout();
            List<String> names = new ArrayList<>();
            for (ParameterCheck item : panel.rows()) {
                for (Node node : panel.lookupAll(".table-row-cell")) {
                    if (node instanceof TableRow<?> row && item.equals(row.getItem())) {
                        names.add(((Labeled) row.getChildrenUnmodifiable().get(0)).getText());
                    }
                }
            }
            return names;
        });
    }
}
