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
 * Plain text in exported pictures, in two fonts that ship inside the jar, so pictures look the
 * same on every machine and PDF text stays selectable and searchable: Liberation Sans (inside
 * PDFBox) for every word it has all the glyphs of, DejaVu Sans for a word holding a character
 * Liberation lacks (the derivation's ⊙, ∇, ⋯, superscript parentheses and subscript letters), so
 * each word is in one font. The logical SansSerif font, with the system's fallbacks, only draws
 * the characters neither has (Chinese or Arabic in a title, emoji).
 */
final class PictureText {

    /** Liberation Sans Regular inside the PDFBox jar. */
    static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** DejaVu Sans inside the DejaVu font jar. */
    static final String DEJAVU_SANS = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Font BASE = load(LIBERATION_SANS);
    private static final Font SYMBOLS = load(DEJAVU_SANS);
    private static final Font FALLBACK = new Font(Font.SANS_SERIF, Font.PLAIN, 1);

    /** A piece of a line drawn in one font. */
    record Run(String text, Font font) {
    }

    private PictureText() {
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }

    /** A fresh stream of one of the two font files ({@link #LIBERATION_SANS}, {@link #DEJAVU_SANS}), for embedding. */
    static InputStream open(String resource) throws IOException {
        InputStream in = PictureText.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("font missing from the class path: " + resource);
        }
        return in;
    }

    /** The name PDF font mapping knows the font of this resource by. */
    static String fontName(String resource) {
        return (resource.equals(LIBERATION_SANS) ? BASE : SYMBOLS).getFontName();
    }

    /**
     * The text cut into runs of one font each: a word (a stretch without spaces) is in Liberation
     * Sans when it has every glyph of the word, else in DejaVu Sans when that has them all; spaces
     * are in Liberation Sans; a character neither font has is in the logical SansSerif font.
     */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font runFont = BASE;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            boolean space = Character.isWhitespace(text.codePointAt(start));
            while (end < text.length() && Character.isWhitespace(text.codePointAt(end)) == space) {
                end = text.offsetByCodePoints(end, 1);
            }
            String word = text.substring(start, end);
            Font wordFont = BASE.canDisplayUpTo(word) == -1 ? BASE : SYMBOLS.canDisplayUpTo(word) == -1 ? SYMBOLS : null;
            for (int at = 0; at < word.length(); at = word.offsetByCodePoints(at, 1)) {
                int codePoint = word.codePointAt(at);
                Font font = wordFont != null ? wordFont
                        : BASE.canDisplay(codePoint) ? BASE : SYMBOLS.canDisplay(codePoint) ? SYMBOLS : FALLBACK;
                if (font != runFont && !run.isEmpty()) {
                    runs.add(new Run(run.toString(), runFont));
                    run.setLength(0);
                }
                runFont = font;
                run.appendCodePoint(codePoint);
            }
            start = end;
        }
        if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), runFont));
        }
        return runs;
    }

    static double width(String text, float size) {
        double width = 0;
        for (Run run : runs(text)) {
            width += run.font().deriveFont(size).getStringBounds(run.text(), MEASURE).getWidth();
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
        for (Run run : runs(text)) {
            Font font = run.font().deriveFont(size);
            graphics.setFont(font);
            graphics.drawString(run.text(), (float) left, (float) (y + ascent(size)));
            left += font.getStringBounds(run.text(), MEASURE).getWidth();
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
