package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.deltascope.derivation.Step;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.view.WindowFixture;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StepTimelineTest {

    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(StepViewFixtures.classic());
    private StepperModel stepper;
    private ListView<?> list;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        stepper = new StepperModel(network);
        StepTimeline timeline = new StepTimeline(stepper, new StatusLine());
        WindowFixture.show(stage, timeline, 1400, 120);
        list = (ListView<?>) timeline.lookup("#step-list");
    }

    private static List<String> numberedTitles(List<Step> steps) {
        return steps.stream().map(step -> (step.index() + 1) + ". " + step.title()).toList();
    }

    @Test
    void theListNamesEveryStepAndSelectsTheCurrentOne() {
        onFx(() -> {
            stepper.next();
            stepper.next();
            return null;
        });

        assertEquals(numberedTitles(stepper.steps()), onFx(() -> List.copyOf(list.getItems())));
        assertEquals(2, onFx(() -> list.getSelectionModel().getSelectedIndex()));
    }

    @Test
    void selectingAStepInTheListGoesToIt() {
        onFx(() -> {
            list.getSelectionModel().select(4);
            return null;
        });

        assertEquals(4, onFx(stepper::stepIndex));
    }

    @Test
    void anEditThatKeepsTheTitlesLeavesTheListAsItIs() {
        AtomicInteger changes = new AtomicInteger();
        List<Step> before = onFx(() -> {
            stepper.goTo(3);
            list.getItems().addListener((ListChangeListener<Object>) change -> changes.incrementAndGet());
            return stepper.steps();
        });
        Network classic = network.get();
        Matrix weights = classic.layer(1).weights();

        onFx(() -> {
            network.set(classic.withLayer(1, classic.layer(1).withWeights(weights.with(0, 0, weights.get(0, 0) + 0.25))));
            return null;
        });
        StepViewFixtures.waitUntil("the new derivation is shown", () -> onFx(() -> !stepper.steps().equals(before)));

        assertNotEquals(before, onFx(stepper::steps));
        assertEquals(0, changes.get());
        assertEquals(numberedTitles(onFx(stepper::steps)), onFx(() -> List.copyOf(list.getItems())));
        assertEquals(3, onFx(() -> list.getSelectionModel().getSelectedIndex()));
    }
}
