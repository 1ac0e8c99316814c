package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A stage does not keep alive a window that was shown in it once another has taken its place:
 * the stage outlives its windows (in the tests, one stage serves every window), so anything the
 * window leaves on the stage would keep its whole scene in memory.
 */
@ExtendWith(ApplicationExtension.class)
class WindowReleaseTest {

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private MainWindow show() {
        return WindowFixture.open(stage, folder);
    }

    @Test
    void aWindowReplacedOnItsStageCanBeCollected(FxRobot robot) throws Exception {
        AtomicReference<WeakReference<MainWindow>> first = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow window = show();
            window.presentation().toggle();
            window.presentation().toggle();
            first.set(new WeakReference<>(window));
        });
        robot.interact(this::show);
        WaitForAsyncUtils.waitForFxEvents();
        ForgetFiredEvents.forget();

        for (int i = 0; i < 50 && first.get().get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertNull(first.get().get(), "the first window is still reachable");
    }
}
