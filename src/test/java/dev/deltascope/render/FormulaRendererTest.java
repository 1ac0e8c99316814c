package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaRendererTest {

    private static final String DELTA =
            "\\delta^{l} = \\left((W^{l+1})^{\\top} \\delta^{l+1}\\right) \\odot \\sigma'(z^{l})";
    private static final String MATRIX = "\\begin{bmatrix} 0.15 & 0.2 \\\\ 0.25 & 0.3 \\end{bmatrix}";

    @Test
    void aFormulaImageHasInkAndAWideShapeForAOneLineFormula() {
        FormulaImage image = FormulaRenderer.image(DELTA, 20, 1, Color.BLACK, null);

        BufferedImage pixels = image.pixels();
        assertFalse(image.formula().isError());
        assertTrue(Ink.count(pixels, Ink.OPAQUE) > 500, "ink pixels: " + Ink.count(pixels, Ink.OPAQUE));
        assertTrue(pixels.getWidth() > 4 * pixels.getHeight(), pixels.getWidth() + "×" + pixels.getHeight());
    }

    @Test
    void aTwoByTwoMatrixIsRoughlyAsTallAsItIsWide() {
        BufferedImage pixels = FormulaRenderer.image(MATRIX, 20, 1, Color.BLACK, null).pixels();

        double aspect = (double) pixels.getWidth() / pixels.getHeight();
        assertTrue(aspect > 1.0 && aspect < 3.0, "aspect " + aspect);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void anImageAtScaleSHasSTimesThePixelsPerSide(int scale) {
        BufferedImage once = FormulaRenderer.image(DELTA, 20, 1, Color.BLACK, null).pixels();
        BufferedImage scaled = FormulaRenderer.image(DELTA, 20, scale, Color.BLACK, null).pixels();

        assertEquals(scale * once.getWidth(), scaled.getWidth(), scale);
        assertEquals(scale * once.getHeight(), scaled.getHeight(), scale);
        double inkRatio = (double) Ink.count(scaled, Ink.OPAQUE) / Ink.count(once, Ink.OPAQUE);
        assertEquals(scale * scale, inkRatio, 0.3 * scale * scale, "ink grows with the area");
    }

    @Test
    void theInkFitsTheReportedBoxAndFillsMostOfIt() {
        FormulaImage image = FormulaRenderer.image(MATRIX, 40, 1, Color.BLACK, null);
        Formula formula = image.formula();
        Rectangle ink = Ink.bounds(image.pixels(), Ink.OPAQUE);

        double padding = image.padding();
        assertTrue(ink.x >= padding - 2 && ink.getMaxX() <= padding + formula.width() + 2, "ink " + ink);
        assertTrue(ink.y >= padding - 2 && ink.getMaxY() <= padding + formula.totalHeight() + 2, "ink " + ink);
        assertTrue(ink.width > 0.8 * formula.width(), "ink " + ink + " formula width " + formula.width());
        assertTrue(ink.height > 0.9 * formula.totalHeight(), "ink " + ink + " height " + formula.totalHeight());
    }

    @Test
    void theBaselineSplitsHeightFromDepth() {
        Formula formula = FormulaRenderer.layout("y_{j}", 30);

        assertTrue(formula.depth() > 0, "the subscript hangs below the baseline");
        assertTrue(formula.height() > formula.depth());
        FormulaImage image = FormulaRenderer.image(formula, 2, Color.BLACK, null);
        assertEquals((image.padding() + formula.height()) * 2, image.baseline(), 1e-9);
    }

    @Test
    void theForegroundAndBackgroundColoursAreUsed() {
        FormulaImage image = FormulaRenderer.image("x + y", 30, 1, Color.RED, Color.WHITE);
        BufferedImage pixels = image.pixels();

        assertEquals(Color.WHITE.getRGB(), pixels.getRGB(0, 0), "background in the corner");
        assertTrue(Ink.count(pixels, Ink.RED) > 20, "red glyphs");
        assertEquals(0, Ink.count(pixels, argb -> (argb >>> 24) < 255), "an opaque background leaves no transparency");
    }

    @Test
    void theDefaultBackgroundIsTransparent() {
        BufferedImage pixels = FormulaRenderer.image("x", 30, 1, Color.BLACK, null).pixels();

        assertEquals(0, pixels.getRGB(0, 0) >>> 24);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\frac{a}{", "\\color{red}{x}", "\\bm{x}", "\\frac{a}{b", "x^", "}", "\\left(",
        "\\begin{bmatrix}1"})
    void badLatexGivesAnErrorBoxWithRedPixelsAndNoException(String latex) {
        FormulaImage image = FormulaRenderer.image(latex, 20, 2, Color.BLACK, null);

        FormulaError error = assertInstanceOf(FormulaError.class, image.formula());
        assertFalse(error.message().isBlank());
        assertEquals(latex, error.latex());
        assertTrue(Ink.count(image.pixels(), Ink.RED) > 100, "red border");
        assertTrue(Ink.count(image.pixels(), argb -> argb == FormulaError.TEXT.getRGB()) > 10, "message text");
    }

    @Test
    void theErrorMessageNamesTheUnknownCommand() {
        Formula formula = FormulaRenderer.layout("\\bm{x}", 20);

        assertTrue(((FormulaError) formula).message().contains("bm"), formula.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{}"})
    void emptyLatexGivesASmallBlankImage(String latex) {
        FormulaImage image = FormulaRenderer.image(latex, 20, 3, Color.BLACK, null);

        assertFalse(image.formula().isError());
        assertEquals(0, image.formula().width(), 1e-9);
        assertTrue(image.pixels().getWidth() >= 1 && image.pixels().getWidth() <= 20);
        assertEquals(0, Ink.count(image.pixels(), Ink.OPAQUE));
    }

    @Test
    void aFormulaTooLargeForTheImageBoundBecomesAnErrorBox() {
        String wide = "x+".repeat(4000) + "x";

        FormulaImage image = FormulaRenderer.image(wide, 400, 8, Color.BLACK, null);

        assertTrue(image.formula().isError());
        assertTrue(((FormulaError) image.formula()).message().contains("too large"));
    }

    @Test
    void nonsenseSizesAreRejectedWithTheirName() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> FormulaRenderer.layout("x", 0));
        IllegalArgumentException scale = assertThrows(IllegalArgumentException.class,
                () -> FormulaRenderer.image("x", 12, Double.NaN, Color.BLACK, null));

        assertTrue(size.getMessage().startsWith("pointSize"));
        assertTrue(scale.getMessage().startsWith("scale"));
    }

    @Test
    void drawingOntoAGraphicsLeavesItsStateAsItWas() {
        BufferedImage canvas = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D graphics = canvas.createGraphics();
        graphics.translate(3, 4);
        graphics.setColor(Color.GREEN);

        Formula formula = FormulaRenderer.draw(graphics, "\\sum_k w_{kj}", 20, 10, 10, Color.BLUE);

        assertNotNull(formula);
        assertEquals(3, graphics.getTransform().getTranslateX());
        assertEquals(4, graphics.getTransform().getTranslateY());
        assertEquals(Color.GREEN, graphics.getColor());
        assertTrue(Ink.count(canvas, argb -> (argb & 0xFFFFFF) == 0x0000FF && (argb >>> 24) > 200) > 10);
        graphics.dispose();
    }
}
