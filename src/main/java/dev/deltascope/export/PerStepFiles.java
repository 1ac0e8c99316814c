package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one file per step: the target itself for one step named with the extension, else a
 * folder of step-NN files.
 */
final class PerStepFiles {

    /** Writes one step's picture to a stream. */
    @FunctionalInterface
    interface PictureWriter {
        void write(StepPicture picture, OutputStream out) throws IOException;
    }

    private PerStepFiles() {
    }

    static List<Path> export(Derivation derivation, ExportRequest request, ExportMonitor monitor, String extension,
            PictureWriter writer) throws ExportException {
        request.checkRange(derivation);
        boolean singleFile = request.stepCount() == 1 && ExportTargets.namesAFile(request.target(), extension);
        if (!singleFile && ExportTargets.namesAFile(request.target(), extension)) {
            throw new ExportException(request.target(), "holds one step, but " + request.stepCount()
                    + " were asked for; give a folder for them");
        }
        Path folder = singleFile ? null : ExportTargets.folder(request.target());
        int count = derivation.steps().size();
        List<Path> written = new ArrayList<>();
        for (int index = request.fromStep(); index <= request.toStep(); index++) {
            monitor.checkCancelled();
            StepPicture picture = new StepPicture(derivation, derivation.steps().get(index), request.view(),
                    request.theme());
            Path file = singleFile ? request.target()
                    : folder.resolve(ExportTargets.stepFileName(index, count, extension));
            AtomicFiles.write(file, request.replaceExisting(), out -> {
                monitor.checkCancelled();
                writer.write(picture, out);
            });
            written.add(file);
            monitor.progress(written.size(), request.stepCount());
        }
        return List.copyOf(written);
    }
}
