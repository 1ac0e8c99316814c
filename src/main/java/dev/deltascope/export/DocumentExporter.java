package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.nio.file.Path;
import java.util.List;

/**
 * A format that writes the requested steps into one document: the file named, or the document's
 * own name inside the folder named. Plans that one file and, after the range check, has the format
 * write it; the format writes it atomically.
 */
abstract sealed class DocumentExporter implements Exporter permits ArticleExporter, BeamerExporter, PdfExporter {

    private final String name;
    private final String extension;
    private final String documentName;

    /** A format called {@code name} whose document is {@code documentName} inside a folder. */
    DocumentExporter(String name, String extension, String documentName) {
        this.name = name;
        this.extension = extension;
        this.documentName = documentName;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String extension() {
        return extension;
    }

    @Override
    public final boolean perStep() {
        return false;
    }

    @Override
    public final List<Path> plannedFiles(Derivation derivation, ExportRequest request) {
        request.checkRange(derivation);
        return List.of(ExportTargets.plannedDocument(request.target(), extension, documentName));
    }

    @Override
    public final List<Path> export(Derivation derivation, ExportRequest request, ExportMonitor monitor)
            throws ExportException {
        request.checkRange(derivation);
        Path file = ExportTargets.document(request.target(), extension, documentName);
        write(derivation, request, monitor, file);
        return List.of(file);
    }

    /**
     * Writes the request's steps to {@code file} through {@link AtomicFiles}, telling the monitor
     * of progress and stopping when it cancels.
     */
    abstract void write(Derivation derivation, ExportRequest request, ExportMonitor monitor, Path file)
            throws ExportException;
}
