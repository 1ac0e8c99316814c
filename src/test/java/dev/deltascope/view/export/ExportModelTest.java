package dev.deltascope.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.ExportMonitor;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.FxThread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportModelTest {

    @TempDir
    Path folder;

    private ExportModel model(Derivation derivation, Exporter format, ExportSettings.Range range) {
        return FxThread.call(() -> {
            ExportSettings settings = new ExportSettings(derivation, 0, folder);
            settings.formatProperty().set(format);
            settings.rangeProperty().set(range);
            return new ExportModel(settings);
        });
    }

    private static void runToTheEnd(ExportModel model, boolean replace) {
        FxThread.run(() -> model.start(replace));
        FxThread.await(() -> !model.runningProperty().get(), 60_000);
    }

    private List<Path> filesIn(Path place) throws IOException {
        try (Stream<Path> files = Files.walk(place)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void exportingEveryStepWritesThePlannedPicturesAndReachesFullProgress() throws Exception {
        ExportModel model = model(ExportSettingsTest.classic(), Exporter.PNG, ExportSettings.Range.ALL_STEPS);
        List<Path> planned = FxThread.call(() -> model.settings().plannedFilesProperty().get());

        runToTheEnd(model, false);

        assertEquals(planned, filesIn(folder));
        assertEquals(planned, FxThread.call(() -> model.writtenProperty().get()));
        assertEquals(1.0, FxThread.call(() -> model.progressProperty().get()));
        assertEquals("Done. Wrote 14 files into " + planned.get(0).getParent() + ".",
                FxThread.call(() -> model.statusProperty().get()));
        assertNotNull(ImageIO.read(planned.get(12).toFile()), "the last step decodes as an image");
    }

    @Test
    void otherDigitsThanTheWindowShowsAreUsedInTheFile() throws Exception {
        ExportModel model = model(ExportSettingsTest.classic(), Exporter.TEX, ExportSettings.Range.ALL_STEPS);
        FxThread.run(() -> model.settings().digitsProperty().set(8));

        runToTheEnd(model, false);

        String article = Files.readString(FxThread.call(() -> model.writtenProperty().get()).get(0));
        assertTrue(article.contains("0.75136507"), "a²₁ of the published worked example, to 8 digits");
        assertFalse(article.contains("0.7514 "), "no number rounded to the window's 4 digits");
    }

    @Test
    void theConventionChosenIsTheOneEveryFormatIsWrittenIn() throws Exception {
        Derivation window = DerivationBuilder.build(Trace.of(Presets.MINI_BATCH.load()), NumberStyle.DEFAULT);
        Derivation cs231n = DerivationBuilder.build(window.trace(), NumberStyle.DEFAULT, Convention.CS231N);
        for (Exporter format : Exporter.all()) {
            ExportModel model = model(window, format, ExportSettings.Range.CURRENT_STEP);
            assertEquals(Convention.DELTASCOPE, FxThread.call(() -> model.settings().conventionProperty().get()),
                    "the dialog starts at the window's convention");
            FxThread.run(() -> model.settings().conventionProperty().set(Convention.CS231N));
            ExportRequest asked = FxThread.call(() -> model.settings().request());
            runToTheEnd(model, false);
            Path written = FxThread.call(() -> model.writtenProperty().get()).get(0);
            Path direct = folder.resolve("direct-" + format.name() + "." + format.extension());
            Path windows = folder.resolve("window-" + format.name() + "." + format.extension());
            format.export(cs231n, retargeted(asked, direct), ExportMonitor.NONE);
            format.export(window, retargeted(asked, windows), ExportMonitor.NONE);
            String content = comparable(format, written);
            assertEquals(comparable(format, direct), content, format.name() + ": not the CS231n derivation");
            assertNotEquals(comparable(format, windows), content, format.name() + ": the window's convention");
            Files.delete(written);
        }
    }

    private static ExportRequest retargeted(ExportRequest request, Path target) {
        return new ExportRequest(target, request.fromStep(), request.toStep(), request.scale(), request.theme(),
                request.view(), false);
    }

    /** The file's bytes as text; a PDF's without its creation date and document id, which differ per run. */
    private static String comparable(Exporter format, Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        return format == Exporter.PDF ? text.replaceAll("/CreationDate ?\\([^)]*\\)|/ModDate ?\\([^)]*\\)|/ID ?\\[[^\\]]*\\]", "")
                : text;
    }

    @Test
    void aDerivationShownBeforeItsCheckIsExportedWithTheCheck() throws Exception {
        Network classic = ExportSettingsTest.classic().trace().network();
        Derivation unchecked = DerivationBuilder.build(Trace.withoutCheck(classic), NumberStyle.DEFAULT);
        ExportModel model = model(unchecked, Exporter.TEX, ExportSettings.Range.ALL_STEPS);

        runToTheEnd(model, false);

        String article = Files.readString(FxThread.call(() -> model.writtenProperty().get()).get(0));
        assertTrue(article.contains("finite differences match backpropagation with a relative error of"), "the check was run");
        assertFalse(article.contains("finite differences were not compared"), "no layer left unchecked");
    }

    @Test
    void cancellingADocumentPartWayLeavesNoFile() throws Exception {
        Derivation deep = DerivationBuilder.build(Trace.of(Presets.DEFAULT.load()), NumberStyle.DEFAULT);
        ExportModel model = model(deep, Exporter.PDF, ExportSettings.Range.ALL_STEPS);
        FxThread.run(() -> model.settings().viewProperty().set(ViewKind.JACOBIAN));

        FxThread.run(() -> model.start(false));
        FxThread.await(() -> model.progressProperty().get() > 0, 60_000);
        FxThread.run(model::cancel);
        FxThread.await(() -> !model.runningProperty().get(), 60_000);

        assertEquals(List.of(), filesIn(folder), "neither the handout nor a temporary file");
        assertEquals("Cancelled; nothing was written.", FxThread.call(() -> model.statusProperty().get()));
        assertEquals("", FxThread.call(() -> model.failureProperty().get()));
    }

    @Test
    void cancellingPicturesPartWayLeavesTheEarlierSetWhole() throws Exception {
        Derivation deep = DerivationBuilder.build(Trace.of(Presets.DEFAULT.load()), NumberStyle.DEFAULT);
        ExportModel model = model(deep, Exporter.PNG, ExportSettings.Range.ALL_STEPS);
        List<Path> planned = FxThread.call(() -> model.settings().plannedFilesProperty().get());
        Files.createDirectories(planned.get(0).getParent());
        Files.writeString(planned.get(0), "earlier");

        FxThread.run(() -> model.start(true));
        FxThread.await(() -> model.progressProperty().get() > 0, 60_000);
        FxThread.run(model::cancel);
        FxThread.await(() -> !model.runningProperty().get(), 60_000);

        assertEquals(List.of(), FxThread.call(() -> model.writtenProperty().get()));
        assertEquals(List.of(planned.get(0)), filesIn(folder), "the earlier file alone, no new or temporary file");
        assertEquals("earlier", Files.readString(planned.get(0)));
        assertEquals("Cancelled; nothing was written.", FxThread.call(() -> model.statusProperty().get()));
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasChosen() throws Exception {
        ExportModel model = model(ExportSettingsTest.classic(), Exporter.SVG, ExportSettings.Range.CURRENT_STEP);
        Path existing = FxThread.call(() -> model.settings().plannedFilesProperty().get()).get(0);
        Files.writeString(existing, "earlier");
        assertEquals(List.of(existing), FxThread.call(() -> model.settings().existingFiles()));

        runToTheEnd(model, false);

        assertEquals("earlier", Files.readString(existing));
        assertEquals(existing + ": already exists; choose to replace it or give another name",
                FxThread.call(() -> model.failureProperty().get()));
        assertEquals("The export failed; nothing was written.", FxThread.call(() -> model.statusProperty().get()));

        runToTheEnd(model, true);

        assertTrue(Files.readString(existing).contains("<svg"), "replaced by the picture");
        assertEquals("", FxThread.call(() -> model.failureProperty().get()));
    }

    @Test
    void aFolderThatVanishedIsReportedInPlainWords() throws Exception {
        Path place = Files.createDirectory(folder.resolve("lecture"));
        ExportModel model = FxThread.call(() -> {
            ExportSettings settings = new ExportSettings(ExportSettingsTest.classic(), 0, place);
            settings.formatProperty().set(Exporter.PDF);
            return new ExportModel(settings);
        });
        Files.delete(place);

        runToTheEnd(model, false);

        String failure = FxThread.call(() -> model.failureProperty().get());
        assertTrue(failure.contains("the folder " + place + " does not exist"), failure);
        assertFalse(Files.exists(place));
    }
}
