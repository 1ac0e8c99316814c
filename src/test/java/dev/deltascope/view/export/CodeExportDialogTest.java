package dev.deltascope.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.code.CodeExport;
import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
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

/** What a person does in File → Export code…: choose the kinds of code and a folder, export, replace after asking. */
@ExtendWith(ApplicationExtension.class)
class CodeExportDialogTest {

    @TempDir
    Path folder;

    private Stage stage;
    private CodeExportDialog dialog;
    private final Derivation derivation = DerivationBuilder.build(Trace.of(Presets.MINI_BATCH.load()),
            NumberStyle.DEFAULT);

    @Start
    void start(Stage primary) {
        stage = primary;
        WindowFixture.owner(stage);
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.close();
            }
        });
    }

    private void open(FxRobot robot, Path place) {
        robot.interact(() -> {
            dialog = new CodeExportDialog(stage, new CodeExportModel(derivation, place), "Mini-batch XOR");
            dialog.show();
        });
    }

    private void awaitFinished() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> filesIn(Path place) throws IOException {
        try (Stream<Path> files = Files.list(place)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportingWritesTheThreeFilesTheSummaryNamed(FxRobot robot) throws Exception {
        open(robot, folder);
        assertEquals("Writes derivation_numpy.py, derivation_torch.py, derivation.ipynb into " + folder + ".",
                robot.lookup("#code-summary").queryAs(Label.class).getText());

        robot.clickOn("#code-export-start");
        awaitFinished();

        assertEquals(List.of("derivation.ipynb", "derivation_numpy.py", "derivation_torch.py"), filesIn(folder));
        for (CodeFormat format : CodeFormat.values()) {
            assertEquals(CodeExport.text(format, derivation), Files.readString(folder.resolve(format.fileName())));
        }
        assertEquals("Done. Wrote derivation_numpy.py, derivation_torch.py, derivation.ipynb in " + folder + ".",
                robot.lookup("#code-status").queryAs(Label.class).getText());
    }

    @Test
    void uncheckingAKindOfCodeLeavesItsFileOutAndUncheckingAllSaysWhy(FxRobot robot) throws Exception {
        Path place = folder.resolve("handout");
        open(robot, place);

        robot.clickOn("#code-pytorch");
        robot.clickOn("#code-notebook");
        assertEquals("Writes derivation_numpy.py into " + place + " (a new folder).",
                robot.lookup("#code-summary").queryAs(Label.class).getText());
        robot.clickOn("#code-export-start");
        awaitFinished();
        assertEquals(List.of("derivation_numpy.py"), filesIn(place));

        robot.clickOn("#code-numpy");
        assertTrue(robot.lookup("#code-export-start").query().isDisabled());
        assertEquals("Choose at least one kind of code.", robot.lookup("#code-problem").queryAs(Label.class).getText());
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterAsking(FxRobot robot) throws Exception {
        Path existing = Files.writeString(folder.resolve("derivation.ipynb"), "my own notes");
        open(robot, folder);
        robot.clickOn("#code-numpy");
        robot.clickOn("#code-pytorch");

        robot.clickOn("#code-export-start");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("my own notes", Files.readString(existing));
        assertFalse(dialog.model().runningProperty().get());

        robot.clickOn("#code-export-start");
        robot.clickOn("Replace");
        awaitFinished();
        assertTrue(Files.readString(existing).contains("\"nbformat\": 4"), "the notebook replaced the notes");
    }

    /** While the files are written Close reads Cancel, as in the picture export, and stops before the next file. */
    @Test
    void cancellingWhileWritingStopsBeforeTheNextFileAndKeepsTheDialogOpen(FxRobot robot) throws Exception {
        List<Runnable> held = new ArrayList<>();
        robot.interact(() -> {
            dialog = new CodeExportDialog(stage, new CodeExportModel(derivation, folder, held::add), "Mini-batch XOR");
            dialog.show();
        });
        robot.clickOn("#code-export-start");
        Button close = robot.lookup("#code-export-close").queryButton();
        assertEquals("Cancel", close.getText());
        assertEquals("Writing…", robot.lookup("#code-status").queryAs(Label.class).getText());

        robot.clickOn(close);
        held.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.model().runningProperty().get());
        assertTrue(dialog.isShowing(), "Cancel stops the export, not the dialog");
        assertEquals("Close", close.getText());
        assertEquals("Cancelled; nothing was written.", robot.lookup("#code-status").queryAs(Label.class).getText());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aFileWhereTheFolderShouldBeDisablesExportAndSaysWhy(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "");
        open(robot, folder);

        robot.interact(() -> dialog.model().folderProperty().set(file.toString()));

        assertTrue(robot.lookup("#code-export-start").query().isDisabled());
        assertEquals(file + " is a file; choose a folder.", robot.lookup("#code-problem").queryAs(Label.class).getText());
    }
}
