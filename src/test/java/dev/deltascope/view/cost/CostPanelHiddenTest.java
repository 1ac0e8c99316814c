package dev.deltascope.view.cost;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.cost.StepCost;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cost panel in a tab: it does nothing while another tab is shown and catches up when its own is. */
@ExtendWith(ApplicationExtension.class)
class CostPanelHiddenTest {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(Trace.of(Presets.defaultNetwork()));
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private CostPanel panel;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        Measurer measurer = new Measurer(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cost-hidden-test");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater, 2_000_000);
        panel = new CostPanel(trace, step, measurer);
        tabs = new TabPane(new Tab("Cost", panel), new Tab("Other"));
        WindowFixture.show(stage, tabs, 560, 760);
    }

    private void select(int tab) {
        onFx(() -> {
            tabs.getSelectionModel().select(tab);
            return null;
        });
    }

    private Node node(String id) {
        return onFx(() -> panel.lookup("#" + id));
    }

    private String text(String id) {
        return onFx(() -> ((Label) panel.lookup("#" + id)).getText());
    }

    @Test
    void aHiddenPanelKeepsItsTablesThroughEditsAndStepsAndShowsTheCurrentOnesWhenShownAgain() {
        Node outputCard = node("cost-step-3");
        select(1);

        Trace classic = StepViewFixtures.classicTrace();
        onFx(() -> {
            trace.set(classic);
            step.set(StepViewFixtures.step(StepViewFixtures.derivation(classic), StepKind.BACKWARD, 1));
            return null;
        });

        assertEquals(List.of(3, 2, 1), onFx(() -> panel.rows().stream().map(StepCost::layer).toList()));
        assertSame(outputCard, node("cost-step-3"));
        assertFalse(onFx(() -> node("cost-step-1").getPseudoClassStates().contains(CURRENT)));

        select(0);

        assertEquals(List.of(2, 1), onFx(() -> panel.rows().stream().map(StepCost::layer).toList()));
        assertTrue(onFx(() -> panel.lookup("#cost-step-3") == null));
        // The classic network, 2-2-2: δ¹ is (W²)ᵀδ² (4) and a 2 × 2 Jacobian (4) against 4 + 2.
        assertEquals("8", text("cost-step-1-jacobian-multiply-adds"));
        assertEquals("6", text("cost-step-1-vjp-multiply-adds"));
        assertTrue(onFx(() -> node("cost-step-1").getPseudoClassStates().contains(CURRENT)));
        assertEquals(1, (int) onFx(() -> panel.widening().layer()));
    }

    @Test
    void aMeasuredTimeAndAnotherStepChangeTheLabelsInPlace() throws Exception {
        Node card = node("cost-step-1");
        Node time = node("cost-step-1-jacobian-time");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text("cost-step-1-jacobian-time").equals("…"));
        Trace current = trace.get();
        onFx(() -> {
            step.set(StepViewFixtures.step(StepViewFixtures.derivation(current), StepKind.BACKWARD, 1));
            return null;
        });

        assertTrue(text("cost-step-1-jacobian-time").matches("[0-9.]+ (ns|µs|ms)"), text("cost-step-1-jacobian-time"));
        assertSame(time, node("cost-step-1-jacobian-time"));
        assertSame(card, node("cost-step-1"));
        assertTrue(onFx(() -> card.getPseudoClassStates().contains(CURRENT)));
    }
}
