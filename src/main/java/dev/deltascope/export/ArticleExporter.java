package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.LatexDocument;
import dev.deltascope.render.FormulaFit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The derivation as a standalone LaTeX article (written by {@link LatexDocument}) that compiles with pdflatex. */
public final class ArticleExporter extends DocumentExporter {

    /** Points kept free of the line's width, for the small differences between JLaTeXMath's and TeX's spacing. */
    static final double FIT_MARGIN = 12;

    ArticleExporter() {
        super("tex", "tex", "derivation.tex");
    }

    @Override
    void write(Derivation derivation, ExportRequest request, ExportMonitor monitor, Path file) throws ExportException {
        monitor.checkCancelled();
        String article = LatexDocument.article(derivation, request.fromStep(), request.toStep(), request.view(),
                latex -> FormulaFit.lines(latex, LatexDocument.BODY_SIZE, LatexDocument.TEXT_WIDTH - FIT_MARGIN)
                        .latex());
        AtomicFiles.write(file, request.replaceExisting(), out -> {
            monitor.checkCancelled();
            out.write(article.getBytes(StandardCharsets.UTF_8));
        });
        monitor.progress(request.stepCount(), request.stepCount());
    }
}
