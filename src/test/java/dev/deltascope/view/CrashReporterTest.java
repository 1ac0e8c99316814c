package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CrashReporterTest {

    @TempDir
    static Path folder;

    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture.show(stage, new Label("window"), 300, 200);
    }

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void anUncaughtExceptionIsLoggedAndShownInPlainWordsAndTheWindowKeepsRunning(FxRobot robot)
            throws IOException, TimeoutException {
        Path log = folder.resolve("config").resolve("deltascope.log");
        robot.interact(() -> CrashReporter.install(log, stage));
        Platform.runLater(() -> {
            throw new IllegalStateException("a fault planted by the test");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().startsWith("Something went wrong"));
        assertTrue(robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .noneMatch(label -> label.getText() != null && label.getText().contains("at dev.deltascope")));
        assertTrue(Files.readString(log).contains("a fault planted by the test"));

        Button copy = (Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(type -> type.getText().equals("Copy details")).findFirst().orElseThrow());
        robot.interact(copy::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "the dialog closes");
        assertTrue(stage.isShowing());
    }
}
