package dev.deltascope.cli;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code export} checks before it writes its first file: the output names a folder or a
 * file of this format, the folder above it exists (or {@code --parents} creates it), and no file
 * it would write exists (unless {@code --force}) or is anything but a regular file.
 */
final class ExportTargetCheck {

    private ExportTargetCheck() {
    }

    /** Refuses an output named with another export format's extension (--format png --out out.pdf). */
    static void refuseOtherExtension(Exporter exporter, Path target, String argument) {
        Path name = target.getFileName();
        if (name == null || Files.isDirectory(target)) {
            return;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (Exporter other : Exporter.all()) {
            String extension = "." + other.extension();
            if (lower.endsWith(extension) && !other.extension().equals(exporter.extension())) {
                String shape = exporter.perStep()
                        ? exporter.name() + " writes one file per step into a folder; give a folder, or a name ending in ."
                                + exporter.extension() + " for one step"
                        : exporter.name() + " writes a ." + exporter.extension() + " document; give a folder or a name"
                                + " ending in ." + exporter.extension();
                throw new CommandFailure(argument + ": names a " + extension + " file, but " + shape);
            }
        }
    }

    /** Checks the folder and every planned file; creates the folder's parents when {@code parents}. */
    static void check(Exporter exporter, Derivation derivation, ExportRequest request, boolean parents) {
        List<Path> planned;
        try {
            planned = exporter.plannedFiles(derivation, request);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandLine.oneLine(e.getMessage()));
        }
        Path folder = planned.get(0).toAbsolutePath().getParent();
        boolean intoAFolderOfItsOwn = !planned.get(0).equals(request.target());
        Path required = intoAFolderOfItsOwn && !Files.isDirectory(folder) ? folder.getParent() : folder;
        if (required != null && !Files.isDirectory(required)) {
            if (!parents || Files.exists(required)) {
                throw new CommandFailure(request.target() + ": the folder " + required + " does not exist"
                        + (Files.exists(required) ? " (a file is in the way)" : "; add --parents to create it"));
            }
            try {
                Files.createDirectories(required);
            } catch (IOException e) {
                throw new CommandFailure(required + ": " + AtomicWriter.problem(e));
            }
        }
        List<Path> existing = planned.stream().filter(Files::exists).toList();
        for (Path file : planned) {
            try {
                AtomicWriter.destination(file, true);
            } catch (IOException e) {
                if (Files.isDirectory(file.toAbsolutePath().getParent())) {
                    throw new CommandFailure(file + ": " + AtomicWriter.problem(e));
                }
            }
        }
        if (!existing.isEmpty() && !request.replaceExisting()) {
            String more = existing.size() == 1 ? "" : " (and " + (existing.size() - 1) + " more of the "
                    + planned.size() + " files this export writes)";
            throw new CommandFailure(existing.get(0) + ": already exists" + more + "; add --force to replace "
                    + (existing.size() == 1 ? "it" : "them"));
        }
    }
}
