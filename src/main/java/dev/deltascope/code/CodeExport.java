package dev.deltascope.code;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.io.AtomicWriter;
import dev.deltascope.model.Matrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports a derivation as code that reproduces every number and checks itself against Deltascope's: a NumPy
 * script, a PyTorch script or a Jupyter notebook (see {@link CodeFormat}). Files are written atomically; an
 * existing file is replaced only when asked to.
 */
public final class CodeExport {

    private CodeExport() {
    }

    /**
     * The file a format writes for target: target itself when its name ends in the format's extension
     * ({@code .py}, {@code .ipynb}) and it is not a folder, else the format's file name inside the folder target.
     */
    public static Path plannedFile(CodeFormat format, Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean namesAFile = !Files.isDirectory(target) && name.endsWith("." + format.extension());
        return namesAFile ? target : target.resolve(format.fileName());
    }

    /** The file's text. Throws {@link CodeExportException} when a number to embed is not finite. */
    public static String text(CodeFormat format, Derivation derivation) {
        checkFinite(derivation);
        return switch (format) {
            case NUMPY -> NumpyScript.text(derivation);
            case PYTORCH -> TorchScript.text(derivation);
            case NOTEBOOK -> NotebookDocument.text(derivation);
        };
    }

    /**
     * Writes the format's file for target (see {@link #plannedFile}), creating the folder when missing, and
     * returns it. An existing file is left untouched unless replaceExisting.
     *
     * @throws CodeExportException naming the file, when it exists and may not be replaced, or cannot be written,
     *     or when the derivation holds a number that is not finite
     */
    public static Path write(CodeFormat format, Derivation derivation, Path target, boolean replaceExisting) {
        Path file = plannedFile(format, target);
        if (!replaceExisting && Files.exists(file)) {
            throw new CodeExportException(file + ": already exists; choose to replace it or give another folder");
        }
        byte[] bytes = text(format, derivation).getBytes(StandardCharsets.UTF_8);
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null && !Files.isDirectory(folder)) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new CodeExportException(folder + ": cannot create the folder: " + e.getMessage());
        }
        try {
            AtomicWriter.write(file, bytes);
        } catch (IOException e) {
            throw new CodeExportException(file + ": " + AtomicWriter.problem(e));
        }
        return file;
    }

    /** Refuses a derivation whose numbers overflowed: the code could not check itself against ∞ or NaN. */
    private static void checkFinite(Derivation derivation) {
        List<String> bad = new ArrayList<>();
        PythonNames names = new PythonNames(derivation.trace().network().batchSize() > 1);
        for (ComputedValues.Value value : ComputedValues.of(derivation.trace(), names, true)) {
            Matrix matrix = value.matrix();
            boolean finite = matrix == null ? Double.isFinite(value.number()) : matrix.isFinite();
            if (!finite) {
                bad.add(value.name());
            }
        }
        if (!bad.isEmpty()) {
            throw new CodeExportException("cannot export code: " + String.join(", ", bad)
                    + (bad.size() == 1 ? " is" : " are") + " not finite (the numbers overflowed); try smaller weights,"
                    + " inputs or learning rate");
        }
    }
}
