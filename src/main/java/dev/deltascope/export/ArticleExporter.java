package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.LatexDocument;
import dev.deltascope.render.FormulaFit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The derivation as a standalone LaTeX article (written by {@link LatexDocument}) that compiles with pdflatex. */
public final class ArticleExporter implements Exporter {

    private static final String DOCUMENT_NAME = "derivation.tex";
    /** Points kept free of the line's width, for the small differences between JLaTeXMath's and TeX's spacing. */
    static final double FIT_MARGIN = 12;

    ArticleExporter() {
    }

    @Override
    public String name() {
        return "tex";
    }

    @Override
    public String extension() {
        return "tex";
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
        monitor.checkCancelled();
        Path file = ExportTargets.document(request.target(), extension(), DOCUMENT_NAME);
        String article = LatexDocument.article(derivation, request.fromStep(), request.toStep(), request.view(),
                latex -> FormulaFit.lines(latex, LatexDocument.BODY_SIZE, LatexDocument.TEXT_WIDTH - FIT_MARGIN)
                        .latex());
        AtomicFiles.write(file, request.replaceExisting(), out -> {
            monitor.checkCancelled();
            out.write(article.getBytes(StandardCharsets.UTF_8));
        });
        monitor.progress(request.stepCount(), request.stepCount());
        return List.of(file);
    }
}
