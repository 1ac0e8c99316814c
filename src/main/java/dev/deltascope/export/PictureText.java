package dev.deltascope.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text in exported pictures. Liberation Sans (shipped inside PDFBox) for every character it
 * has, so pictures look the same on every machine and PDF text stays selectable and searchable; the
 * logical SansSerif font, with the system's fallbacks, only for the characters it lacks.
 */
final class PictureText {

    /** Liberation Sans Regular inside the PDFBox jar. */
    static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Font BASE = load();

    private PictureText() {
    }

    private static Font load() {
        try (InputStream in = open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + LIBERATION_SANS, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + LIBERATION_SANS, e);
        }
    }

    /** A fresh stream of the Liberation Sans file, for embedding. */
    static InputStream open() throws IOException {
        InputStream in = PictureText.class.getResourceAsStream(LIBERATION_SANS);
        if (in == null) {
            throw new IOException("font missing from the class path: " + LIBERATION_SANS);
        }
        return in;
    }

    /** The name PDF font mapping knows Liberation Sans by. */
    static String liberationName() {
        return BASE.getFontName();
    }

    /** Liberation Sans at this size, or the logical SansSerif font when Liberation lacks a glyph of the run. */
    private static Font font(String run, float size) {
        Font font = BASE.canDisplayUpTo(run) == -1 ? BASE : new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        return font.deriveFont(size);
    }

    /**
     * The text cut into runs that Liberation Sans shows and runs of the characters it lacks (⊙, ∇,
     * ⋯, some subscripts), so a paragraph stays in one font, and in a PDF stays searchable text,
     * except for those few characters.
     */
    static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean shown = BASE.canDisplay(text.codePointAt(start));
            int end = start;
            while (end < text.length() && BASE.canDisplay(text.codePointAt(end)) == shown) {
                end = text.offsetByCodePoints(end, 1);
            }
            runs.add(text.substring(start, end));
            start = end;
        }
        return runs;
    }

    static double width(String text, float size) {
        double width = 0;
        for (String run : runs(text)) {
            width += font(run, size).getStringBounds(run, MEASURE).getWidth();
        }
        return width;
    }

    /** Height of a line of text at this size: ascent, descent and leading. */
    static double lineHeight(float size) {
        return BASE.deriveFont(size).getLineMetrics("Xg", MEASURE).getHeight();
    }

    static double ascent(float size) {
        return BASE.deriveFont(size).getLineMetrics("Xg", MEASURE).getAscent();
    }

    /** Draws one line with its top at y; control characters are drawn as spaces (XML cannot hold most of them). */
    static void draw(Graphics2D graphics, String raw, float size, double x, double y) {
        String text = raw.replaceAll("[\\p{Cntrl}\\x{FFFE}\\x{FFFF}]", " ");
        double left = x;
        for (String run : runs(text)) {
            Font font = font(run, size);
            graphics.setFont(font);
            graphics.drawString(run, (float) left, (float) (y + ascent(size)));
            left += font.getStringBounds(run, MEASURE).getWidth();
        }
    }

    /**
     * The text broken at spaces into lines no wider than the width; a word wider than the width
     * is broken between its characters, so no line is wider than the width.
     */
    static List<String> wrap(String text, float size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String whole : text.strip().split("\\s+")) {
            for (String word : pieces(whole, size, width)) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(longer, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(longer);
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The word alone when it fits the width, else broken into pieces that each fit (at least one character each). */
    private static List<String> pieces(String word, float size, double width) {
        if (width(word, size) <= width) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.offsetByCodePoints(start, 1);
            while (end < word.length()
                    && width(word.substring(start, word.offsetByCodePoints(end, 1)), size) <= width) {
                end = word.offsetByCodePoints(end, 1);
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
