package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.LatexDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The derivation as a standalone LaTeX article (written by {@link LatexDocument}) that compiles with pdflatex. */
public final class ArticleExporter implements Exporter {

    private static final String DOCUMENT_NAME = "derivation.tex";

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
        String article = LatexDocument.article(derivation, request.fromStep(), request.toStep());
        AtomicFiles.write(file, request.replaceExisting(), out -> {
            monitor.checkCancelled();
            out.write(article.getBytes(StandardCharsets.UTF_8));
        });
        monitor.progress(request.stepCount(), request.stepCount());
        return List.of(file);
    }
}
