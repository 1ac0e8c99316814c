package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.io.ByteArrayOutputStream;
import dev.deltascope.io.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one file per step: the target itself for one step named with the extension, else a
 * folder of step-NN files, replaced as one set ({@link FileSet}): a failure, a cancel or a kill
 * leaves the earlier set whole or the new set whole. Replacing also removes the step-NN files of
 * an earlier export of the same format that the new set does not have. The steps are drawn and encoded on {@link StepWorkers} a few steps
 * ahead; the files are written on the calling thread, in step order.
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
        if (manyStepsIntoOneFile(request, extension)) {
            throw new ExportException(request.target(), tooManyStepsReason(request));
        }
        if (ExportTargets.namesAFile(request.target(), extension)) {
            Path file = request.target();
            try (StepWorkers<ByteArrayOutputStream> workers = new StepWorkers<>(request.fromStep(), request.toStep(),
                    monitor, index -> encode(derivation, request, index, writer))) {
                AtomicFiles.write(file, request.replaceExisting(), out -> workers.next().writeTo(out));
            }
            monitor.progress(1, 1);
            return List.of(file);
        }
        Path folder = ExportTargets.folder(request.target());
        List<Path> files = planned(derivation, request, extension);
        try (StepWorkers<ByteArrayOutputStream> workers = new StepWorkers<>(request.fromStep(), request.toStep(),
                monitor, index -> encode(derivation, request, index, writer));
                FileSet set = FileSet.begin(folder)) {
            for (int index = 0; index < files.size(); index++) {
                monitor.checkCancelled();
                Path file = files.get(index);
                try {
                    set.write(file, request.replaceExisting(), out -> {
                        ByteArrayOutputStream bytes = workers.next();
                        monitor.checkCancelled();
                        bytes.writeTo(out);
                    });
                } catch (IOException | UncheckedIOException e) {
                    throw AtomicFiles.failure(file, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
                }
                monitor.progress(index + 1, request.stepCount());
            }
            if (request.replaceExisting()) {
                for (Path stale : ExportTargets.earlierStepFiles(folder, extension, files)) {
                    set.deleteOnCommit(stale);
                }
            }
            monitor.checkCancelled();
            set.commit();
        } catch (IOException e) {
            throw AtomicFiles.failure(folder, e);
        }
        return files;
    }

    private static ByteArrayOutputStream encode(Derivation derivation, ExportRequest request, int index,
            PictureWriter writer) throws IOException {
        StepPicture picture = new StepPicture(derivation, derivation.steps().get(index), request.view(),
                request.theme());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(picture, bytes);
        return bytes;
    }

    /** The files of the request's steps: the target itself for one step, else step-NN files in the target folder. */
    static List<Path> planned(Derivation derivation, ExportRequest request, String extension) {
        request.checkRange(derivation);
        if (manyStepsIntoOneFile(request, extension)) {
            throw new IllegalArgumentException(request.target() + ": " + tooManyStepsReason(request));
        }
        if (ExportTargets.namesAFile(request.target(), extension)) {
            return List.of(request.target());
        }
        int count = derivation.steps().size();
        List<Path> files = new ArrayList<>();
        for (int index = request.fromStep(); index <= request.toStep(); index++) {
            files.add(request.target().resolve(ExportTargets.stepFileName(index, count, extension)));
        }
        return List.copyOf(files);
    }

    private static boolean manyStepsIntoOneFile(ExportRequest request, String extension) {
        return request.stepCount() > 1 && ExportTargets.namesAFile(request.target(), extension);
    }

    private static String tooManyStepsReason(ExportRequest request) {
        return "holds one step, but " + request.stepCount() + " were asked for; give a folder for them";
    }
}
