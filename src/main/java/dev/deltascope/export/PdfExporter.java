package dev.deltascope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import java.io.IOException;
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
 * A PDF handout drawn directly (no LaTeX needed): A4 pages, portrait or, for a wide step,
 * landscape, each step scaled to the page's width (never enlarged); consecutive steps share a page
 * while they fit, and a step that does not starts a new page and continues on further pages, cut
 * between paragraphs, formulas and grids, when taller than a page. Formulas are vector paths; titles and text are
 * real text in embedded Liberation Sans and DejaVu Sans (for the derivation's symbols Liberation lacks), so they
 * can be searched and copied.
 * Each step has a bookmark to its first page. The steps are laid out on {@link StepWorkers}
 * while earlier pages are drawn.
 */
public final class PdfExporter extends DocumentExporter {

    private static final float MARGIN = 28;
    /** The smallest scale a picture is drawn at on a portrait page; a wider picture gets a landscape page. */
    private static final double PORTRAIT_SCALE = 0.85;
    /** Space between two steps on one page, in page points. */
    private static final double STEP_GAP = 24;

    PdfExporter() {
        super("pdf", "pdf", "derivation.pdf");
    }

    @Override
    void write(Derivation derivation, ExportRequest request, ExportMonitor monitor, Path file) throws ExportException {
        PictureTheme theme = request.theme().background() == null ? PictureTheme.LIGHT : request.theme();
        AtomicFiles.write(file, request.replaceExisting(), out -> write(derivation, request, theme, monitor, out));
    }

    private static void write(Derivation derivation, ExportRequest request, PictureTheme theme,
            ExportMonitor monitor, OutputStream out) throws IOException {
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        try (PDDocument document = new PDDocument();
                StepWorkers<StepPicture> pictures = new StepWorkers<>(request.fromStep(), request.toStep(), monitor,
                        index -> new StepPicture(derivation, derivation.steps().get(index), request.view(), theme))) {
            PdfTextFont.register(text);
            document.getDocumentInformation().setTitle(derivation.trace().network().title());
            document.getDocumentInformation().setCreator("Deltascope");
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            Sheet sheet = new Sheet();
            for (int index = request.fromStep(); index <= request.toStep(); index++) {
                monitor.checkCancelled();
                Step step = derivation.steps().get(index);
                StepPicture picture = pictures.next();
                PDPage page = place(document, picture, text, sheet);
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
     * Places the step: on the page in hand, below the steps already there, when the whole step fits
     * the room left and wants the same orientation; else from a new A4 page, portrait unless that
     * would draw the picture below 0.85 of its size, scaled to the page's width (never enlarged). A
     * step taller than a page is cut between its blocks rather than shrunk: it starts in the page in
     * hand when a quarter of that page is left, and continues on further pages. Returns the step's first page.
     */
    private static PDPage place(PDDocument document, StepPicture picture, PdfBoxGraphics2DFontTextDrawer text,
            Sheet sheet) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        boolean portrait = (a4.getWidth() - 2 * MARGIN) / picture.width() >= PORTRAIT_SCALE;
        PDRectangle size = portrait ? a4 : new PDRectangle(a4.getHeight(), a4.getWidth());
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) picture.width(), (float) picture.height());
        try {
            graphics.setFontTextDrawer(text);
            picture.draw(graphics);
        } finally {
            graphics.dispose();
        }
        float fit = (float) Math.min(1, (size.getWidth() - 2 * MARGIN) / picture.width());
        double pageRoom = size.getHeight() - 2 * MARGIN;
        double start = picture.margin();
        double end = picture.height() - picture.margin();
        boolean samePage = sheet.page != null && sheet.page.getMediaBox().getWidth() == size.getWidth();
        double below = sheet.used + STEP_GAP;
        if (samePage && (end - start) * fit <= pageRoom - below) {
            drawPiece(document, sheet.page, graphics, picture, start, end, fit, below);
            sheet.used = below + (end - start) * fit;
            return sheet.page;
        }
        double room = pageRoom / fit;
        PDPage first = null;
        double top = start;
        if (samePage && (end - start) * fit > pageRoom && pageRoom - below >= pageRoom / 4) {
            double cut = lastBreak(picture, start + (pageRoom - below) / fit);
            if (cut > start) {
                drawPiece(document, sheet.page, graphics, picture, start, cut, fit, below);
                first = sheet.page;
                top = cut;
            }
        }
        while (top < end - 1e-6) {
            double bottom = pageBottom(picture, top, room, end);
            PDPage page = new PDPage(size);
            document.addPage(page);
            first = first == null ? page : first;
            drawPiece(document, page, graphics, picture, top, bottom, fit, 0);
            sheet.page = page;
            sheet.used = (bottom - top) * fit;
            top = bottom;
        }
        return first;
    }

    /** Draws the picture's band from top to bottom (picture points) at fit, offset points below the page's top margin. */
    private static void drawPiece(PDDocument document, PDPage page, PdfBoxGraphics2D graphics, StepPicture picture,
            double top, double bottom, float fit, double offset) throws IOException {
        PDRectangle size = page.getMediaBox();
        float pageTop = (float) (size.getHeight() - MARGIN - offset);
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.saveGraphicsState();
            content.addRect(MARGIN, (float) (pageTop - (bottom - top) * fit),
                    size.getWidth() - 2 * MARGIN, (float) ((bottom - top) * fit));
            content.clip();
            content.transform(Matrix.getTranslateInstance(MARGIN, (float) (pageTop - (picture.height() - top) * fit)));
            content.transform(Matrix.getScaleInstance(fit, fit));
            content.drawForm(graphics.getXFormObject());
            content.restoreGraphicsState();
        }
    }

    /** The last page drawn on and how far down it is filled, in page points below the top margin. */
    private static final class Sheet {
        private PDPage page;
        private double used;
    }

    /** The lowest break at most limit below the picture's top, or 0 when there is none. */
    private static double lastBreak(StepPicture picture, double limit) {
        double cut = 0;
        for (double at : picture.breaks()) {
            if (at <= limit) {
                cut = at;
            }
        }
        return cut;
    }

    /** The lowest break at most room below top, or top + room when no block boundary falls there; end when the rest fits. */
    private static double pageBottom(StepPicture picture, double top, double room, double end) {
        if (end - top <= room) {
            return end;
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
