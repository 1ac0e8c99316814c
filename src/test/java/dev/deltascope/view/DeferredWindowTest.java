package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.NetworkFile;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.view.check.GradientCheckPanel;
import dev.deltascope.view.cost.CostPanel;
import dev.deltascope.view.help.TourProgress;
import dev.deltascope.view.session.RecentFiles;
import dev.deltascope.view.session.RecoveryStore;
import dev.deltascope.view.session.WindowSettings;
import dev.deltascope.view.step.StepPane;
import dev.deltascope.view.training.TrainingPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the application opens it: a skeleton in the first frame (menus, timeline, side tabs,
 * room kept for the rest), then the diagram and, once the formulas are ready, the step pane ahead of
 * the editor and the gradient check, which are built while the formulas are not; only then the
 * recovery prompt and the tour, and the hidden tabs (training, cost).
 * The test holds the formula renderer's readiness in its own hand.
 */
@ExtendWith(ApplicationExtension.class)
class DeferredWindowTest {

    private static final String RECOVERY_TITLE = "Restore your work?";
    /** Monocle's headless screen is 1280 × 800; the application's 1440 × 900 window would overflow it. */
    private static final double HEADLESS_SCREEN_WIDTH = 1280;
    private static final double HEADLESS_SCREEN_HEIGHT = 800;

    @TempDir
    Path config;

    private final CompletableFuture<Void> formulasReady = new CompletableFuture<>();
    private Stage stage;
    private MainWindow window;
    private FirstFrame firstFrame;
    private volatile boolean warmUpStarted;
    private final List<Boolean> stepPaneWhenHiddenTabFilled = new CopyOnWriteArrayList<>();
    /** What a layout pulse found built or showing before the formulas were ready; it must stay empty. */
    private final List<String> seenBeforeFormulasReady = new CopyOnWriteArrayList<>();
    /** The parts in the order the frames first showed them. */
    private final List<String> shownInOrder = new CopyOnWriteArrayList<>();

