package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTextFontTest {

    @ParameterizedTest
    @ValueSource(strings = {PictureText.LIBERATION_SANS, PictureText.DEJAVU_SANS})
    void theEmbeddedFontHasNoSubstitutionsButTheShippedOneDoes(String font) throws Exception {
        try (TrueTypeFont shipped = parse(PictureText.open(font)); TrueTypeFont embedded = parse(PdfTextFont.open(font))) {
            assertNotEquals(GsubData.NO_DATA_FOUND, shipped.getGsubData());
            assertEquals(GsubData.NO_DATA_FOUND, embedded.getGsubData());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PictureText.LIBERATION_SANS, PictureText.DEJAVU_SANS})
    void everyGlyphIsKeptWithItsAdvanceAndOutline(String font) throws Exception {
        try (TrueTypeFont shipped = parse(PictureText.open(font)); TrueTypeFont embedded = parse(PdfTextFont.open(font))) {
            assertEquals(shipped.getNumberOfGlyphs(), embedded.getNumberOfGlyphs());
            for (String text : new String[] {"Backward pass", "δ", "0.1234", "σ′(z)", "(⊙)", "∇ₐC", "z⁽³⁾ⱼ"}) {
                for (int codePoint : text.codePoints().toArray()) {
                    int glyph = shipped.getUnicodeCmapLookup().getGlyphId(codePoint);
                    assertEquals(glyph, embedded.getUnicodeCmapLookup().getGlyphId(codePoint));
                    assertEquals(shipped.getAdvanceWidth(glyph), embedded.getAdvanceWidth(glyph));
                    assertEquals(outline(shipped, glyph), outline(embedded, glyph));
                }
            }
        }
    }

    @Test
    void onlyTheSubstitutionTagChanges() throws Exception {
        byte[] shipped;
        try (InputStream in = PictureText.open(PictureText.LIBERATION_SANS)) {
            shipped = in.readAllBytes();
        }
        byte[] embedded = PdfTextFont.withoutSubstitutions(shipped);

        int differences = 0;
        for (int i = 0; i < shipped.length; i++) {
            if (shipped[i] != embedded[i]) {
                differences++;
            }
        }
        assertEquals(shipped.length, embedded.length);
        assertTrue(differences >= 1 && differences <= 4, differences + " bytes differ");
    }

    @Test
    void bytesTooShortForTheirTableDirectoryAreRefused() {
        byte[] truncated = {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 'G', 'S'};

        IOException failure = assertThrows(IOException.class, () -> PdfTextFont.withoutSubstitutions(truncated));

        assertTrue(failure.getMessage().contains("9 tables in 14 bytes"), failure.getMessage());
    }

    private static String outline(TrueTypeFont font, int glyph) throws IOException {
        GlyphData data = font.getGlyph().getGlyph(glyph);
        return data == null ? "none" : data.getPath().getBounds2D().toString();
    }

    private static TrueTypeFont parse(InputStream in) throws IOException {
        try (in) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
