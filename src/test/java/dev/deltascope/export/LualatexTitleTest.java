package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.external.Pdflatex;
import dev.deltascope.file.Presets;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The article and the Beamer deck with a Greek, Chinese and Arabic title compile unedited with
 * lualatex, as their first lines say, keeping the whole title in the PDF's metadata; and the
 * note's advice (a font that has the letters, set with fontspec) prints the letters that font has.
 */
class LualatexTitleTest {

    /** Greek with an accent (not one of the math letters), Chinese and Arabic. */
    private static final String TITLE = "Δίκτυο 中文 شبكة network";
    private static final Pattern MISSING = Pattern.compile("Missing character: There is no (\\S+)");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"tex", "beamer"})
    void aNonLatinTitleCompilesUneditedWithLualatex(String format) throws Exception {
        Path tex = export(format);

        Pdflatex.Result result = Pdflatex.compileWithLualatex(tex);

        assertTrue(result.succeeded(), format + " under lualatex:\n" + result.tail());
        try (PDDocument document = Loader.loadPDF(result.pdf().toFile())) {
            assertEquals(TITLE, document.getDocumentInformation().getTitle(), "the metadata keep the whole title");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("network") && text.contains("Step 1 of"), text.substring(0, 300));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tex", "beamer"})
    void withAFontThatHasTheLettersAsTheFirstLinesSayLualatexPrintsThem(String format) throws Exception {
        Path tex = export(format);
        String document = Files.readString(tex);
        String setFont = format.equals("beamer") ? "\\setsansfont" : "\\setmainfont";
        assertTrue(document.startsWith("%") && document.substring(0, document.indexOf("\\documentclass"))
                .contains(setFont), "the first lines name " + setFont);
        try (InputStream font = PictureText.open(PictureText.DEJAVU_SANS)) {
            Files.copy(font, folder.resolve("DejaVuSans.ttf"));
        }
        Files.writeString(tex, document.replace("\\usepackage{fontspec}",
                "\\usepackage{fontspec}" + setFont + "{DejaVuSans.ttf}"));

        Pdflatex.Result result = Pdflatex.compileWithLualatex(tex);

        assertTrue(result.succeeded(), format + " under lualatex with DejaVu Sans:\n" + result.tail());
        String log = Files.readString(folder.resolve(format + ".log"), StandardCharsets.UTF_8);
        StringBuilder missing = new StringBuilder();
        Matcher character = MISSING.matcher(log);
        while (character.find()) {
            missing.append(character.group(1));
        }
        assertEquals("中文", missing.toString(), "DejaVu Sans has the Greek and Arabic letters, not the Chinese");
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String text = firstPage.getText(pdf);
            assertTrue(text.contains("ί"), "the accented Greek letter prints: " + text);
            assertFalse(text.contains("U+03AF"), text);
        }
    }

    private Path export(String format) throws Exception {
        Derivation derivation = Derivations.titled(Presets.CLASSIC, TITLE);
        Exporter exporter = format.equals("beamer") ? Exporter.BEAMER : Exporter.TEX;
        Path tex = folder.resolve(format + ".tex");
        exporter.export(derivation, ExportRequest.of(tex, 0, 1), ExportMonitor.NONE);
        return tex;
    }
}
