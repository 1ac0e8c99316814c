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
 * A PDF handout drawn directly (no LaTeX needed): one step per A4 page, landscape or portrait to
 * suit the step, shrunk to fit and never enlarged. Formulas are vector paths; titles and text are
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

    private static PDPage page(PDDocument document, StepPicture picture, PdfBoxGraphics2DFontTextDrawer text)
            throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        PDRectangle size = picture.width() >= picture.height() ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
        PDPage page = new PDPage(size);
        document.addPage(page);
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) picture.width(), (float) picture.height());
        try {
            graphics.setFontTextDrawer(text);
            picture.draw(graphics, true);
        } finally {
            graphics.dispose();
        }
        float fit = (float) Math.min(1, Math.min((size.getWidth() - 2 * MARGIN) / picture.width(),
                (size.getHeight() - 2 * MARGIN) / picture.height()));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(MARGIN,
                    size.getHeight() - MARGIN - (float) picture.height() * fit));
            content.transform(Matrix.getScaleInstance(fit, fit));
            content.drawForm(graphics.getXFormObject());
            content.restoreGraphicsState();
        }
        return page;
    }
}
