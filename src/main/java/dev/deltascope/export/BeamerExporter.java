package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The derivation as a Beamer deck, one frame per step, that compiles unedited with pdflatex. */
public final class BeamerExporter implements Exporter {

    private static final String DOCUMENT_NAME = "derivation-slides.tex";

    BeamerExporter() {
    }

    @Override
    public String name() {
        return "beamer";
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
        Path file = ExportTargets.document(request.target(), extension(), DOCUMENT_NAME);
        String deck = BeamerDeck.deck(derivation, request, monitor);
        AtomicFiles.write(file, request.replaceExisting(), out -> {
            monitor.checkCancelled();
            out.write(deck.getBytes(StandardCharsets.UTF_8));
        });
        return List.of(file);
    }
}
