package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxFormulasTest {

    private static final String FORMULA =
            "\\delta^{l} = \\left((W^{l+1})^{\\top} \\delta^{l+1}\\right) \\odot \\sigma'(z^{l})";

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    /** Draws on a fresh white canvas, optionally pre-scaled, and returns the snapshot's pixels. */
    private static BufferedImage drawOnCanvas(String latex, double contextScale) throws Exception {
        return onFxThread(() -> {
            Canvas canvas = new Canvas(900, 200);
            var context = canvas.getGraphicsContext2D();
            context.setFill(Color.WHITE);
            context.fillRect(0, 0, 900, 200);
            context.scale(contextScale, contextScale);
            FxFormulas.draw(context, latex, 20, 10, 10, Color.BLACK);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            return SwingFXUtils.fromFXImage(canvas.snapshot(parameters, null), null);
        });
    }

    private static final java.util.function.IntPredicate DARK =
            argb -> ((argb >> 16) & 0xFF) < 128 && ((argb >> 8) & 0xFF) < 128 && (argb & 0xFF) < 128;

    @Test
    void aFormulaDrawnOnACanvasLeavesInkWhereTheAwtImageDoes() throws Exception {
        BufferedImage canvas = drawOnCanvas(FORMULA, 1);
        FormulaImage awt = FormulaRenderer.image(FORMULA, 20, 1, java.awt.Color.BLACK, java.awt.Color.WHITE);

        Rectangle canvasInk = Ink.bounds(canvas, DARK);
        Rectangle awtInk = Ink.bounds(awt.pixels(), DARK);
        assertTrue(Ink.count(canvas, DARK) > 300, "dark pixels: " + Ink.count(canvas, DARK));
        assertEquals(awtInk.width, canvasInk.width, 0.1 * awtInk.width, "canvas " + canvasInk + " awt " + awtInk);
        assertEquals(awtInk.height, canvasInk.height, 0.1 * awtInk.height, "canvas " + canvasInk + " awt " + awtInk);
        assertEquals(Ink.count(awt.pixels(), DARK), Ink.count(canvas, DARK), 0.35 * Ink.count(awt.pixels(), DARK),
                "about as much ink: the glyphs are the same, not substitutes");
    }

    @Test
    void drawingHonoursTheContextsScale() throws Exception {
        Rectangle once = Ink.bounds(drawOnCanvas("x + y", 1), DARK);
        Rectangle twice = Ink.bounds(drawOnCanvas("x + y", 2), DARK);

        assertEquals(2 * once.width, twice.width, 3);
        assertEquals(2 * once.x, twice.x, 3);
    }

    @Test
    void badLatexOnACanvasShowsTheErrorBox() throws Exception {
        BufferedImage canvas = drawOnCanvas("\\color{red}{x}", 1);

        assertTrue(Ink.count(canvas, Ink.RED) > 100, "red border pixels: " + Ink.count(canvas, Ink.RED));
    }

    @Test
    void anFxImageHasTheSizeOfTheAwtImage() throws Exception {
        Image image = onFxThread(() -> FxFormulas.image(FORMULA, 20, 2, Color.BLACK));
        FormulaImage awt = FormulaRenderer.image(FORMULA, 20, 2, java.awt.Color.BLACK, null);

        assertEquals(awt.pixels().getWidth(), image.getWidth());
        assertEquals(awt.pixels().getHeight(), image.getHeight());
        assertTrue(Ink.count(SwingFXUtils.fromFXImage(image, null), Ink.OPAQUE) > 300);
    }

    @Test
    void anFxImageCacheReturnsTheSameImageOnAHit() throws Exception {
        FormulaCache<Image> cache = FxFormulas.imageCache(8, 1 << 24);

        Image first = onFxThread(() -> cache.get("x^2", 20, java.awt.Color.BLACK, 2));
        Image second = onFxThread(() -> cache.get("x^2", 20, java.awt.Color.BLACK, 2));

        assertTrue(first == second);
        assertEquals(4L * (long) first.getWidth() * (long) first.getHeight(), cache.bytes());
    }

    @Test
    void everyJLaTeXMathFontLoadsIntoJavaFxUnderTheFamilyAwtUses() throws Exception {
        List<javafx.scene.text.Font> loaded = JLaTeXMathFonts.loadIntoJavaFx();

        assertEquals(JLaTeXMathFonts.RESOURCES.size(), loaded.size());
        for (int i = 0; i < loaded.size(); i++) {
            String resource = JLaTeXMathFonts.RESOURCES.get(i);
            try (InputStream in = FxFormulasTest.class.getResourceAsStream(resource)) {
                String awtFamily = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).getFamily();
                assertEquals(awtFamily, loaded.get(i).getFamily(), resource);
            }
        }
    }
}
