package dev.deltascope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text fonts as PDF handouts embed them: Liberation Sans and DejaVu Sans, each font file with
 * its glyph-substitution table (GSUB) hidden. PDFBox applies a font's GSUB rules to every string
 * it writes, compiling regular expressions each time, which took about 40% of drawing a page; the
 * text in a handout is short runs that need no substitution, and without it the text copies out
 * letter for letter.
 */
final class PdfTextFont {

    private static final int TABLE_COUNT_OFFSET = 4;
    private static final int TABLE_RECORDS_OFFSET = 12;
    private static final int TABLE_RECORD_SIZE = 16;
    private static final byte[] SUBSTITUTION_TAG = "GSUB".getBytes(StandardCharsets.US_ASCII);
    /** A tag no reader knows, so the table is skipped; subsetting leaves it out of the PDF. */
    private static final byte[] HIDDEN_TAG = "xSUB".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> FONTS = List.of(PictureText.LIBERATION_SANS, PictureText.DEJAVU_SANS);

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private PdfTextFont() {
    }

    /** Gives the drawer both text fonts, by the names the pictures' fonts have, so their text is embedded text. */
    static void register(PdfBoxGraphics2DFontTextDrawer drawer) throws IOException {
        for (String resource : FONTS) {
            try (InputStream font = open(resource)) {
                drawer.registerFont(PictureText.fontName(resource), font);
            }
        }
    }

    /** A fresh stream of the font file ({@link PictureText#LIBERATION_SANS} or {@link PictureText#DEJAVU_SANS}) without its substitution table. */
    static InputStream open(String resource) throws IOException {
        byte[] font = BYTES.get(resource);
        if (font == null) {
            try (InputStream in = PictureText.open(resource)) {
                font = withoutSubstitutions(in.readAllBytes());
            }
            BYTES.put(resource, font);
        }
        return new ByteArrayInputStream(font);
    }

    /**
     * A copy of a TrueType file whose table directory names the GSUB table by an unknown tag.
     *
     * @throws IOException when the bytes are too short to hold their table directory
     */
    static byte[] withoutSubstitutions(byte[] font) throws IOException {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        if (copy.length < TABLE_RECORDS_OFFSET) {
            throw new IOException("not a TrueType font: " + copy.length + " bytes");
        }
        int tables = Short.toUnsignedInt(buffer.getShort(TABLE_COUNT_OFFSET));
        if (copy.length < TABLE_RECORDS_OFFSET + tables * TABLE_RECORD_SIZE) {
            throw new IOException("not a TrueType font: " + tables + " tables in " + copy.length + " bytes");
        }
        for (int table = 0; table < tables; table++) {
            int record = TABLE_RECORDS_OFFSET + table * TABLE_RECORD_SIZE;
            if (tagIs(copy, record, SUBSTITUTION_TAG)) {
                System.arraycopy(HIDDEN_TAG, 0, copy, record, HIDDEN_TAG.length);
            }
        }
        return copy;
    }

    private static boolean tagIs(byte[] font, int offset, byte[] tag) {
        for (int i = 0; i < tag.length; i++) {
            if (font[offset + i] != tag[i]) {
                return false;
            }
        }
        return true;
    }
}
