package dev.deltascope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF handout drawn directly (no LaTeX needed): each step from a new A4 page, landscape or
 * portrait to suit the step, scaled to the page's width (never enlarged) and continued on further
 * pages, cut between paragraphs, formulas and grids, when taller than a page. Formulas are vector paths; titles and text are
 * real text in embedded Liberation Sans where it has the glyphs, so they can be searched and copied.
 * Each page has a bookmark named after its step. The steps are laid out on {@link StepWorkers}
 * while earlier pages are drawn.
 */
public final class PdfExporter implements Exporter {

    private static final String DOCUMENT_NAME = "derivation.pdf";
    private static final float MARGIN = 28;

    PdfExporter() {
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public boolean perStep() {
        return false;
    }

    @Override
    public List<Path> plannedFiles(Derivation derivation, ExportRequest request) {
        request.checkRange(derivation);
        return List.of(ExportTargets.plannedDocument(request.target(), extension(), DOCUMENT_NAME));
    }

    @Override
    public List<Path> export(Derivation derivation, ExportRequest request, ExportMonitor monitor)
            throws ExportException {
        request.checkRange(derivation);
        Path file = ExportTargets.document(request.target(), extension(), DOCUMENT_NAME);
        PictureTheme theme = request.theme().background() == null ? PictureTheme.LIGHT : request.theme();
        AtomicFiles.write(file, request.replaceExisting(), out -> write(derivation, request, theme, monitor, out));
        return List.of(file);
    }

    private static void write(Derivation derivation, ExportRequest request, PictureTheme theme,
            ExportMonitor monitor, OutputStream out) throws IOException {
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        try (PDDocument document = new PDDocument(); InputStream font = PdfTextFont.open();
                StepWorkers<StepPicture> pictures = new StepWorkers<>(request.fromStep(), request.toStep(), monitor,
                        index -> new StepPicture(derivation, derivation.steps().get(index), request.view(), theme))) {
            text.registerFont(PictureText.liberationName(), font);
            document.getDocumentInformation().setTitle(derivation.trace().network().title());
            document.getDocumentInformation().setCreator("Deltascope");
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            for (int index = request.fromStep(); index <= request.toStep(); index++) {
                monitor.checkCancelled();
                Step step = derivation.steps().get(index);
                StepPicture picture = pictures.next();
                PDPage page = page(document, picture, text);
                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle("Step " + (index + 1) + ": " + step.title());
                bookmark.setDestination(page);
                outline.addLast(bookmark);
                monitor.progress(index - request.fromStep() + 1, request.stepCount());
            }
            monitor.checkCancelled();
            document.save(out);
        } finally {
            text.close();
        }
    }

    /**
     * The step's pages: A4, landscape for a picture wider than tall, scaled to the page's width
     * (never enlarged) and, where taller than a page, cut between its blocks onto further pages
     * rather than shrunk. Returns the first page.
     */
    private static PDPage page(PDDocument document, StepPicture picture, PdfBoxGraphics2DFontTextDrawer text)
            throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        PDRectangle size = picture.width() >= picture.height() ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) picture.width(), (float) picture.height());
        try {
            graphics.setFontTextDrawer(text);
            picture.draw(graphics);
        } finally {
            graphics.dispose();
        }
        float fit = (float) Math.min(1, (size.getWidth() - 2 * MARGIN) / picture.width());
        double room = (size.getHeight() - 2 * MARGIN) / fit;
        PDPage first = null;
        double top = 0;
        while (top < picture.height() - 1e-6) {
            double bottom = pageBottom(picture, top, room);
            PDPage page = new PDPage(size);
            document.addPage(page);
            first = first == null ? page : first;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.saveGraphicsState();
                content.addRect(MARGIN, (float) (size.getHeight() - MARGIN - (bottom - top) * fit),
                        size.getWidth() - 2 * MARGIN, (float) ((bottom - top) * fit));
                content.clip();
                content.transform(Matrix.getTranslateInstance(MARGIN,
                        (float) (size.getHeight() - MARGIN - (picture.height() - top) * fit)));
                content.transform(Matrix.getScaleInstance(fit, fit));
                content.drawForm(graphics.getXFormObject());
                content.restoreGraphicsState();
            }
            top = bottom;
        }
        return first;
    }

    /** The lowest break at most room below top, or top + room when no block boundary falls there. */
    private static double pageBottom(StepPicture picture, double top, double room) {
        if (picture.height() - top <= room) {
            return picture.height();
        }
        double bottom = top + room;
        for (double cut : picture.breaks()) {
            if (cut > top + room / 4 && cut <= top + room) {
                bottom = cut;
            }
        }
        return bottom;
    }
}
