package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.external.ExternalTools;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF handout's prose is text a reader can search and copy: every word of it, as often as it is
 * printed, and every character of every line, symbols and subscripts included.
 */
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

    /**
     * Every line of text a step's picture draws (title, caption, explanation, agreement, view titles,
     * grid labels and cells) is in pdftotext's output of the preset's handout, character for
     * character: ⊙, ∇, subscript and superscript letters included, since they are embedded text now.
     */
    @ParameterizedTest
    @MethodSource("presets")
    void pdftotextFindsEveryLineOfTextEachStepDraws(String id) throws Exception {
        Path pdftotext = ExternalTools.pdftotext();
        Derivation derivation = Derivations.of(Presets.byId(id));
        Path pdf = folder.resolve(id + ".pdf");
        Exporter.PDF.export(derivation, ExportRequest.allSteps(pdf, derivation), ExportMonitor.NONE);

        String extracted = unspaced(pdftotext(pdftotext, pdf));
        List<String> missing = new ArrayList<>();
        Set<String> fonts = new TreeSet<>();
        StringBuilder prose = new StringBuilder();
        for (Step step : derivation.steps()) {
            List<Drawn> drawn = drawnText(new StepPicture(derivation, step, null, PictureTheme.LIGHT));
            drawn.forEach(run -> fonts.add(run.font()));
            for (String line : lines(drawn)) {
                prose.append(line).append(' ');
                if (!extracted.contains(unspaced(line))) {
                    missing.add("step " + (step.index() + 1) + ": " + line);
                }
            }
        }
        assertEquals(new TreeSet<>(Set.of(PictureText.fontName(PictureText.LIBERATION_SANS),
                PictureText.fontName(PictureText.DEJAVU_SANS))), fonts, "the fonts the text is drawn in");
        for (String sample : List.of("(⊙)", "δ⁽", "σ′")) {
            assertTrue(prose.indexOf(sample) >= 0, "the prose shows " + sample);
        }
        assertTrue(missing.isEmpty(), missing.size() + " lines not in pdftotext's text: " + missing);
    }

    static List<String> presets() {
        return Presets.all().stream().map(Preset::id).toList();
    }

    private static String pdftotext(Path pdftotext, Path pdf) throws Exception {
        Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftotext took over 120 s");
        assertEquals(0, process.exitValue(), "pdftotext's exit code");
        return new String(out, StandardCharsets.UTF_8);
    }

    /**
     * The text without white space: pdftotext separates grid cells drawn on one baseline with
     * spaces, and lines of a paragraph with line ends.
     */
    private static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** One element of text a picture drew: its baseline, its font and its characters. */
    private record Drawn(String y, String font, String text) {
    }

    private static final Pattern TEXT_ELEMENT = Pattern.compile(
            "<text x='[^']*' y='([^']*)' style='[^']*font-family: ([^;']*);[^']*'>([^<]*)</text>");

    /**
     * The text the picture draws in the pictures' text fonts (not JLaTeXMath's), recorded by a
     * Graphics2D that keeps text as text, in the order drawn.
     */
    private static List<Drawn> drawnText(StepPicture picture) {
        SVGGraphics2D recorder = new SVGGraphics2D((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()));
        picture.draw(recorder);
        List<Drawn> drawn = new ArrayList<>();
        Matcher element = TEXT_ELEMENT.matcher(recorder.getSVGElement());
        while (element.find()) {
            if (!element.group(2).startsWith("jlm")) {
                drawn.add(new Drawn(element.group(1), element.group(2), unescaped(element.group(3))));
            }
        }
        return drawn;
    }

    /**
     * Runs drawn one after another on one baseline in different fonts joined into a line: a line is
     * cut into runs only where the font changes, so two runs in one font on one baseline are two
     * pieces of text, such as two grid cells.
     */
    private static List<String> lines(List<Drawn> drawn) {
        List<String> lines = new ArrayList<>();
        Drawn last = null;
        for (Drawn run : drawn) {
            if (last != null && run.y().equals(last.y()) && !run.font().equals(last.font())) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + run.text());
            } else {
                lines.add(run.text());
            }
            last = run;
        }
        return lines;
    }

    private static String unescaped(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** How often each word of three or more Latin letters occurs. */
    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Arrays.stream(text.split("[^A-Za-z]+")).filter(word -> word.length() >= 3)
                .forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }
}