    /** What the window held when its first frame was laid out. */
    private record FirstFrame(boolean diagram, boolean stepPane, boolean preparing, boolean editor,
            List<Boolean> tabsFilled, boolean built, boolean tourShowing, boolean warmUpStarted) {
    }

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeTour(FxRobot robot) {
        formulasReady.complete(null);
        robot.interact(() -> {
            if (tourShowing()) {
                window.guidedTour().overlay().skip();
            }
        });
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            window = new DeltascopeApp().open(stage, WindowParts.afterFirstFrame(this::startWarmUp),
                    new RecoveryStore(config.resolve("recovery.json")), new RecentFiles(config.resolve("recent.txt")),
                    new WindowSettings(config.resolve("settings.properties")), new TourProgress(config.resolve("tour-seen")));
            stage.setWidth(HEADLESS_SCREEN_WIDTH);
            stage.setHeight(HEADLESS_SCREEN_HEIGHT);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                firstFrame = new FirstFrame(has("#network-diagram"), stepPane(), has(".step-preparing"),
                        has("#network-editor"), window.sideTabs().getTabs().stream().map(tab -> tab.getContent() != null).toList(),
                        window.parts().isBuilt(), tourShowing(), warmUpStarted);
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
            stage.getScene().addPostLayoutPulseListener(this::recordWhatCameBeforeTheFormulas);
            stage.getScene().addPostLayoutPulseListener(this::recordTheOrderOfParts);
            window.sideTabs().getTabs().subList(1, 3).forEach(tab -> tab.contentProperty().addListener(
                    (observable, was, content) -> stepPaneWhenHiddenTabFilled.add(stepPane())));
        });
    }

    private void recordWhatCameBeforeTheFormulas() {
        if (formulasReady.isDone()) {
            return;
        }
        if (stepPane()) {
            seenBeforeFormulasReady.add("step pane");
        }
        if (window.parts().isBuilt()) {
            seenBeforeFormulasReady.add("whole window");
        }
        if (tourShowing()) {
            seenBeforeFormulasReady.add("tour");
        }
        if (recoveryPrompt() != null) {
            seenBeforeFormulasReady.add("recovery prompt");
        }
    }

    private void recordTheOrderOfParts() {
        record("diagram", has("#network-diagram"));
        record("step pane", stepPane());
        record("editor", has("#network-editor"));
        record("gradient check", checkFilled());
    }

    private void record(String part, boolean shown) {
        if (shown && !shownInOrder.contains(part)) {
            shownInOrder.add(part);
        }
    }

    private CompletableFuture<Void> startWarmUp() {
        warmUpStarted = true;
        return formulasReady;
    }

    private boolean has(String selector) {
        return window.root().lookup(selector) != null;
    }

    private boolean stepPane() {
        Node area = window.root().lookup("#step-area");
        return area != null && area.lookupAll("*").stream().anyMatch(StepPane.class::isInstance);
    }

    private boolean checkFilled() {
        return window.sideTabs().getTabs().get(0).getContent() instanceof GradientCheckPanel;
    }

    private boolean tabsFilled() {
        return window.sideTabs().getTabs().stream().map(Tab::getContent).allMatch(content -> content != null);
    }

    private boolean tourShowing() {
        return window.guidedTour().overlay() != null && window.guidedTour().overlay().isShowing();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static DialogPane recoveryPrompt() {
        return Window.getWindows().stream()
                .filter(shown -> shown instanceof Stage prompt && RECOVERY_TITLE.equals(prompt.getTitle()))
                .map(shown -> (DialogPane) shown.getScene().getRoot())
                .findFirst().orElse(null);
    }

    @Test
    void theFirstFrameShowsOnlyTheSkeleton(FxRobot robot) throws Exception {
        open(robot);
        waitUntil(() -> firstFrame != null);
        assertFalse(firstFrame.diagram(), "the diagram is a placeholder in the first frame");
        assertFalse(firstFrame.stepPane(), "the step pane is not built for the first frame");
        assertTrue(firstFrame.preparing(), "the step area says the formulas are being prepared");
        assertFalse(firstFrame.editor(), "the editor's room is kept by a placeholder in the first frame");
        assertEquals(List.of(false, false, false), firstFrame.tabsFilled(), "the side tabs are empty in the first frame");
        assertFalse(firstFrame.built());
        assertFalse(firstFrame.tourShowing());
        assertFalse(firstFrame.warmUpStarted(), "the formula warm-up does not compete with the first frame");
        waitUntil(() -> warmUpStarted);
        assertTrue(onFx(() -> has("#step-counter")), "the timeline is part of the skeleton");
        assertTrue(onFx(() -> window.menus().getScene() != null), "the menus are part of the skeleton");
    }

    @Test
    void theDiagramEditorAndCheckFollowWhileTheStepPaneWaitsForTheFormulasAndTheHiddenTabsComeLast(FxRobot robot)
            throws Exception {
        open(robot);
        waitUntil(() -> shownInOrder.contains("gradient check"));
        assertEquals(List.of("diagram", "editor", "gradient check"), shownInOrder);
        assertFalse(onFx(this::stepPane), "the step pane waits until the formulas are ready");
        assertTrue(onFx(() -> has(".step-preparing")));
        assertFalse(onFx(() -> window.parts().isBuilt()));
        assertFalse(onFx(this::tourShowing), "the tour waits for the whole window");

        assertEquals(List.of(true, false, false), onFx(() -> window.sideTabs().getTabs().stream()
                .map(tab -> tab.getContent() != null).toList()), "the hidden tabs wait for the whole window");

        formulasReady.complete(null);
        waitUntil(() -> window.parts().isBuilt() && tabsFilled());
        assertTrue(onFx(this::stepPane));
        assertEquals(List.of(true, true), stepPaneWhenHiddenTabFilled,
                "the training and cost tabs are filled only after the step pane");
        assertFalse(onFx(() -> has(".step-preparing")));
        assertTrue(onFx(() -> window.sideTabs().getTabs().get(0).getContent() instanceof GradientCheckPanel));
        assertTrue(onFx(() -> window.sideTabs().getTabs().get(1).getContent() instanceof TrainingPanel));
        assertTrue(onFx(() -> window.sideTabs().getTabs().get(2).getContent() instanceof CostPanel));
        waitUntil(this::tourShowing);
        assertEquals("Step 1 of 20", onFx(() -> ((Label) window.root().lookup("#step-counter")).getText()));
        assertEquals(List.of(), seenBeforeFormulasReady, "shown by a layout pulse before the formulas were ready");
    }

    @Test
    void formulasReadyAtOnceBringTheStepPaneAheadOfTheEditorAndTheCheck(FxRobot robot) throws Exception {
        formulasReady.complete(null);
        open(robot);
        waitUntil(() -> shownInOrder.size() == 4);
        assertEquals(List.of("diagram", "step pane", "editor", "gradient check"), shownInOrder,
                "the step and its diagram first: the window can be stepped through before the rest is built");
    }

    @Test
    void aFailedFormulaWarmUpStillBuildsTheStepPane(FxRobot robot) throws Exception {
        open(robot);
        waitUntil(() -> has("#network-diagram") && checkFilled());
        formulasReady.completeExceptionally(new IllegalStateException("no fonts"));
        waitUntil(() -> window.parts().isBuilt());
        assertTrue(onFx(this::stepPane));
    }

    @Test
    void aSelectedTabIsFilledAtOnceAheadOfItsTurn(FxRobot robot) throws Exception {
        open(robot);
        waitUntil(() -> firstFrame != null);
        robot.interact(() -> window.sideTabs().getSelectionModel().select(2));
        assertTrue(onFx(() -> window.sideTabs().getTabs().get(2).getContent() instanceof CostPanel));
    }

    @Test
    void theRecoveryPromptComesOnlyOnceEveryPartIsBuiltAndTheTourAfterIt(FxRobot robot) throws Exception {
        Network left = Presets.defaultNetwork().withTitle("Left behind");
        NetworkFile.write(left, config.resolve("recovery.json"));
        open(robot);
        waitUntil(() -> has("#network-diagram") && checkFilled());
        assertNull(onFx(DeferredWindowTest::recoveryPrompt), "no prompt before the step pane is built");

        formulasReady.complete(null);
        waitUntil(() -> recoveryPrompt() != null);
        assertTrue(onFx(this::stepPane), "the prompt comes after the step pane");
        assertFalse(onFx(this::tourShowing), "the tour waits for the answer");
        robot.interact(() -> ((Button) recoveryPrompt().lookupButton(ButtonType.NO)).fire());
        waitUntil(this::tourShowing);
        assertFalse(Files.exists(config.resolve("recovery.json")), "declining discards the copy");
        assertEquals(Presets.defaultNetwork().title(), onFx(() -> window.editor().network().title()));
        assertEquals(List.of(), seenBeforeFormulasReady, "shown by a layout pulse before the formulas were ready");
    }
}
