package dev.deltascope.view.diagram;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.StepViewFixtures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pointing at a unit or an edge of the diagram names it and gives its value in full, whatever the
 * unit has room to write: the shortest decimal that reads back as the same double, which is what
 * {@link Double#toString} writes for these magnitudes.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramTooltipTest {

    private final Trace classic = StepViewFixtures.classicTrace();
    private final Derivation derivation = StepViewFixtures.derivation(classic);
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private NetworkDiagram diagram;
    private StackPane root;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        diagram = new NetworkDiagram(new SimpleObjectProperty<>(classic), step, new SimpleObjectProperty<HoverTarget>());
        root = new StackPane(diagram);
        WindowFixture.show(stage, root, 900, 400);
    }

    private Point2D onScreen(double x, double y) {
        return onFx(() -> diagram.localToScreen(x, y));
    }

    @Test
    void pointingAtAUnitGivesItsValueInFull(FxRobot robot) {
        robot.interact(() -> step.set(StepViewFixtures.step(derivation, StepKind.BACKWARD, 1)));
        double delta = classic.gradients().delta(1).get(1, 0);

        robot.moveTo(onScreen(onFx(() -> diagram.geometry().x(1)), onFx(() -> diagram.geometry().y(1, 1))));
        StepViewFixtures.waitUntil("the tooltip shows", () -> diagram.tooltip().isShowing());

        assertEquals("δ⁽¹⁾₂ = " + Double.toString(delta).replace('-', '−'), onFx(() -> diagram.tooltip().getText()));
    }

    /** A new step shows other values: the tooltip of the old one goes rather than stand stale. */
    @Test
    void aNewStepTakesTheTooltipAway(FxRobot robot) {
        robot.interact(() -> step.set(StepViewFixtures.step(derivation, StepKind.BACKWARD, 1)));
        robot.moveTo(onScreen(onFx(() -> diagram.geometry().x(1)), onFx(() -> diagram.geometry().y(1, 0))));
        StepViewFixtures.waitUntil("the tooltip shows", () -> diagram.tooltip().isShowing());

        robot.interact(() -> step.set(StepViewFixtures.step(derivation, StepKind.FORWARD_LINEAR, 1)));

        assertFalse(onFx(() -> diagram.tooltip().isShowing()));
    }

    @Test
    void pointingAtAnEdgeGivesItsWeightInTheConventionsIndexStyle(FxRobot robot) {
        robot.interact(() -> {
            step.set(StepViewFixtures.step(derivation, StepKind.COST, 2));
            diagram.indexStyleProperty().set(IndexStyle.BRACKETS);
        });
        Point2D from = onFx(() -> new Point2D(diagram.geometry().x(1), diagram.geometry().y(1, 0)));
        Point2D to = onFx(() -> new Point2D(diagram.geometry().x(2), diagram.geometry().y(2, 1)));
        Point2D middle = from.midpoint(to);

        robot.moveTo(onScreen(middle.getX(), middle.getY()));
        StepViewFixtures.waitUntil("the tooltip shows", () -> diagram.tooltip().isShowing());
        assertEquals("w^[2]₂₁ = 0.5", onFx(() -> diagram.tooltip().getText()));

        robot.moveTo(onScreen(from.getX(), from.getY() + 1000));
        StepViewFixtures.waitUntil("the tooltip hides", () -> !diagram.tooltip().isShowing());
        assertFalse(onFx(() -> diagram.tooltip().isShowing()));
    }
}
