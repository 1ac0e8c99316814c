package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.view.session.RecentFiles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage of a TestFX test, set up one way. TestFX gives every test class the same stage, so each
 * use puts it back to a known state first: neither full screen nor maximised, at the screen's corner,
 * the given size. The window's settings, practice scores and recovery copy go to the scratch config
 * folder surefire names ({@code deltascope.config.dir}); its recent-files list to the test's own folder.
 */
public final class WindowFixture {

    /** The size most window tests use. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private WindowFixture() {
    }

    /** The main window with the default network at {@value #WIDTH} × {@value #HEIGHT}, the keys on the step. */
    public static MainWindow open(Stage stage, Path folder) {
        return open(stage, Presets.defaultNetwork(), folder, WIDTH, HEIGHT);
    }

    /**
     * The main window with {@code network}, width × height, its recent files in {@code folder}/recent.txt
     * and the keys on the step, as a person finds it after start-up.
     */
    public static MainWindow open(Stage stage, Network network, Path folder, int width, int height) {
        MainWindow window = new MainWindow(stage, network, new RecentFiles(folder.resolve("recent.txt")));
        place(stage, window.createScene(width, height), width, height);
        window.root().requestFocus();
        return window;
    }

    /**
     * Loads each built-in network into {@code window} in turn, as the Presets menu does, and hands
     * it to {@code check} once the window shows it (its derivation published, its frame laid out).
     */
    public static void forEachPreset(MainWindow window, Consumer<Preset> check) {
        FxRobot robot = new FxRobot();
        for (Preset preset : Presets.all()) {
            Network network = preset.load();
            robot.interact(() -> window.editor().loadPreset(network));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(network, window.stepper().traceProperty().get().network(),
                    preset.id() + ": the window shows its derivation");
            check.accept(preset);
        }
    }

    /** {@code root} alone on the stage, width × height: a part of the window tested by itself. */
    public static void show(Stage stage, Parent root, int width, int height) {
        place(stage, new Scene(root, width, height), width, height);
    }

    /** An empty 900 × 700 window to own the dialog under test. */
    public static void owner(Stage stage) {
        show(stage, new Pane(), 900, 700);
    }

    /** The stage at the screen's corner, width × height. */
    public static void resize(Stage stage, double width, double height) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    private static void place(Stage stage, Scene scene, int width, int height) {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setScene(scene);
        resize(stage, width, height);
        stage.show();
    }
}
