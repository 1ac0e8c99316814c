package dev.deltascope.view.cost;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.cost.CostModel;
import dev.deltascope.cost.StepCost;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.step.StepViewFixtures;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CostPanelTest {

    /** The default network, 3-4-4-2 with sigmoid layers. */
    private final Network network = Presets.defaultNetwork();
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(Trace.of(network));
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private CostPanel panel;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        Measurer measurer = new Measurer(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cost-test");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater, 2_000_000);
        panel = new CostPanel(trace, step, measurer);
        WindowFixture.show(stage, panel, 560, 760);
    }

    /**
     * Looks the label up on the JavaFX thread: measurements arriving in the background rebuild the
     * step tables there, and a lookup from the test thread could walk the scene graph mid-rebuild.
     */
    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup("#" + id).queryAs(Label.class).getText());
    }


    @Test
    void everyBackwardStepOfTheDefaultNetworkIsListedWithItsHandCountedCosts(FxRobot robot) {
        assertEquals(List.of(3, 2, 1), onFx(() -> panel.rows().stream().map(StepCost::layer).toList()));
        assertEquals(CostModel.backwardSteps(network), onFx(panel::rows));
        // δ³, output, n = 2: J 2×2 → 4 multiply-adds, 4 + 2 doubles; VJP 2 and 2 + 2.
        assertEquals("4", text(robot, "cost-step-3-jacobian-multiply-adds"));
        assertEquals("6", text(robot, "cost-step-3-jacobian-memory"));
        assertEquals("2", text(robot, "cost-step-3-vjp-multiply-adds"));
        assertEquals("4", text(robot, "cost-step-3-vjp-memory"));
        // δ², n = 4 after 2 units: (W³)ᵀδ³ 8, then J 16; doubles 4 + 16 + 4. VJP 8 + 4; 4 + 4 + 4.
        assertEquals("24", text(robot, "cost-step-2-jacobian-multiply-adds"));
        assertEquals("12", text(robot, "cost-step-2-vjp-multiply-adds"));
        assertEquals("2×", text(robot, "cost-step-2-multiply-add-ratio"));
        // δ¹, n = 4 after 4 units: 16 + 16 against 16 + 4.
        assertEquals("32", text(robot, "cost-step-1-jacobian-multiply-adds"));
        assertEquals("20", text(robot, "cost-step-1-vjp-multiply-adds"));
        assertEquals("1.6×", text(robot, "cost-step-1-multiply-add-ratio"));
        assertEquals(CostPanel.WHY, text(robot, "cost-why"));
    }

    @Test
    void everyStepGetsAMeasuredTime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !text(robot, "cost-step-1-jacobian-time").equals("…"));

        for (int l = 1; l <= 3; l++) {
            assertTrue(text(robot, "cost-step-" + l + "-vjp-time").matches("[0-9.]+ (ns|µs|ms)"),
                    text(robot, "cost-step-" + l + "-vjp-time"));
        }
    }

    @Test
    void movingTheSliderMeasuresTheNewWidth(FxRobot robot) throws Exception {
        onFx(() -> {
            panel.widening().slider().setValue(Math.log(48) / Math.log(2));
            return null;
        });

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> panel.measuredWidths().contains(48)));

        assertEquals("n = 48", text(robot, "cost-width-label"));
        List<GrowthChart.Point> measured = onFx(() -> panel.widening().measuredChart().jacobianPoints());
        assertTrue(measured.stream().anyMatch(point -> point.width() == 48 && point.value() > 0), measured.toString());
        List<GrowthChart.Point> counted = onFx(() -> panel.widening().countedChart().jacobianPoints());
        assertTrue(counted.contains(new GrowthChart.Point(48, 48 * 48)), counted.toString());
        assertTrue(onFx(() -> panel.widening().countedChart().vjpPoints()).contains(new GrowthChart.Point(48, 48)));
        assertTrue(text(robot, "cost-readout").startsWith("At n = 48, the activation node of layer 2 (sigmoid): the"
                + " Jacobian chain does 2,304 multiply-adds and stores 2,352 numbers; the VJP 48 and 96."),
                text(robot, "cost-readout"));
    }

    @Test
    void anotherNetworkReplacesTheSteps(FxRobot robot) {
        onFx(() -> {
            trace.set(StepViewFixtures.classicTrace());
            return null;
        });

        assertEquals(List.of(2, 1), onFx(() -> panel.rows().stream().map(StepCost::layer).toList()));
        assertEquals("8", text(robot, "cost-step-1-jacobian-multiply-adds"));
        assertEquals("6", text(robot, "cost-step-1-vjp-multiply-adds"));
        assertTrue(onFx(() -> robot.lookup("#cost-step-3").tryQuery().isEmpty()));
    }

    @Test
    void theCurrentBackwardStepIsHighlightedAndItsLayerWidened(FxRobot robot) {
        Derivation derivation = StepViewFixtures.derivation(trace.get());
        onFx(() -> {
            step.set(StepViewFixtures.step(derivation, StepKind.BACKWARD, 1));
            return null;
        });

        PseudoClass current = PseudoClass.getPseudoClass("current");
        assertTrue(onFx(() -> robot.lookup("#cost-step-1").query().getPseudoClassStates().contains(current)));
        assertFalse(onFx(() -> robot.lookup("#cost-step-3").query().getPseudoClassStates().contains(current)));
        assertEquals(1, (int) onFx(() -> panel.widening().layer()));
        assertEquals("n = 4", text(robot, "cost-width-label"));
    }
}
