package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.NetworkFile;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Network;
import dev.deltascope.view.help.TourProgress;
import dev.deltascope.view.session.RecentFiles;
import dev.deltascope.view.session.RecoveryStore;
import dev.deltascope.view.session.WindowSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opened on a network file named on the command line ({@code deltascope net.json}):
 * the file is opened as File → Open opens it, a bad file is reported and the default network
 * stays, work left by a crash is offered first, and only unsaved work is kept for recovery.
 */
@ExtendWith(ApplicationExtension.class)
class OpenAtStartTest {

    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @BeforeEach
    void tourSeen() throws Exception {
        Files.createFile(config.resolve("tour-seen"));
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(shown -> shown != stage).toList()
                .forEach(Window::hide));
        recoveryWriter.shutdownNow();
    }

    /** The recovery store's writer, recording every write it is asked to schedule. */
    private final List<ScheduledFuture<?>> scheduledWrites = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor recoveryWriter = new ScheduledThreadPoolExecutor(1) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            ScheduledFuture<?> write = super.schedule(command, delay, unit);
            scheduledWrites.add(write);
            return write;
        }
    };

    private Path recoveryFile() {
        return config.resolve("recovery.json");
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> {
            window = new DeltascopeApp().open(stage,
                    WindowParts.afterFirstFrame(() -> CompletableFuture.completedFuture(null)), new RecoveryStore(recoveryFile(), recoveryWriter),
                    new RecentFiles(config.resolve("recent.txt")), new WindowSettings(config.resolve("settings.properties")),
                    new TourProgress(config.resolve("tour-seen")), file);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    /** A 3-5-2 network with its own title, written to a file in the test's folder. */
    private Path networkFile() {
        Network base = Presets.defaultNetwork();
        Network network = base.withTitle("Opened from the command line")
                .withLayers(Initialisation.layers(3, List.of(5, 2), List.of(base.layer(1).activation(), base.layer(3).activation()), 3));
        Path file = config.resolve("opened.json");
        NetworkFile.write(network, file);
        return file;
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static Optional<DialogPane> dialog(String title) {
        return Window.getWindows().stream()
                .filter(shown -> shown instanceof Stage dialog && title.equals(dialog.getTitle()))
                .map(shown -> (DialogPane) shown.getScene().getRoot())
                .findFirst();
    }

    @Test
    void theFileIsOpenedAsItsDocumentAndNotKeptForRecoveryUntilEdited(FxRobot robot) throws Exception {
        Path file = networkFile();
        open(robot, file);
        waitUntil(() -> file.equals(window.document().path()));

        assertEquals(NetworkFile.read(file), onFx(() -> window.editor().network()));
        assertFalse(onFx(() -> window.document().isDirty()));
        assertTrue(onFx(stage::getTitle).startsWith("opened.json"), () -> "title: " + stage.getTitle());
        assertTrue(scheduledWrites.stream().allMatch(write -> write.isCancelled() || write.isDone()),
                "no recovery write is still waiting once the file is open");
        assertFalse(Files.exists(recoveryFile()), "an unedited file needs no recovery copy");

        robot.interact(() -> window.editor().setWeight(1, 0, 0, 0.75));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(recoveryFile()));
        assertEquals(0.75, NetworkFile.read(recoveryFile()).layer(1).weights().get(0, 0));

        robot.interact(() -> window.editor().undo());
        assertFalse(onFx(() -> window.document().isDirty()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(recoveryFile()));
    }

    @Test
    void aBadFileIsReportedByNameAndTheDefaultNetworkStays(FxRobot robot) throws Exception {
        Path bad = config.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": 0}]}");
        open(robot, bad);
        waitUntil(() -> dialog("Deltascope").isPresent());

        DialogPane error = onFx(() -> dialog("Deltascope").orElseThrow());
        assertEquals("The file could not be opened.", onFx(error::getHeaderText));
        String details = onFx(() -> ((Label) error.getContent()).getText());
        assertTrue(details.contains("bad.json"), details);
        assertFalse(details.contains("Exception"), details);
        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());

        assertEquals(Presets.defaultNetwork(), onFx(() -> window.editor().network()));
        assertEquals(null, onFx(() -> window.document().path()));
    }

    @Test
    void workLeftByACrashIsOfferedBeforeTheFileIsOpened(FxRobot robot) throws Exception {
        NetworkFile.write(Presets.defaultNetwork().withTitle("Left behind"), recoveryFile());
        Path file = networkFile();
        open(robot, file);
        waitUntil(() -> dialog("Restore your work?").isPresent());
        assertEquals(null, onFx(() -> window.document().path()), "the file waits for the answer");

        DialogPane prompt = onFx(() -> dialog("Restore your work?").orElseThrow());
        assertNotNull(prompt.lookupButton(ButtonType.NO));
        robot.interact(() -> ((Button) prompt.lookupButton(ButtonType.NO)).fire());

        waitUntil(() -> file.equals(window.document().path()));
        assertEquals("Opened from the command line", onFx(() -> window.editor().network().title()));
    }
}
