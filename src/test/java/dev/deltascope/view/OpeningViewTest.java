package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.Presets;
import dev.deltascope.view.help.TourProgress;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.session.RecentFiles;
import dev.deltascope.view.session.RecoveryStore;
import dev.deltascope.view.session.WindowSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame as the application starts it: the opening view, laid out before the main
 * window is even built, then the main window in the same scene.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningViewTest {

    /** Monocle's headless screen is 1280 × 800; the application's 1440 × 900 window would overflow it. */
    private static final double HEADLESS_SCREEN_WIDTH = 1280;
    private static final double HEADLESS_SCREEN_HEIGHT = 800;

    @TempDir
    Path config;

    private Stage stage;
    private final List<String> rootsLaidOut = new CopyOnWriteArrayList<>();
    private volatile int framesBeforeMainWindow = -1;
    private volatile MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.titleProperty().unbind();
    }

    private WindowSettings settings(boolean dark) {
        WindowSettings settings = new WindowSettings(config.resolve("settings.properties"));
        settings.setDarkTheme(dark);
        return settings;
    }

    private void showOpening(FxRobot robot, WindowSettings settings, boolean thenOpen) {
        robot.interact(() -> {
            DeltascopeApp.showOpening(stage, settings, () -> {
                framesBeforeMainWindow = rootsLaidOut.size();
                if (thenOpen) {
                    window = new DeltascopeApp().open(stage, WindowParts.atOnce(),
                            new RecoveryStore(config.resolve("recovery.json")), new RecentFiles(config.resolve("recent.txt")),
                            settings, new TourProgress(config.resolve("tour-seen")));
                }
            });
            stage.setWidth(HEADLESS_SCREEN_WIDTH);
            stage.setHeight(HEADLESS_SCREEN_HEIGHT);
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> rootsLaidOut.add(String.valueOf(scene.getRoot().getId())));
        });
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theOpeningViewIsLaidOutBeforeTheMainWindowIsBuiltThenGivesItsSceneToIt(FxRobot robot) throws Exception {
        showOpening(robot, settings(false), true);
        Scene opening = onFx(stage::getScene);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(OpeningView.ID, rootsLaidOut.get(0), "the first frame laid out is the opening view's");
        assertTrue(framesBeforeMainWindow >= 1, "the main window is built only after a frame of the opening view");
        assertSame(opening, onFx(stage::getScene), "the main window takes over the opening view's scene");
        assertEquals("main-window", onFx(() -> stage.getScene().getRoot().getId()));
        assertTrue(rootsLaidOut.contains("main-window"), "a later frame shows the main window");
        assertTrue(onFx(() -> stage.getScene().getStylesheets().stream().filter(Theme.stylesheet()::equals).count() == 1),
                "the window's stylesheet is installed once");
        assertTrue(onFx(() -> stage.getTitle().contains(Presets.defaultNetwork().title())),
                "the title follows the document once the main window is there");
        assertFalse(onFx(() -> stage.getIcons().isEmpty()));
    }

    @Test
    void theOpeningViewSaysWhatIsOpeningInTheRememberedTheme(FxRobot robot) throws Exception {
        showOpening(robot, settings(true), false);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> framesBeforeMainWindow >= 0);
        assertEquals(Theme.DARK.background(), onFx(() -> stage.getScene().getFill()));
        Text what = onFx(() -> (Text) stage.getScene().getRoot().lookup(".opening-what"));
        assertNotNull(what);
        assertEquals("Opening the default network…", onFx(what::getText));
        assertEquals(Theme.DARK.mutedForeground(), onFx(what::getFill));
        assertEquals("Deltascope", onFx(stage::getTitle));
    }

    @Test
    void theOpeningViewHoldsNoControlSoItsFrameWaitsForNoSkinAndNoStylesheet(FxRobot robot) throws Exception {
        showOpening(robot, settings(false), false);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> framesBeforeMainWindow >= 0);
        assertEquals(Theme.LIGHT.background(), onFx(() -> stage.getScene().getFill()));
        assertTrue(onFx(() -> stage.getScene().getRoot().lookupAll("*").stream().noneMatch(Control.class::isInstance)),
                "no control in the opening view");
        assertTrue(onFx(() -> stage.getScene().getStylesheets().isEmpty()), "no stylesheet for the opening view");
    }
}
