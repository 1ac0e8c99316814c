package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The derivation as a Beamer deck, one frame per step, that compiles unedited with pdflatex. */
public final class BeamerExporter extends DocumentExporter {

    BeamerExporter() {
        super("beamer", "tex", "derivation-slides.tex");
    }

    @Override
    void write(Derivation derivation, ExportRequest request, ExportMonitor monitor, Path file) throws ExportException {
        String deck = BeamerDeck.deck(derivation, request, monitor);
        AtomicFiles.write(file, request.replaceExisting(), out -> {
            monitor.checkCancelled();
            out.write(deck.getBytes(StandardCharsets.UTF_8));
        });
    }
}
