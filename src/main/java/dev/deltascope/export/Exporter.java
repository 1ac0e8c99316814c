package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * An export format. Every file is written atomically. Safe to run off the UI thread; the monitor
 * hears progress after each step and can cancel.
 */
public sealed interface Exporter permits PictureExporter, DocumentExporter {

    Exporter PNG = new PngExporter();
    Exporter SVG = new SvgExporter();
    Exporter PDF = new PdfExporter();
    Exporter TEX = new ArticleExporter();
    Exporter BEAMER = new BeamerExporter();

    /** The name the command line and menus use: png, svg, pdf, tex, beamer. */
    String name();

    /** The file extension, without the dot. */
    String extension();

    /** True when each step goes to a file of its own (PNG, SVG); false for one document. */
    boolean perStep();

    /**
     * Writes the request's steps and returns the files written.
     *
     * @throws ExportException when a file cannot be written; earlier files are untouched
     * @throws CancellationException when the monitor cancels; no partial file is left
     * @throws IllegalArgumentException when the step range lies outside the derivation
     */
    List<Path> export(Derivation derivation, ExportRequest request, ExportMonitor monitor) throws ExportException;

    /**
     * The files {@link #export} would write for the request, in order, without writing or creating
     * anything: a caller can ask before replacing the ones that exist.
     *
     * @throws IllegalArgumentException when the step range lies outside the derivation, or a file
     *     name is given for more than one step of a format that writes a file per step
     */
    List<Path> plannedFiles(Derivation derivation, ExportRequest request);

    static List<Exporter> all() {
        return List.of(PNG, SVG, PDF, TEX, BEAMER);
    }

    /** The exporter with this name; unknown names throw, listing the known ones. */
    static Exporter named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return all().stream().filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no export format '" + name + "'; known: "
                        + String.join(", ", all().stream().map(Exporter::name).toList())));
    }
}
