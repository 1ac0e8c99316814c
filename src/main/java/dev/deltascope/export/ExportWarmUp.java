package dev.deltascope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dev.deltascope.render.RenderWarmUp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Pays a picture export's one-time costs on background daemon threads while the caller is still
 * reading the network and building the derivation: JLaTeXMath's fonts and tables
 * ({@link RenderWarmUp}), the text font, and the format's encoder (ImageIO's PNG writer, PDFBox
 * with the embedded font). Worth it only in a fresh JVM, such as the command line's.
 */
public final class ExportWarmUp {

    static final String THREAD_NAME = "export-warm-up";

    private ExportWarmUp() {
    }

    /**
     * Starts warming up for the format; the text formats need nothing. The future completes when
     * this class's own part is done (the JLaTeXMath part runs on RenderWarmUp's thread).
     */
    public static CompletableFuture<Void> start(Exporter exporter) {
        if (!(exporter instanceof PictureExporter || exporter instanceof PdfExporter)) {
            return CompletableFuture.completedFuture(null);
        }
        RenderWarmUp.start();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                warmUp(exporter);
                done.complete(null);
            } catch (IOException failure) {
                done.completeExceptionally(new UncheckedIOException(failure));
            } catch (RuntimeException | Error failure) {
                done.completeExceptionally(failure);
            }
        }, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private static void warmUp(Exporter exporter) throws IOException {
        PictureText.wrap("δ⁽¹⁾ ⊙ warm-up", 12, 100);
        PictureText.lineHeight(12);
        if (exporter instanceof PngExporter) {
            PngExporter.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB), OutputStream.nullOutputStream());
        } else if (exporter instanceof PdfExporter) {
            tinyDocument();
        }
    }

    /** A one-page PDF with embedded text, thrown away. */
    private static void tinyDocument() throws IOException {
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        try (PDDocument document = new PDDocument()) {
            PdfTextFont.register(text);
            document.addPage(new PDPage());
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, 10, 10);
            try {
                graphics.setFontTextDrawer(text);
                PictureText.draw(graphics, "δ⁽¹⁾ ⊙ warm-up", 12, 0, 0);
            } finally {
                graphics.dispose();
            }
            document.save(OutputStream.nullOutputStream());
        } finally {
            text.close();
        }
    }
}
