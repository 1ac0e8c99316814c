package dev.deltascope.view.export;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.export.PictureTheme;
import dev.deltascope.view.field.InvalidEditException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What an export from the window writes and where: the format, the steps, the view of backward
 * steps, the convention, digits, scale and colours, a folder and a name. From these it plans the files, or says in
 * plain words why it cannot. The name follows the format and steps until the person edits it.
 */
public final class ExportSettings {

    /** Which steps to export. */
    public enum Range { CURRENT_STEP, ALL_STEPS, FROM_TO }

    private final Derivation derivation;
    private final int currentStep;
    private final String baseName;
    private final ObjectProperty<Exporter> format = new SimpleObjectProperty<>(this, "format", Exporter.PNG);
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(this, "range", Range.CURRENT_STEP);
    private final IntegerProperty fromStep = new SimpleIntegerProperty(this, "fromStep", 1);
    private final IntegerProperty toStep = new SimpleIntegerProperty(this, "toStep");
    private final ObjectProperty<ViewKind> view = new SimpleObjectProperty<>(this, "view");
    private final IntegerProperty digits = new SimpleIntegerProperty(this, "digits");
    private final ObjectProperty<Convention> convention = new SimpleObjectProperty<>(this, "convention");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 2);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<List<Path>> plannedFiles = new ReadOnlyObjectWrapper<>(this, "plannedFiles",
            List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private String suggestedName;

    /**
     * @param derivation what is exported
     * @param currentStep the step the window shows, index from 0
     * @param folder where to save, at first
     */
    public ExportSettings(Derivation derivation, int currentStep, Path folder) {
        this.derivation = Objects.requireNonNull(derivation, "derivation");
        if (currentStep < 0 || currentStep >= derivation.steps().size()) {
            throw new IllegalArgumentException("currentStep: must be 0.." + (derivation.steps().size() - 1)
                    + ", was " + currentStep);
        }
        this.currentStep = currentStep;
        this.baseName = baseName(derivation.trace().network().title());
        toStep.set(derivation.steps().size());
        digits.set(derivation.style().significantDigits());
        convention.set(derivation.convention());
        this.folder.set(folder.toString());
        suggestedName = suggestName();
        name.set(suggestedName);
        for (Observable input : List.of(format, range, fromStep, toStep, view, this.folder, name)) {
            input.addListener(observable -> update());
        }
        update();
    }

    // Properties

    public Derivation derivation() {
        return derivation;
    }

    /** The step the window shows, index from 0. */
    public int currentStep() {
        return currentStep;
    }

    public ObjectProperty<Exporter> formatProperty() {
        return format;
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    /** First step of a from–to range, numbered from 1. */
    public IntegerProperty fromStepProperty() {
        return fromStep;
    }

    /** Last step of a from–to range, numbered from 1. */
    public IntegerProperty toStepProperty() {
        return toStep;
    }

    /** The one view of backward steps to include, or null for every view. */
    public ObjectProperty<ViewKind> viewProperty() {
        return view;
    }

    /** The notation every format of the export is written in; at first the window's. */
    public ObjectProperty<Convention> conventionProperty() {
        return convention;
    }

    /**
     * The conventions the export may be written in: the named ones in menu order, after the window's
     * own when it is a combination no source uses as a whole.
     */
    public List<Convention> conventions() {
        List<Convention> named = Convention.NAMED.stream().map(Convention.Named::convention).toList();
        if (named.contains(derivation.convention())) {
            return named;
        }
        return Stream.concat(Stream.of(derivation.convention()), named.stream()).toList();
    }

    /** Significant digits of the numbers, 1..12. */
    public IntegerProperty digitsProperty() {
        return digits;
    }

    /** Pixels per point of a PNG: 1, 2 or 3. */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** Dark colours instead of light ones. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** A transparent background for PNG and SVG. */
    public BooleanProperty transparentProperty() {
        return transparent;
    }

    /** The folder to save in, as typed. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** The file name without extension, or the name of the folder that gets one picture per step. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The files the export will write; empty while there is a problem. */
    public ReadOnlyObjectProperty<List<Path>> plannedFilesProperty() {
        return plannedFiles.getReadOnlyProperty();
    }

    /** Why the export cannot run, in plain words, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the export will write, in plain words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The folder typed, when it names a folder that exists. */
    public Optional<Path> existingFolder() {
        return TypedFolder.existing(folder.get());
    }

    /** Number of steps in the derivation. */
    public int stepCount() {
        return derivation.steps().size();
    }

    // Commands

    /** The request for the exporter; only while there is no problem. */
    public ExportRequest request() {
        if (!problem.get().isEmpty()) {
            throw new InvalidEditException(problem.get());
        }
        return request(target());
    }

    /** The planned files that exist already, and would be replaced. */
    public List<Path> existingFiles() {
        return plannedFiles.get().stream().filter(Files::exists).toList();
    }

    private ExportRequest request(Path target) {
        int[] steps = steps();
        boolean picture = format.get().perStep();
        PictureTheme theme = dark.get() ? PictureTheme.DARK : PictureTheme.LIGHT;
        return new ExportRequest(target, steps[0], steps[1], format.get() == Exporter.PNG ? scale.get() : 1,
                picture && transparent.get() ? theme.transparent() : theme, view.get(), false);
    }

    /** First and last step, indices from 0. */
    private int[] steps() {
        return switch (range.get()) {
            case CURRENT_STEP -> new int[] {currentStep, currentStep};
            case ALL_STEPS -> new int[] {0, stepCount() - 1};
            case FROM_TO -> new int[] {fromStep.get() - 1, toStep.get() - 1};
        };
    }

    private boolean oneFilePerStepInAFolder() {
        int[] steps = steps();
        return format.get().perStep() && steps[0] != steps[1];
    }

    private Path target() {
        Path base = Path.of(folder.get().strip());
        String stem = name.get().strip();
        return oneFilePerStepInAFolder() ? base.resolve(stem) : base.resolve(stem + "." + format.get().extension());
    }

    private void update() {
        if (name.get().equals(suggestedName)) {
            suggestedName = suggestName();
            name.set(suggestedName);
        }
        String found = findProblem();
        problem.set(found);
        plannedFiles.set(found.isEmpty() ? format.get().plannedFiles(derivation, request(target())) : List.of());
        summary.set(found.isEmpty() ? describe(plannedFiles.get()) : "");
    }

    private String findProblem() {
        int count = stepCount();
        if (range.get() == Range.FROM_TO
                && (fromStep.get() < 1 || toStep.get() > count || fromStep.get() > toStep.get())) {
            return "The steps must run from 1 to " + count + ", the first not after the last.";
        }
        String stem = name.get().strip();
        if (stem.isEmpty()) {
            return "Give the export a name.";
        }
        if (stem.contains("/") || stem.contains("\\") || stem.equals(".") || stem.equals("..")) {
            return "The name “" + stem + "” cannot contain / or \\; choose the folder with Choose folder….";
        }
        if (folder.get().isBlank()) {
            return "Choose a folder to save in.";
        }
        Path base;
        try {
            base = Path.of(folder.get().strip());
        } catch (InvalidPathException e) {
            return "“" + folder.get() + "” is not a folder name: " + e.getReason() + ".";
        }
        if (!Files.isDirectory(base)) {
            return "The folder “" + base + "” does not exist.";
        }
        Path target = target();
        if (oneFilePerStepInAFolder() && Files.exists(target) && !Files.isDirectory(target)) {
            return "“" + target + "” is a file; the pictures need a folder of that name. Choose another name.";
        }
        return "";
    }

    private String suggestName() {
        int[] steps = steps();
        String slides = format.get() == Exporter.BEAMER ? "-slides" : "";
        if (steps[0] == 0 && steps[1] == stepCount() - 1) {
            return baseName + slides;
        }
        if (steps[0] == steps[1]) {
            return baseName + slides + "-step-" + twoDigits(steps[0] + 1);
        }
        return baseName + slides + "-steps-" + twoDigits(steps[0] + 1) + "-" + twoDigits(steps[1] + 1);
    }

    private static String twoDigits(int number) {
        return String.format(Locale.ROOT, "%02d", number);
    }

    private String describe(List<Path> files) {
        if (files.size() == 1) {
            return "Writes " + files.get(0);
        }
        return "Writes " + files.size() + " files, " + files.get(0).getFileName() + " to "
                + files.get(files.size() - 1).getFileName() + ", into " + files.get(0).getParent();
    }

    /** A file name made from a title: lower case letters and digits joined by hyphens. */
    static String baseName(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String shortened = slug.substring(0, Math.min(slug.length(), 60)).replaceAll("-$", "");
        return shortened.isEmpty() ? "derivation" : shortened;
    }
}
