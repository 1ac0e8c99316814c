package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
