package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Agreement.Verdict;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.view.WindowFixture;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StepPaneTest {

    private final Derivation classic = StepViewFixtures.derivation(StepViewFixtures.classicTrace());
    private final Step backward = StepViewFixtures.step(classic, StepKind.BACKWARD, 1);
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(backward);
    private final ObjectProperty<ViewKind> view = new SimpleObjectProperty<>(ViewKind.VJP);
    private final IntegerProperty unit = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final IntegerProperty precision = new SimpleIntegerProperty(4);
    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>();
    private StepPane pane;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        pane = new StepPane(step, view, unit, zoom, precision, hover);
        WindowFixture.show(stage, pane, 1200, 780);
    }

    private void change(Runnable edit) {
        onFx(() -> {
            edit.run();
            pane.applyCss();
            pane.layout();
            return null;
        });
    }

    private List<String> gridNames() {
        return onFx(() -> pane.grids().stream().map(MatrixGridView::name).toList());
    }

    private static List<String> names(List<NamedMatrix> matrices) {
        return matrices.stream().map(NamedMatrix::name).toList();
    }

    @Test
    void clickingAViewShowsItsFormulasAndMatrices(FxRobot robot) {
        View jacobian = backward.view(ViewKind.JACOBIAN);
        assertTrue(onFx(pane::showsViewSwitch));

        robot.clickOn("Jacobian chain");

        assertEquals(ViewKind.JACOBIAN, view.get());
        assertEquals(jacobian.symbolic(), onFx(() -> pane.symbolic().getFormula()));
        assertEquals(jacobian.numeric(), onFx(() -> pane.numeric().getFormula()));
        assertEquals(names(jacobian.matrices()), gridNames());
        assertTrue(onFx(() -> pane.viewToggles().get(1).isSelected()));
    }

    @Test
    void theUnitPickerShowsOnlyForTheComponentWiseView(FxRobot robot) {
        assertFalse(onFx(() -> pane.unitPicker().isVisible()));

        robot.clickOn("Component-wise");
        assertTrue(onFx(() -> pane.unitPicker().isVisible()));
        View component = backward.view(ViewKind.COMPONENT);
        assertEquals(component.unitFormulas().get(0), onFx(() -> pane.numeric().getFormula()));

        robot.clickOn(pane.unitPicker()).clickOn("unit j = 2");
        assertEquals(1, unit.get());
        assertEquals(component.unitFormulas().get(1), onFx(() -> pane.numeric().getFormula()));

        robot.clickOn("Naive chain");
        assertFalse(onFx(() -> pane.unitPicker().isVisible()));
    }

    @Test
    void forwardStepsHaveNoViewSwitchAndNoAgreementLine() {
        Step forward = StepViewFixtures.step(classic, StepKind.FORWARD_LINEAR, 1);
        change(() -> step.set(forward));

        assertFalse(onFx(pane::showsViewSwitch));
        assertFalse(onFx(() -> pane.agreement().isVisible()));
        assertEquals(forward.numeric(), onFx(() -> pane.numeric().getFormula()));
        assertEquals(List.of("W⁽¹⁾", "a⁽⁰⁾", "b⁽¹⁾", "z⁽¹⁾"), gridNames());
    }

    @Test
    void backwardStepsAlwaysShowHowWellTheViewsAgree(FxRobot robot) {
        String expected = "finite differences agree to "
                + new NumberFormatter(2).text(backward.agreement().finiteDifferenceRelativeError()) + " relative";

        for (String label : List.of("VJP / Hadamard", "Jacobian chain", "Component-wise", "Naive chain")) {
            robot.clickOn(label);
            assertTrue(onFx(() -> pane.agreement().isVisible()), label);
            assertTrue(onFx(() -> pane.agreement().getText()).endsWith(expected), onFx(() -> pane.agreement().getText()));
        }
        assertTrue(pane.agreement().getStyleClass().contains("agrees"));
    }

    @Test
    void aSoftmaxOutputOffersTheSoftmaxJacobian() {
        Derivation softmax = StepViewFixtures.derivation(Trace.of(StepViewFixtures.softmaxBatch()));
        change(() -> {
            view.set(ViewKind.SOFTMAX);
            step.set(StepViewFixtures.step(softmax, StepKind.OUTPUT_ERROR, 2));
        });

        List<String> labels = onFx(() -> pane.viewToggles().stream().map(ToggleButton::getText).toList());
        assertEquals(List.of("VJP / Hadamard", "Jacobian chain", "Component-wise", "Softmax Jacobian"), labels);
        assertTrue(onFx(() -> pane.viewToggles().get(3).isSelected()));
        assertEquals(step.get().view(ViewKind.SOFTMAX).numeric(), onFx(() -> pane.numeric().getFormula()));
    }

    @Test
    void aViewTheStepLacksFallsBackToVjpAndIsRememberedForLater() {
        change(() -> view.set(ViewKind.SOFTMAX));

        assertEquals(ViewKind.SOFTMAX, view.get());
        assertTrue(onFx(() -> pane.viewToggles().get(0).isSelected()));
        assertEquals(backward.view(ViewKind.VJP).numeric(), onFx(() -> pane.numeric().getFormula()));
    }

    @Test
    void zoomScalesFormulasAndGridsAndPrecisionSetsTheGridDigits() {
        change(() -> {
            zoom.set(1.5);
            precision.set(7);
        });

        assertEquals(28 * 1.5, onFx(() -> pane.symbolic().laidOut().pointSize()), 1e-9);
        assertEquals(17 * 1.5, onFx(() -> pane.grids().get(0).fontSizeProperty().get()), 1e-9);
        assertEquals(7, onFx(() -> pane.grids().get(0).significantDigitsProperty().get()));
    }

    @Test
    void aNetworkWhoseNumbersBlewUpIsShownWithoutFailing(FxRobot robot) {
        Network broken = StepViewFixtures.classic().withLayer(2, StepViewFixtures.classic().layer(2)
                .withWeights(Matrix.of(new double[][] {{Double.NaN, 1e308}, {Double.POSITIVE_INFINITY, 0.5}})));
        Derivation blownUp = StepViewFixtures.derivation(Trace.of(broken));
        for (Step each : blownUp.steps()) {
            change(() -> step.set(each));
            assertEquals(each.title(), onFx(pane::title));
        }
        change(() -> step.set(StepViewFixtures.step(blownUp, StepKind.BACKWARD, 1)));
        for (String label : List.of("Jacobian chain", "Component-wise", "Naive chain")) {
            robot.clickOn(label);
        }
        assertTrue(onFx(() -> pane.agreement().getStyleClass().contains("disagrees")));
    }

    @Test
    void steppingReusesTheGridNodesAndShowsTheNewStepsMatrices() {
        Step first = StepViewFixtures.step(classic, StepKind.FORWARD_LINEAR, 1);
        Step second = StepViewFixtures.step(classic, StepKind.FORWARD_LINEAR, 2);
        change(() -> step.set(first));
        List<MatrixGridView> before = onFx(pane::grids);

        change(() -> step.set(second));

        List<MatrixGridView> after = onFx(pane::grids);
        assertEquals(second.matrices().size(), after.size());
        for (int i = 0; i < after.size(); i++) {
            assertSame(before.get(i), after.get(i), "grid " + i);
            NamedMatrix expected = second.matrices().get(i);
            assertEquals(expected.name(), onFx(after.get(i)::name));
            assertEquals(expected.values(), onFx(after.get(i)::values));
        }
        assertEquals(List.of("W⁽²⁾", "a⁽¹⁾", "b⁽²⁾", "z⁽²⁾"), gridNames());
    }

    @Test
    void aStepWithFewerMatricesShowsOnlyItsOwnGridsAndKeepsTheOthersForLater() {
        Step four = StepViewFixtures.step(classic, StepKind.FORWARD_LINEAR, 2);
        Step fewer = classic.steps().stream().filter(each -> each.matrices().size() < 4 && !each.matrices().isEmpty()
                && each.views().isEmpty()).findFirst().orElseThrow();
        change(() -> step.set(four));
        MatrixGridView last = onFx(() -> pane.grids().get(3));

        change(() -> step.set(fewer));

        assertEquals(names(fewer.matrices()), gridNames());
        assertFalse(onFx(last::isVisible));
        change(() -> step.set(four));
        assertEquals(List.of("W⁽²⁾", "a⁽¹⁾", "b⁽²⁾", "z⁽²⁾"), gridNames());
        assertSame(last, onFx(() -> pane.grids().get(3)));
    }

    @Test
    void aGridMarkedOnOneStepIsUnmarkedOnTheNext() {
        change(() -> step.set(StepViewFixtures.step(classic, StepKind.FORWARD_LINEAR, 1)));
        change(() -> pane.grids().get(0).setStyle("-fx-background-color: red;"));

        change(() -> step.set(StepViewFixtures.step(classic, StepKind.FORWARD_LINEAR, 2)));

        assertTrue(onFx(() -> pane.grids().stream().allMatch(grid -> grid.getStyle().isEmpty())));
    }

    @Test
    void theAgreementLineCarriesOnlyTheStateOfTheStepShown() {
        Network broken = StepViewFixtures.classic().withLayer(2, StepViewFixtures.classic().layer(2)
                .withWeights(Matrix.of(new double[][] {{Double.NaN, 1e308}, {Double.POSITIVE_INFINITY, 0.5}})));
        Step blownUp = StepViewFixtures.step(StepViewFixtures.derivation(Trace.of(broken)), StepKind.BACKWARD, 1);

        change(() -> step.set(blownUp));
        assertEquals(List.of("disagrees"), onFx(() -> agreementStates()));
        change(() -> step.set(backward));
        assertEquals(List.of("agrees"), onFx(() -> agreementStates()));
    }

    private List<String> agreementStates() {
        List<String> verdicts = Arrays.stream(Verdict.values()).map(Verdict::styleClass).toList();
        return pane.agreement().getStyleClass().stream().filter(verdicts::contains).toList();
    }

    @Test
    void withoutAStepItSaysSo() {
        change(() -> step.set(null));

        assertTrue(gridNames().isEmpty());
        assertFalse(onFx(() -> pane.agreement().isVisible()));
    }
}
