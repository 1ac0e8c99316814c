package dev.deltascope.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where an export's files go: a name with the format's extension is a file, anything else a folder. */
final class ExportTargets {

    private ExportTargets() {
    }

    static boolean namesAFile(Path target, String extension) {
        return !Files.isDirectory(target) && target.getFileName() != null
                && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension);
    }

    /** The folder, created with its parents when missing. */
    static Path folder(Path target) throws ExportException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ExportException(target, "is a file; give a folder to write the steps into");
        }
        try {
            return Files.createDirectories(target);
        } catch (IOException e) {
            throw new ExportException(target, "cannot create the folder: " + e.getMessage(), e);
        }
    }

    /** The document's file: the target itself, or defaultName inside the target folder (created when missing). */
    static Path document(Path target, String extension, String defaultName) throws ExportException {
        return namesAFile(target, extension) ? target : folder(target).resolve(defaultName);
    }

    /** The document's file, as {@link #document}, without creating anything. */
    static Path plannedDocument(Path target, String extension, String defaultName) {
        return namesAFile(target, extension) ? target : target.resolve(defaultName);
    }

    /**
     * The files of an earlier export of this format in the folder that {@code current} does not
     * hold: step-NN.extension, NN any number of digits. Nothing else, so a person's own files stay.
     */
    static List<Path> earlierStepFiles(Path folder, String extension, List<Path> current) throws IOException {
        Pattern name = Pattern.compile("step-[0-9]+\\." + Pattern.quote(extension));
        List<Path> stale = new ArrayList<>();
        List<Path> currentNames = current.stream().map(Path::getFileName).toList();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (name.matcher(entry.getFileName().toString()).matches() && !currentNames.contains(entry.getFileName())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    stale.add(entry);
                }
            }
        }
        stale.sort(null);
        return stale;
    }

    /** File name of step index (from 0) among count steps: step-07.png, numbered from 1. */
    static String stepFileName(int index, int count, String extension) {
        int digits = Math.max(2, String.valueOf(count).length());
        return String.format(Locale.ROOT, "step-%0" + digits + "d.%s", index + 1, extension);
    }
}
