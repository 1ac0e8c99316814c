package dev.deltascope.export;

import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.Network;
import dev.deltascope.practice.Exercise;
import dev.deltascope.practice.ExerciseNetworks;
import dev.deltascope.practice.ExerciseSheet;
import dev.deltascope.io.FileSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an exercise sheet for teachers into a folder: {@code exercises.tex} (blanks where the
 * hidden quantities go), {@code answers.tex} (every formula and number) and each exercise's
 * network as {@code exercise-01.json}, which opens in the window and runs through
 * {@code deltascope derive}. Exercise i (from 1) is drawn from seed S + i − 1, so the same seed
 * gives the same files, byte for byte.
 */
public final class ExerciseExporter {

    /** The most exercises one sheet holds. */
    public static final int MAX_COUNT = 50;
    public static final String SHEET_NAME = "exercises.tex";
    public static final String KEY_NAME = "answers.tex";

    private ExerciseExporter() {
    }

    /** The exercises on networks of the template's shape, drawn from seeds S … S + count − 1. */
    public static List<Exercise> exercises(Network template, long seed, int count, NumberStyle style) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count: must be 1.." + MAX_COUNT + ", was " + count);
        }
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long drawn = seed + i;
            Network network = ExerciseNetworks.draw(template, drawn)
                    .withTitle("Exercise " + (i + 1) + " (seed " + drawn + ")");
            exercises.add(Exercise.of(network, drawn, style));
        }
        return exercises;
    }

    /** The files {@link #export} writes into the folder, in order. */
    public static List<Path> plannedFiles(Path folder, int count) {
        List<Path> files = new ArrayList<>(List.of(folder.resolve(SHEET_NAME), folder.resolve(KEY_NAME)));
        for (int i = 1; i <= count; i++) {
            files.add(folder.resolve(String.format(Locale.ROOT, "exercise-%02d.json", i)));
        }
        return files;
    }

    /**
     * Writes the sheet, the key and the networks into the folder (created when missing) as one set
     * ({@link FileSet}): a failure or a kill leaves the earlier set. Without replaceExisting, nothing
     * is written when any of the files exists.
     */
    public static List<Path> export(List<Exercise> exercises, String title, Path target, boolean replaceExisting)
            throws ExportException {
        Path folder = ExportTargets.folder(target);
        List<Path> files = plannedFiles(folder, exercises.size());
        if (!replaceExisting) {
            for (Path file : files) {
                if (Files.exists(file)) {
                    throw new ExportException(file, "already exists; choose to replace it or give another folder");
                }
            }
        }
        List<String> texts = new ArrayList<>(List.of(ExerciseSheet.sheet(exercises, title),
                ExerciseSheet.key(exercises, title)));
        for (Exercise exercise : exercises) {
            texts.add(NetworkFile.toJson(exercise.network()));
        }
        try (FileSet set = FileSet.begin(folder)) {
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
                try {
                    set.write(files.get(i), replaceExisting, out -> out.write(bytes));
                } catch (IOException e) {
                    throw AtomicFiles.failure(files.get(i), e);
                }
            }
            set.commit();
        } catch (IOException e) {
            throw AtomicFiles.failure(folder, e);
        }
        return files;
    }
}
