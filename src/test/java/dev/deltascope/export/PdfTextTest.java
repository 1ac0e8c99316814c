package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.file.Presets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF handout's prose is text a reader can search and copy: every word of it, as often as it is printed. */
class PdfTextTest {

    @TempDir
    Path folder;

    @Test
    void everyProseWordOfEveryStepAndViewIsSearchableInTheHandout() throws Exception {
        Derivation derivation = Derivations.of(Presets.DEFAULT);
        Path pdf = folder.resolve("handout.pdf");
        Exporter.PDF.export(derivation, ExportRequest.allSteps(pdf, derivation), ExportMonitor.NONE);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        Map<String, Integer> found = counts(text);
        Map<String, Integer> printed = new HashMap<>();
        for (Step step : derivation.steps()) {
            List<String> prose = new ArrayList<>(step.explanation());
            for (View view : step.views()) {
                prose.addAll(view.explanation());
            }
            counts(String.join(" ", prose)).forEach((word, count) -> printed.merge(word, count, Integer::sum));
        }
        List<String> missing = new ArrayList<>();
        printed.forEach((word, count) -> {
            if (found.getOrDefault(word, 0) < count) {
                missing.add(word + " " + found.getOrDefault(word, 0) + " of " + count);
            }
        });
        assertTrue(printed.getOrDefault("elementwise", 0) > 3, "the handout's prose has the words looked for");
        assertTrue(missing.isEmpty(), "not searchable: " + missing);
    }

    /** How often each word of three or more Latin letters occurs. */
    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Arrays.stream(text.split("[^A-Za-z]+")).filter(word -> word.length() >= 3)
                .forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }
}
