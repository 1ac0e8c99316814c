package dev.deltascope.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.Exporter;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does in File → Export: choose, export, watch it finish, cancel, replace, read a failure. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path folder;

    private Stage stage;
    private ExportDialog dialog;

    @Start
    void start(Stage primary) {
        stage = primary;
        WindowFixture.owner(stage);
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.model().cancel();
                dialog.close();
            }
        });
    }

    private ExportSettings open(FxRobot robot, Preset preset, int step, Path place) {
        return open(robot, preset, step, place, null);
    }

    /** The dialog on the preset's derivation; its exports run on {@code executor}, or a thread each when null. */
    private ExportSettings open(FxRobot robot, Preset preset, int step, Path place, Executor executor) {
        return open(robot, DerivationBuilder.build(Trace.of(preset.load()), NumberStyle.DEFAULT), step, place, executor);
    }

    private ExportSettings open(FxRobot robot, Derivation derivation, int step, Path place, Executor executor) {
        ExportSettings settings = new ExportSettings(derivation, step, place);
        robot.interact(() -> {
            dialog = new ExportDialog(stage, executor == null ? new ExportModel(settings) : new ExportModel(settings, executor));
            dialog.show();
        });
        return settings;
    }

    private void awaitFinished(ExportModel model) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Path> filesIn(Path place) throws IOException {
        try (Stream<Path> files = Files.walk(place)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void choosingAFormatAndExportingWritesTheFileAndFillsTheProgressBar(FxRobot robot) throws Exception {
        ExportSettings settings = open(robot, Presets.CLASSIC, 6, folder);

        robot.clickOn("#export-format");
        robot.clickOn("SVG image (vector)");
        assertEquals(Exporter.SVG, settings.formatProperty().get());
        robot.clickOn("#export-start");
        awaitFinished(dialog.model());

        Path expected = folder.resolve("classic-2-2-2-step-by-step-step-07.svg");
        assertEquals(List.of(expected), filesIn(folder));
        assertTrue(Files.readString(expected).contains("<path"), "formulas drawn as paths");
        assertEquals(1.0, robot.lookup("#export-progress").queryAs(ProgressBar.class).getProgress());
        assertEquals("Done. Wrote " + expected + ".", robot.lookup("#export-status").queryAs(Label.class).getText());
    }

    @Test
    void theConventionStartsAtTheWindowsAndTheOnePickedIsWhatTheFileIsWrittenIn(FxRobot robot) throws Exception {
        Derivation ng = DerivationBuilder.build(Trace.of(Presets.CLASSIC.load()), NumberStyle.DEFAULT, Convention.NG);
        ExportSettings settings = open(robot, ng, 6, folder, null);
        @SuppressWarnings("unchecked")
        ComboBox<Convention> chooser = robot.lookup("#export-convention").queryAs(ComboBox.class);
        assertEquals(Convention.NG, chooser.getValue());
        assertEquals(Convention.NAMED.size(), chooser.getItems().size());

        robot.clickOn("#export-convention");
        robot.clickOn("PyTorch nn.Linear");
        robot.clickOn("#export-format");
        robot.clickOn("LaTeX article");
        robot.clickOn("#export-start");
        awaitFinished(dialog.model());

        assertEquals(Convention.PYTORCH, settings.conventionProperty().get());
        String article = Files.readString(dialog.model().writtenProperty().get().get(0));
        assertTrue(article.contains("PyTorch nn.Linear"), "the notation line names the convention picked");
        assertTrue(article.contains("W^{(2)}") && !article.contains("W^{[2]}"), "a⁽ˡ⁾, not the window's a^[l]");
    }

    @Test
    void choosingAllStepsShowsWhereThePicturesGo(FxRobot robot) {
        open(robot, Presets.CLASSIC, 0, folder);

        robot.clickOn("#export-range-all");

        assertEquals("Writes 14 files, step-01.png to step-14.png, into " + folder.resolve("classic-2-2-2-step-by-step"),
                robot.lookup("#export-summary").queryAs(Label.class).getText());
    }

    @Test
    void cancellingLeavesNoFile(FxRobot robot) throws Exception {
        // The export waits for the Cancel click, so it cannot finish first on a fast machine.
        CountDownLatch cancelClicked = new CountDownLatch(1);
        ExportSettings settings = open(robot, Presets.DEFAULT, 0, folder, export -> {
            Thread thread = new Thread(() -> {
                try {
                    cancelClicked.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                export.run();
            }, "gated-export");
            thread.setDaemon(true);
            thread.start();
        });
        robot.interact(() -> {
            settings.formatProperty().set(Exporter.PDF);
            settings.rangeProperty().set(ExportSettings.Range.ALL_STEPS);
            settings.viewProperty().set(ViewKind.JACOBIAN);
        });

        robot.clickOn("#export-start");
        assertEquals("Cancel", robot.lookup("#export-cancel").queryAs(Button.class).getText());
        robot.clickOn("#export-cancel");
        cancelClicked.countDown();
        awaitFinished(dialog.model());

        assertEquals(List.of(), filesIn(folder));
        assertEquals("Cancelled; nothing was written.", robot.lookup("#export-status").queryAs(Label.class).getText());
        assertTrue(dialog.isShowing(), "cancelling an export keeps the dialog open");
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterAsking(FxRobot robot) throws Exception {
        ExportSettings settings = open(robot, Presets.CLASSIC, 0, folder);
        robot.interact(() -> settings.formatProperty().set(Exporter.TEX));
        Path existing = settings.plannedFilesProperty().get().get(0);
        Files.writeString(existing, "earlier notes");

        robot.clickOn("#export-start");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("earlier notes", Files.readString(existing));
        assertFalse(dialog.model().runningProperty().get());

        robot.clickOn("#export-start");
        robot.clickOn("Replace");
        awaitFinished(dialog.model());
        assertTrue(Files.readString(existing).contains("\\documentclass"), "the article replaced the notes");
    }

    @Test
    void aFailureIsShownInPlainWords(FxRobot robot) throws Exception {
        Path place = Files.createDirectory(folder.resolve("lecture"));
        ExportSettings settings = open(robot, Presets.CLASSIC, 0, place);
        robot.interact(() -> settings.formatProperty().set(Exporter.PDF));
        Path planned = settings.plannedFilesProperty().get().get(0);
        Files.delete(place);

        robot.clickOn("#export-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("The export could not be written.").tryQuery().isPresent());

        Label details = robot.lookup(node -> node instanceof Label label
                && label.getText() != null && label.getText().contains("does not exist")).queryAs(Label.class);
        assertEquals(planned + ": cannot be written: the folder " + place
                + " does not exist", details.getText());
        robot.clickOn("OK");
        assertEquals("The export failed; nothing was written.",
                robot.lookup("#export-status").queryAs(Label.class).getText());
    }

    @Test
    void aBackwardRangeDisablesExportAndSaysWhy(FxRobot robot) {
        ExportSettings settings = open(robot, Presets.CLASSIC, 0, folder);

        robot.clickOn("#export-range-from-to");
        robot.interact(() -> {
            settings.fromStepProperty().set(9);
            settings.toStepProperty().set(4);
        });

        assertTrue(robot.lookup("#export-start").query().isDisabled());
        assertEquals("The steps must run from 1 to 14, the first not after the last.",
                robot.lookup("#export-problem").queryAs(Label.class).getText());
    }
}

