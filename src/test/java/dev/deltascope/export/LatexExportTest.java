package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.external.Pdflatex;
import dev.deltascope.file.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Beamer deck and the LaTeX article compile unedited with the real pdflatex. */
class LatexExportTest {

    @TempDir
    Path folder;

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** How many pages continue the frame before them. */
    private static int continued(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                count += stripper.getText(document).contains("(continued)") ? 1 : 0;
            }
            return count;
        }
    }

    @Test
    void theBeamerDeckCompilesWithATitleFrameAndFramesForEveryStepAndView() throws Exception {
        Derivation classic = Derivations.classic();
        Path tex = folder.resolve("slides.tex");

        Exporter.BEAMER.export(classic, ExportRequest.allSteps(tex, classic), ExportMonitor.NONE);

        Pdflatex.Result result = Pdflatex.compileBeamer(tex);
        assertTrue(result.succeeded(), result.log());
        long views = classic.steps().stream().mapToLong(step -> step.views().size()).sum();
        assertEquals(1 + classic.steps().size() + views + continued(result.pdf()), pages(result.pdf()),
                "a title frame, a frame per step and per view, and their continuations");
        String text = pdfText(result.pdf());
        assertTrue(text.contains("Layer 1: weighted input"), text);
        assertTrue(text.contains("Step 14 of 14"));
        assertTrue(text.contains("The three methods agree exactly"), "the classic network's methods agree exactly");
        assertFalse(result.log().contains("Overfull \\vbox"), "every frame fits its height");
    }

    @Test
    void aDeckWithAViewAddsAFrameForEachStepThatHasIt() throws Exception {
        Derivation softmax = Derivations.of(Presets.SOFTMAX);
        Path tex = folder.resolve("views.tex");
        long withView = softmax.steps().stream().filter(s -> s.view(ViewKind.COMPONENT) != null).count();

        Exporter.BEAMER.export(softmax, ExportRequest.allSteps(tex, softmax).withView(ViewKind.COMPONENT),
                ExportMonitor.NONE);

        Pdflatex.Result result = Pdflatex.compileBeamer(tex);
        assertTrue(result.succeeded(), result.log());
        assertTrue(withView > 0);
        assertEquals(1 + softmax.steps().size() + withView + continued(result.pdf()), pages(result.pdf()));
    }

    @Test
    void aDeckOfAWideBatchNetworkCompilesWithItsFormulasShrunkToFit() throws Exception {
        Derivation batch = Derivations.of(Presets.MINI_BATCH);
        Path tex = folder.resolve("batch.tex");
        int backward = batch.steps().stream().filter(s -> s.kind() == StepKind.BACKWARD).findFirst()
                .orElseThrow().index();

        Exporter.BEAMER.export(batch, ExportRequest.of(tex, backward, backward).withView(ViewKind.JACOBIAN),
                ExportMonitor.NONE);

        Pdflatex.Result result = Pdflatex.compileBeamer(tex);
        assertTrue(result.succeeded(), result.log());
        assertFalse(result.log().contains("Overfull \\hbox"), "every formula fits the frame's width");
    }

    @Test
    void theArticleCompiles() throws Exception {
        Derivation classic = Derivations.classic();

        List<Path> written = Exporter.TEX.export(classic, ExportRequest.allSteps(folder, classic),
                ExportMonitor.NONE);

        assertEquals(List.of(folder.resolve("derivation.tex")), written);
        Pdflatex.Result result = Pdflatex.compile(written.get(0));
        assertTrue(result.succeeded(), result.log());
        assertTrue(pdfText(result.pdf()).contains("Layer 1: weighted input"));
    }

    @Test
    void hostileTitlesCompileAndPrintLiterallyInTheDeckAndTheArticle() throws Exception {
        for (String title : List.of(Derivations.LATEX_HOSTILE, Derivations.MARKUP_HOSTILE)) {
            Derivation derivation = Derivations.titled(Presets.CLASSIC, title);
            for (Exporter exporter : List.of(Exporter.BEAMER, Exporter.TEX)) {
                Path tex = folder.resolve(exporter.name() + "-hostile.tex");

                exporter.export(derivation, ExportRequest.of(tex, 0, 1).withReplaceExisting(true), ExportMonitor.NONE);

                assertFalse(Files.readString(tex).contains("\\input{/etc/passwd}"), "the command is escaped");
                Pdflatex.Result result = exporter == Exporter.BEAMER ? Pdflatex.compileBeamer(tex)
                        : Pdflatex.compile(tex);
                assertTrue(result.succeeded(), exporter.name() + " with " + title + "\n" + result.log());
                String text = pdfText(result.pdf());
                assertFalse(text.contains("root:"), "nothing was read from /etc/passwd");
                String expected = title.equals(Derivations.MARKUP_HOSTILE) ? title : "input{/etc/passwd} & % $ #";
                assertTrue(text.replace("\\", "").contains(expected.replace("\\", "")),
                        exporter.name() + ": the title prints literally, in: " + text);
            }
        }
    }
}
