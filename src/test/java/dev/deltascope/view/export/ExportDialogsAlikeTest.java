package dev.deltascope.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import dev.deltascope.view.FxThread;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.step.StepViewFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The picture export and the code export look and behave alike where they do the same thing. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogsAlikeTest {

    @TempDir
    Path folder;

    private Stage stage;
    private final List<Dialog<?>> open = new ArrayList<>();
    /** Exports started by the dialogs, held unrun so the dialogs stay in their running state. */
    private final List<Runnable> held = new ArrayList<>();
    private final Derivation derivation = DerivationBuilder.build(Trace.of(Presets.MINI_BATCH.load()),
            NumberStyle.DEFAULT);

    @Start
    void start(Stage primary) {
        stage = primary;
        StepViewFixtures.useLightTheme();
        WindowFixture.owner(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> open.forEach(Dialog::close));
    }

    /**
     * Both summaries are muted notes, and while an export runs both grey out with the form: the darkest pixel of
     * the summary's text is as light in the code export as in the picture export, and lighter while it runs.
     */
    @Test
    void theCodeExportsSummaryIsMutedAndGreysOutWhileWritingAsThePictureExportsDoes(FxRobot robot) {
        ExportDialog pictures = FxThread.call(() -> show(new ExportDialog(stage,
                new ExportModel(new ExportSettings(derivation, 0, folder), held::add))));
        double picturesIdle = darkest(pictures, "#export-summary");
        robot.interact(() -> pictures.model().start(true));
        double picturesRunning = darkest(pictures, "#export-summary");
        robot.interact(pictures::close);

        CodeExportDialog code = FxThread.call(() -> show(new CodeExportDialog(stage,
                new CodeExportModel(derivation, folder, held::add), "Mini-batch XOR")));
        double codeIdle = darkest(code, "#code-summary");
        robot.interact(() -> code.model().start(true));
        double codeRunning = darkest(code, "#code-summary");

        assertEquals(2, held.size(), "both exports started and wait");
        assertTrue(picturesRunning > picturesIdle + 0.15, "picture summary greys out: " + picturesIdle + " → "
                + picturesRunning);
        assertTrue(codeRunning > codeIdle + 0.15, "code summary greys out: " + codeIdle + " → " + codeRunning);
        assertEquals(picturesIdle, codeIdle, 0.05, "muted alike");
        assertEquals(picturesRunning, codeRunning, 0.05, "greyed alike");
    }

    /**
     * While the failure is shown, the dialog behind it already says the export failed and its form is usable
     * again; Enter dismisses the failure and leaves the caret in the folder field, its text selected.
     */
    @Test
    void aFailureIsShownOverAStoppedDialogAndLeavesTheCaretInTheFolderField(FxRobot robot) throws Exception {
        Path lecture = Files.createDirectory(folder.resolve("lecture"));
        ExportDialog pictures = FxThread.call(() -> show(new ExportDialog(stage,
                new ExportModel(new ExportSettings(derivation, 0, lecture)))));
        Files.delete(lecture);
        failAndDismiss(robot, pictures, "#export-start", "The export could not be written.");
        assertStoppedWithCaretInFolder(robot, pictures, "export", "The export failed; nothing was written.");
        robot.interact(pictures::close);

        Path underAFile = Files.writeString(folder.resolve("notes.txt"), "").resolve("code");
        CodeExportDialog code = FxThread.call(() -> show(new CodeExportDialog(stage,
                new CodeExportModel(derivation, underAFile), "Mini-batch XOR")));
        failAndDismiss(robot, code, "#code-export-start", "The code could not be written.");
        assertStoppedWithCaretInFolder(robot, code, "code", "The export failed; nothing was written.");
    }

    /** Starts the export with Enter, waits for the failure, checks the dialog behind it and dismisses it with Enter. */
    private void failAndDismiss(FxRobot robot, Dialog<?> dialog, String start, String header) throws Exception {
        robot.interact(() -> dialog.getDialogPane().lookup(start).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(header).tryQuery().isPresent());
        String prefix = start.substring(1, start.indexOf('-'));
        assertFalse(FxThread.call(() -> dialog.getDialogPane().lookup("#" + prefix + "-folder").isDisabled()),
                "the form is usable behind the failure");
        assertTrue(FxThread.call(() -> ((Label) dialog.getDialogPane().lookup("#" + prefix + "-status")).getText())
                .startsWith("The export failed"), "the status behind the failure");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertStoppedWithCaretInFolder(FxRobot robot, Dialog<?> dialog, String prefix, String status) {
        assertFalse(robot.lookup(".alert").tryQuery().isPresent(), "the failure was dismissed");
        TextField field = (TextField) dialog.getDialogPane().lookup("#" + prefix + "-folder");
        assertTrue(FxThread.call(field::isFocused), "the caret is in the folder field");
        assertEquals(field.getText(), FxThread.call(field::getSelectedText));
        assertEquals(status, FxThread.call(() -> ((Label) dialog.getDialogPane().lookup("#" + prefix + "-status"))
                .getText()));
    }

    /** Enter answers the question about replacing a file with Cancel in both dialogs; Replace must be chosen. */
    @Test
    void enterDoesNotReplaceAnExistingFile(FxRobot robot) throws Exception {
        ExportSettings settings = new ExportSettings(derivation, 0, folder);
        Path picture = settings.plannedFilesProperty().get().get(0);
        Path notebook = folder.resolve("derivation.ipynb");
        Files.writeString(picture, "earlier picture");
        Files.writeString(notebook, "earlier notes");
        ExportDialog pictures = FxThread.call(() -> show(new ExportDialog(stage, new ExportModel(settings))));
        enterTwice(robot, pictures, "#export-start");
        robot.interact(pictures::close);
        CodeExportDialog code = FxThread.call(() -> show(new CodeExportDialog(stage,
                new CodeExportModel(derivation, folder), "Mini-batch XOR")));
        enterTwice(robot, code, "#code-export-start");

        assertEquals("earlier picture", Files.readString(picture));
        assertEquals("earlier notes", Files.readString(notebook));
        assertFalse(Files.exists(folder.resolve("derivation_numpy.py")), "nothing written after Cancel");
        assertFalse(pictures.model().runningProperty().get() || code.model().runningProperty().get());
    }

    /** Enter on the dialog's Export, then Enter on the question that follows. */
    private void enterTwice(FxRobot robot, Dialog<?> dialog, String start) throws Exception {
        robot.interact(() -> dialog.getDialogPane().lookup(start).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Replace").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Replace").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A folder long enough to wrap the summary over several lines makes each dialog taller, so nothing is cut off. */
    @Test
    void bothDialogsGrowWhenTheSummaryNeedsMoreLines(FxRobot robot) throws Exception {
        String deep = folder.resolve("a folder with a long name for the lecture notes ".repeat(6).strip()).toString();
        ExportSettings settings = new ExportSettings(derivation, 0, folder);
        ExportDialog pictures = FxThread.call(() -> show(new ExportDialog(stage, new ExportModel(settings))));
        assertFitsAfter(pictures, () -> settings.folderProperty().set(deep));
        robot.interact(pictures::close);

        CodeExportDialog code = FxThread.call(() -> show(new CodeExportDialog(stage,
                new CodeExportModel(derivation, folder), "Mini-batch XOR")));
        assertFitsAfter(code, () -> code.model().folderProperty().set(deep));
    }

    private static void assertFitsAfter(Dialog<?> dialog, Runnable change) throws Exception {
        double before = FxThread.call(() -> dialog.getDialogPane().getScene().getHeight());
        FxThread.call(() -> {
            change.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double needed = FxThread.call(() -> {
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().layout();
            return dialog.getDialogPane().prefHeight(dialog.getDialogPane().getWidth());
        });
        double after = FxThread.call(() -> dialog.getDialogPane().getScene().getHeight());
        assertTrue(needed > before, "the summary needs more room: " + needed + " after " + before);
        assertTrue(after >= needed - 0.5, "the window grew to " + after + " for " + needed);
    }

    /** Both headers quote the title as headers show it, cut at 200 characters without control characters. */
    @Test
    void bothHeadersNameTheNetworkAlikeEvenWhenItsTitleIsLongBlankOrOdd(FxRobot robot) {
        String odd = "XOR\u202e\tlecture " + "x".repeat(300);
        String shown = "XOR lecture " + "x".repeat(187) + "…";
        assertEquals(List.of("Export “" + shown + "”", "Export “" + shown + "” as code"), headers(robot, odd));
        assertEquals(List.of("Export the derivation", "Export the derivation as code"), headers(robot, "  "));
    }

    private List<String> headers(FxRobot robot, String title) {
        Derivation titled = DerivationBuilder.build(Trace.of(Presets.MINI_BATCH.load().withTitle(title)),
                NumberStyle.DEFAULT);
        return FxThread.call(() -> {
            ExportDialog pictures = show(new ExportDialog(stage, new ExportModel(new ExportSettings(titled, 0, folder))));
            CodeExportDialog code = show(new CodeExportDialog(stage, new CodeExportModel(titled, folder), title));
            List<String> both = List.of(pictures.getHeaderText(), code.getHeaderText());
            pictures.close();
            code.close();
            return both;
        });
    }

    private <D extends Dialog<?>> D show(D dialog) {
        open.add(dialog);
        dialog.show();
        return dialog;
    }

    /** The lowest brightness (0 black, 1 white) inside the label's bounds, as the dialog draws it. */
    private static double darkest(Dialog<?> dialog, String id) {
        return FxThread.call(() -> {
            Label label = (Label) dialog.getDialogPane().lookup(id);
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().layout();
            assertTrue(label.isVisible() && !label.getText().isEmpty(), id + " shows a summary");
            WritableImage image = dialog.getDialogPane().snapshot(null, null);
            Bounds bounds = dialog.getDialogPane().sceneToLocal(label.localToScene(label.getLayoutBounds()));
            PixelReader pixels = image.getPixelReader();
            double darkest = 1;
            for (int y = (int) Math.max(0, bounds.getMinY()); y < Math.min(image.getHeight(), bounds.getMaxY()); y++) {
                for (int x = (int) Math.max(0, bounds.getMinX()); x < Math.min(image.getWidth(), bounds.getMaxX()); x++) {
                    Color colour = pixels.getColor(x, y);
                    darkest = Math.min(darkest, colour.getBrightness());
                }
            }
            return darkest;
        });
    }
}
