package dev.deltascope.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.view.MainWindow;
import dev.deltascope.view.WindowFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-run tour: shown once, skippable, reopened from Help, and it leaves the window's keys alone. */
@ExtendWith(ApplicationExtension.class)
class TourOverlayTest {

    @TempDir
    static Path folder;

    @TempDir
    Path config;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, folder);
    }

    @AfterEach
    void closeTour(FxRobot robot) {
        robot.interact(() -> {
            if (window.guidedTour().overlay() != null && window.guidedTour().overlay().isShowing()) {
                window.guidedTour().overlay().skip();
            }
        });
    }

    private TourProgress progress() {
        return new TourProgress(config.resolve("tour-seen"));
    }

    private boolean tourShowing() {
        return window.guidedTour().overlay() != null && window.guidedTour().overlay().isShowing();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Node highlighted(FxRobot robot) {
        return robot.from(window.root()).lookup("." + TourOverlay.HIGHLIGHT).query();
    }

    @Test
    void theFirstStartShowsTheTourPointingAtTheEditor(FxRobot robot) {
        robot.interact(() -> window.guidedTour().offer(progress()));
        assertTrue(tourShowing());
        assertEquals("Step 1 of " + Tour.STOPS.size(), text(robot, "#tour-position"));
        assertEquals(Tour.STOPS.get(0).title(), text(robot, "#tour-title"));
        assertEquals("network-editor", highlighted(robot).getId());
    }

    @Test
    void escSkipsTheTourAndTheNextStartDoesNotShowItAgain(FxRobot robot) {
        robot.interact(() -> window.guidedTour().offer(progress()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(tourShowing());
        assertTrue(Files.exists(config.resolve("tour-seen")));
        assertNull(robot.from(window.root()).lookup("." + TourOverlay.HIGHLIGHT).tryQuery().orElse(null));
        robot.interact(() -> window.guidedTour().offer(progress()));
        assertFalse(tourShowing());
    }

    @Test
    void skipTourEndsItAndIsRemembered(FxRobot robot) {
        robot.interact(() -> window.guidedTour().offer(progress()));
        robot.clickOn("#tour-skip");
        assertFalse(tourShowing());
        assertTrue(progress().seen());
    }

    @Test
    void helpGuidedTourReopensASeenTour(FxRobot robot) {
        progress().markSeen();
        robot.interact(() -> window.guidedTour().offer(progress()));
        assertFalse(tourShowing());
        robot.clickOn("Help").clickOn("Guided tour");
        assertTrue(tourShowing());
        assertEquals("Step 1 of " + Tour.STOPS.size(), text(robot, "#tour-position"));
    }

    @Test
    void nextWalksThroughEveryCalloutAndDoneEndsTheTour(FxRobot robot) {
        robot.interact(() -> window.guidedTour().offer(progress()));
        for (int i = 0; i < Tour.STOPS.size(); i++) {
            Tour.Stop stop = Tour.STOPS.get(i);
            assertEquals("Step " + (i + 1) + " of " + Tour.STOPS.size(), text(robot, "#tour-position"));
            assertEquals(stop.title(), text(robot, "#tour-title"));
            assertEquals(stop.target(), highlighted(robot).getId());
            assertEquals(i == Tour.STOPS.size() - 1 ? "Done" : "Next",
                    robot.lookup("#tour-next").queryAs(Button.class).getText());
            robot.clickOn("#tour-next");
        }
        assertFalse(tourShowing());
        assertTrue(progress().seen());
    }

    @Test
    void backReturnsToThePreviousCallout(FxRobot robot) {
        robot.interact(() -> window.guidedTour().offer(progress()));
        assertTrue(robot.lookup("#tour-back").queryAs(Button.class).isDisabled());
        robot.clickOn("#tour-next").clickOn("#tour-next").clickOn("#tour-back");
        assertEquals("Step 2 of " + Tour.STOPS.size(), text(robot, "#tour-position"));
        assertEquals(Tour.STOPS.get(1).target(), highlighted(robot).getId());
    }

    @Test
    void theStepKeysStillWorkWhileTheTourIsShowing(FxRobot robot) {
        robot.interact(() -> window.guidedTour().offer(progress()));
        robot.clickOn("#tour-next");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        assertEquals(2, window.stepper().stepIndex());
        assertTrue(tourShowing());
        assertEquals("Step 2 of " + Tour.STOPS.size(), text(robot, "#tour-position"));
    }
}
