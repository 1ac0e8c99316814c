package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.file.Presets;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

    @TempDir
    Path folder;

    private final Derivation classic = Derivations.classic();

    private static List<String> bookmarks(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    @Test
    void theHandoutHasTheStepTitlesInItsTextAndBookmarks() throws Exception {
        Path file = folder.resolve("handout.pdf");

        Exporter.PDF.export(classic, ExportRequest.allSteps(file, classic), ExportMonitor.NONE);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> expected = classic.steps().stream().map(s -> "Step " + (s.index() + 1) + ": " + s.title())
                    .toList();
            assertEquals(expected, bookmarks(document));
            String text = new PDFTextStripper().getText(document);
            for (Step step : classic.steps()) {
                // Every character is text, the layer index's superscript parentheses included (in DejaVu Sans).
                assertTrue(text.contains(step.title()), "page text holds \"" + step.title() + "\"");
            }
        }
    }

    @Test
    void shortStepsShareAPageAndEveryStepIsDrawnOnceInOrder() throws Exception {
        Derivation derivation = Derivations.of(Presets.DEFAULT);
        Path file = folder.resolve("packed.pdf");

        Exporter.PDF.export(derivation, ExportRequest.allSteps(file, derivation), ExportMonitor.NONE);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int steps = derivation.steps().size();
            assertTrue(document.getNumberOfPages() < steps,
                    document.getNumberOfPages() + " pages for " + steps + " steps");
            String text = visibleText(document);
            int previous = -1;
            for (Step step : derivation.steps()) {
                String caption = System.lineSeparator() + "Step " + (step.index() + 1) + " of " + steps
                        + System.lineSeparator();
                int at = text.indexOf(caption);
                assertTrue(at > previous, caption.strip() + " after the step before it");
                String titleLine = text.substring(at + caption.length()).lines().findFirst().orElse("");
                assertEquals(step.title(), titleLine.strip(), caption.strip() + "'s title, every character as text");
                assertEquals(at, text.lastIndexOf(caption), caption.strip() + " drawn once");
                previous = at;
            }
        }
    }

    /** The text drawn inside each page, page after page (PDFTextStripper alone also reads text drawn off the page). */
    private static String visibleText(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            PDRectangle box = page.getMediaBox();
            stripper.addRegion("page", new Rectangle2D.Float(0, 0, box.getWidth(), box.getHeight()));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("page"));
        }
        return text.toString();
    }

    @Test
    void aRangeGivesOnlyThoseSteps() throws Exception {
        Path file = folder.resolve("range.pdf");

        Exporter.PDF.export(classic, ExportRequest.of(file, 4, 6), ExportMonitor.NONE);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(3, bookmarks(document).size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertTrue(stripper.getText(document).contains(classic.steps().get(4).title()));
        }
    }

    @Test
    void aFolderTargetGetsTheDefaultName() throws Exception {
        List<Path> written = Exporter.PDF.export(classic, ExportRequest.of(folder, 0, 0), ExportMonitor.NONE);

        assertEquals(List.of(folder.resolve("derivation.pdf")), written);
    }

    @Test
    void hostileTitlesAreKeptAsPlainText() throws Exception {
        for (String title : List.of(Derivations.LATEX_HOSTILE, Derivations.MARKUP_HOSTILE)) {
            Path file = folder.resolve("hostile.pdf");

            Exporter.PDF.export(Derivations.titled(Presets.CLASSIC, title),
                    ExportRequest.of(file, 0, 1).withReplaceExisting(true), ExportMonitor.NONE);

            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                assertEquals(title, document.getDocumentInformation().getTitle());
                assertTrue(new PDFTextStripper().getText(document).contains(title));
            }
        }
    }

    @Test
    void cancellingMidwayLeavesTheEarlierHandoutUntouched() throws Exception {
        Path file = folder.resolve("handout.pdf");
        Files.writeString(file, "earlier handout");
        ExportMonitor cancelAfterThree = new ExportMonitor() {
            private int done;

            @Override
            public void progress(int doneSoFar, int total) {
                done = doneSoFar;
            }

            @Override
            public boolean isCancelled() {
                return done >= 3;
            }
        };

        assertThrows(CancellationException.class,
                () -> Exporter.PDF.export(classic, ExportRequest.allSteps(file, classic).withReplaceExisting(true),
                        cancelAfterThree));

        assertEquals("earlier handout", Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
