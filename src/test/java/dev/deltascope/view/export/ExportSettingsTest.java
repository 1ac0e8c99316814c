package dev.deltascope.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.export.PictureTheme;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import dev.deltascope.view.field.InvalidEditException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSettingsTest {

    /** The classic network's title, "Classic 2-2-2, step by step", as a file name. */
    private static final String CLASSIC = "classic-2-2-2-step-by-step";

    @TempDir
    Path folder;

    static Derivation classic() {
        return DerivationBuilder.build(Trace.of(Presets.CLASSIC.load()), NumberStyle.DEFAULT);
    }

    private ExportSettings settingsAtStep(int index) {
        return new ExportSettings(classic(), index, folder);
    }

    @Test
    void theCurrentStepAsAPictureIsOneFileNamedAfterTheNetworkAndTheStep() {
        ExportSettings settings = settingsAtStep(6);

        assertEquals(List.of(folder.resolve(CLASSIC + "-step-07.png")), settings.plannedFilesProperty().get());
        assertEquals("Writes " + folder.resolve(CLASSIC + "-step-07.png"), settings.summaryProperty().get());
        assertEquals("", settings.problemProperty().get());
    }

    @Test
    void allStepsAsPicturesGoIntoAFolderWithOneFilePerStep() {
        ExportSettings settings = settingsAtStep(0);

        settings.rangeProperty().set(ExportSettings.Range.ALL_STEPS);

        List<Path> planned = settings.plannedFilesProperty().get();
        assertEquals(14, planned.size());
        assertEquals(folder.resolve(CLASSIC).resolve("step-01.png"), planned.get(0));
        assertEquals(folder.resolve(CLASSIC).resolve("step-14.png"), planned.get(13));
        assertEquals("Writes 14 files, step-01.png to step-14.png, into " + folder.resolve(CLASSIC),
                settings.summaryProperty().get());
    }

    @Test
    void documentsAreOneFileWhateverTheSteps() {
        ExportSettings settings = settingsAtStep(0);
        settings.formatProperty().set(Exporter.PDF);
        settings.rangeProperty().set(ExportSettings.Range.FROM_TO);
        settings.fromStepProperty().set(3);
        settings.toStepProperty().set(5);
        assertEquals(List.of(folder.resolve(CLASSIC + "-steps-03-05.pdf")), settings.plannedFilesProperty().get());

        settings.formatProperty().set(Exporter.BEAMER);
        settings.rangeProperty().set(ExportSettings.Range.ALL_STEPS);
        assertEquals(List.of(folder.resolve(CLASSIC + "-slides.tex")), settings.plannedFilesProperty().get());
    }

    @Test
    void aNameThePersonTypedIsKeptWhenTheChoicesChange() {
        ExportSettings settings = settingsAtStep(0);

        settings.nameProperty().set("lecture 3");
        settings.formatProperty().set(Exporter.SVG);
        settings.rangeProperty().set(ExportSettings.Range.ALL_STEPS);

        assertEquals("lecture 3", settings.nameProperty().get());
        assertEquals(folder.resolve("lecture 3").resolve("step-01.svg"), settings.plannedFilesProperty().get().get(0));
    }

    @Test
    void aRangeThatRunsBackwardsIsRefusedInPlainWords() {
        ExportSettings settings = settingsAtStep(0);

        settings.rangeProperty().set(ExportSettings.Range.FROM_TO);
        settings.fromStepProperty().set(5);
        settings.toStepProperty().set(3);

        assertEquals("The steps must run from 1 to 14, the first not after the last.", settings.problemProperty().get());
        assertEquals(List.of(), settings.plannedFilesProperty().get());
        InvalidEditException refused = assertThrows(InvalidEditException.class, settings::request);
        assertEquals(settings.problemProperty().get(), refused.getMessage());
    }

    @Test
    void aMissingFolderAnEmptyNameAndASlashAreRefused() {
        ExportSettings settings = settingsAtStep(0);

        settings.folderProperty().set(folder.resolve("nowhere").toString());
        assertEquals("The folder “" + folder.resolve("nowhere") + "” does not exist.", settings.problemProperty().get());

        settings.folderProperty().set(folder.toString());
        settings.nameProperty().set("  ");
        assertEquals("Give the export a name.", settings.problemProperty().get());

        settings.nameProperty().set("a/b");
        assertTrue(settings.problemProperty().get().contains("cannot contain /"), settings.problemProperty().get());
    }

    @Test
    void theRequestCarriesTheStepsScaleColoursAndView() {
        ExportSettings settings = settingsAtStep(6);
        settings.scaleProperty().set(3);
        settings.darkProperty().set(true);
        settings.transparentProperty().set(true);
        settings.viewProperty().set(ViewKind.JACOBIAN);

        ExportRequest request = settings.request();

        assertEquals(6, request.fromStep());
        assertEquals(6, request.toStep());
        assertEquals(3, request.scale());
        assertEquals(PictureTheme.DARK.foreground(), request.theme().foreground());
        assertNull(request.theme().background());
        assertEquals(ViewKind.JACOBIAN, request.view());
        assertEquals(false, request.replaceExisting());
    }

    @Test
    void aDocumentIgnoresScaleAndTransparency() {
        ExportSettings settings = settingsAtStep(0);
        settings.formatProperty().set(Exporter.PDF);
        settings.scaleProperty().set(3);
        settings.transparentProperty().set(true);

        ExportRequest request = settings.request();

        assertEquals(1, request.scale());
        assertEquals(PictureTheme.LIGHT, request.theme());
    }

    @Test
    void existingFilesAreThePlannedOnesAlreadyOnDisk() throws Exception {
        ExportSettings settings = settingsAtStep(0);
        settings.rangeProperty().set(ExportSettings.Range.ALL_STEPS);
        Path pictures = Files.createDirectory(folder.resolve(CLASSIC));
        Files.writeString(pictures.resolve("step-02.png"), "earlier");
        Files.writeString(pictures.resolve("notes.txt"), "not ours");

        assertEquals(List.of(pictures.resolve("step-02.png")), settings.existingFiles());
    }

    @Test
    void titlesBecomeShortFileNames() {
        assertEquals("mini-batch-xor-m-4", ExportSettings.baseName("Mini-batch XOR (m = 4)"));
        assertEquals("derivation", ExportSettings.baseName("δ → ∂"));
        assertEquals("a".repeat(60), ExportSettings.baseName("a".repeat(80)));
    }
}
