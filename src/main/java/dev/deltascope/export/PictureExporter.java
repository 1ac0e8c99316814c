package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A format that writes one picture per step ({@link PerStepFiles}): the file named for one step, else
 * step-NN files in the folder named. Plans those files and has the format encode each step's picture.
 */
abstract sealed class PictureExporter implements Exporter permits PngExporter, SvgExporter {

    private final String name;

    /** A format called {@code name} whose files end in .{@code name}. */
    PictureExporter(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String extension() {
        return name;
    }

    @Override
    public final boolean perStep() {
        return true;
    }

    @Override
    public final List<Path> plannedFiles(Derivation derivation, ExportRequest request) {
        return PerStepFiles.planned(derivation, request, extension());
    }

    @Override
    public final List<Path> export(Derivation derivation, ExportRequest request, ExportMonitor monitor)
            throws ExportException {
        return PerStepFiles.export(derivation, request, monitor, extension(),
                (picture, out) -> encode(picture, request, out));
    }

    /** Writes one step's picture in this format to {@code out}, as the request asks (scale, background). */
    abstract void encode(StepPicture picture, ExportRequest request, OutputStream out) throws IOException;
}
