package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path folder;

    @Test
    void formatsAreFoundByNameIgnoringCase() {
        assertSame(Exporter.PNG, Exporter.named("PNG"));
        assertSame(Exporter.PDF, Exporter.named("pdf"));
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        NoSuchElementException failure = assertThrows(NoSuchElementException.class, () -> Exporter.named("gif"));

        assertTrue(failure.getMessage().startsWith("no export format 'gif'; known: png, svg, pdf, tex"),
                failure.getMessage());
    }

    @Test
    void everyFormatReportsATargetInsideAFileClearlyAndWritesNothing() throws Exception {
        Derivation classic = Derivations.classic();
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        for (Exporter exporter : Exporter.all()) {
            Path target = notAFolder.resolve("out." + exporter.extension());

            ExportException failure = assertThrows(ExportException.class,
                    () -> exporter.export(classic, ExportRequest.of(target, 0, 0), ExportMonitor.NONE),
                    exporter.name());

            assertTrue(failure.getMessage().contains("is a file"), exporter.name() + ": " + failure.getMessage());
            assertEquals("x", Files.readString(notAFolder));
        }
    }

    @Test
    void byDefaultAnEarlierExportIsKept() throws Exception {
        Derivation classic = Derivations.classic();
        for (Exporter exporter : Exporter.all()) {
            Path target = folder.resolve(exporter.name() + "." + exporter.extension());
            Files.writeString(target, "earlier");

            ExportException failure = assertThrows(ExportException.class, () -> exporter.export(classic,
                    ExportRequest.of(target, 0, 0), ExportMonitor.NONE), exporter.name());

            assertTrue(failure.getMessage().contains("already exists"), failure.getMessage());
            assertEquals("earlier", Files.readString(target));
        }
    }

    @Test
    void withReplaceAnEarlierExportIsReplaced() throws Exception {
        Derivation classic = Derivations.classic();
        for (Exporter exporter : Exporter.all()) {
            Path target = folder.resolve(exporter.name() + "." + exporter.extension());
            Files.writeString(target, "earlier");

            exporter.export(classic, ExportRequest.of(target, 0, 0).withReplaceExisting(true), ExportMonitor.NONE);

            assertTrue(Files.size(target) > 100, exporter.name());
        }
    }

    @Test
    void theFilesPlannedAreTheFilesWrittenAndPlanningCreatesNothing() throws Exception {
        Derivation classic = Derivations.classic();
        for (Exporter exporter : Exporter.all()) {
            for (ExportRequest request : List.of(
                    ExportRequest.allSteps(folder.resolve(exporter.name() + "-all"), classic),
                    ExportRequest.of(folder.resolve(exporter.name() + "-one"), 6, 6),
                    ExportRequest.of(folder.resolve("single-" + exporter.name() + "." + exporter.extension()), 2, 2))) {
                List<Path> planned = exporter.plannedFiles(classic, request);
                assertFalse(Files.exists(request.target()), exporter.name() + ": planning wrote " + request.target());

                List<Path> written = exporter.export(classic, request, ExportMonitor.NONE);

                assertEquals(written, planned, exporter.name() + " " + request.target());
            }
        }
    }

    @Test
    void aFileNameForManyPicturesIsRefusedWhenPlanning() {
        Derivation classic = Derivations.classic();
        ExportRequest request = ExportRequest.allSteps(folder.resolve("all.png"), classic);

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Exporter.PNG.plannedFiles(classic, request));

        assertTrue(failure.getMessage().contains("holds one step, but 14 were asked for"), failure.getMessage());
    }

    @Test
    void pictureFilesAreNumberedFromOneWithTwoDigits() {
        Derivation classic = Derivations.classic();

        List<Path> planned = Exporter.SVG.plannedFiles(classic, ExportRequest.of(folder, 0, 1));

        assertEquals(List.of(folder.resolve("step-01.svg"), folder.resolve("step-02.svg")), planned);
    }
}
