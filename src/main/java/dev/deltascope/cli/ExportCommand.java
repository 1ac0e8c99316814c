package dev.deltascope.cli;

import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.ExerciseExporter;
import dev.deltascope.export.ExportException;
import dev.deltascope.export.ExportMonitor;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.ExportWarmUp;
import dev.deltascope.export.Exporter;
import dev.deltascope.export.PictureTheme;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deltascope export NET.json --format png|svg|pdf|tex|beamer --out DIR [--step K|all] …}: snapshots without a
 * window; {@code --format numpy|pytorch|notebook}: the derivation as code that checks itself.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Export derivation snapshots of a network file without opening a window.",
            "",
            "png and svg write one file per step (step-01.png, ...) into DIR;",
            "pdf (a handout), tex (a LaTeX article) and beamer (slides) write one",
            "document into DIR, or to OUT itself when it ends in the format's extension.",
            "numpy (derivation_numpy.py), pytorch (derivation_torch.py) and notebook",
            "(derivation.ipynb) write code that reproduces every number of the derivation",
            "and asserts that it equals Deltascope's.",
            "Every view of every backward step is included unless --view names one.",
            "exercises writes an exercise sheet (exercises.tex), its answer key",
            "(answers.tex) and each exercise's network (exercise-01.json, ...) into DIR."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NET.json", description = "the network file")
    private String network;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "png, svg, pdf, tex, beamer, numpy, pytorch, notebook or exercises")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder (or document file) to write")
    private String out;

    @Option(names = "--step", paramLabel = "K|all", defaultValue = "all",
            description = "one step, numbered from 1, or all (the default)")
    private String step;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "pixels per point for png: 1, 2 or 3 for screens, projectors and print (up to 8)")
    private double scale;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "all",
            description = "the views of backward steps to include: all (the default), vjp, jacobian, component, naive"
                    + " or softmax")
    private String view;

    @Option(names = "--background", paramLabel = "BACKGROUND", defaultValue = "theme",
            description = "for png and svg: theme (the theme's colour, the default) or transparent")
    private String background;

    @Option(names = "--digits", paramLabel = "D", defaultValue = "4",
            description = "significant digits of the numbers shown, 1 to 12 (default 4)")
    private int digits;

    @Option(names = "--convention", paramLabel = "NAME", defaultValue = "deltascope",
            description = "the notation: deltascope (the default), nielsen, ng, pytorch, cs231n or d2l")
    private String convention;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light or dark")
    private String theme;

    @Option(names = "--seed", paramLabel = "S",
            description = "exercises: the first exercise's seed (default: the network's seed); exercise i uses S + i - 1")
    private Long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "3",
            description = "exercises: how many exercises, 1 to " + ExerciseExporter.MAX_COUNT + " (default 3)")
    private int count;

    @Option(names = "--force", description = "replace files that already exist, and remove the step files of an"
            + " earlier export of the same format in DIR that this one does not write")
    private boolean force;

    @Option(names = "--parents", description = "create the folder to write into and any missing folders above it")
    private boolean parents;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Optional<CodeFormat> code = CodeFormat.named(format);
        if (code.isPresent()) {
            Path file = CodeExportRun.run(code.get(), network, out, force, spec.commandLine().getParseResult());
            spec.commandLine().getOut().println("wrote " + file);
            return 0;
        }
        if (digits < 1 || digits > 12) {
            throw new CommandFailure("--digits: must be between 1 and 12, was " + digits);
        }
        boolean exercises = format.equalsIgnoreCase("exercises");
        for (String option : exercises ? List.of("--step", "--scale", "--view", "--theme", "--background")
                : List.of("--seed", "--count")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new CommandFailure(option + ": does not apply to --format " + (exercises ? "exercises" : format));
            }
        }
        if (exercises) {
            return exercises();
        }
        Exporter exporter = exporter();
        if (!(scale > 0 && scale <= ExportRequest.MAX_SCALE)) {
            throw new CommandFailure("--scale: must be greater than 0 and at most " + ExportRequest.MAX_SCALE
                    + ", was " + scale);
        }
        refuseOptionsThatDoNotApply(exporter);
        Convention notation = Arguments.convention(convention);
        ExportWarmUp.start(exporter);
        PictureTheme colours = background().equals("transparent") ? theme().transparent() : theme();
        ViewKind viewKind = viewKind();
        Path target = Arguments.path(out);
        ExportTargetCheck.refuseOtherExtension(exporter, target, out);
        Trace trace = Trace.of(NetworkFile.read(Arguments.inputFile(network)));
        Derivation derivation = DerivationBuilder.build(trace, new NumberStyle(digits,
                NumberStyle.DEFAULT.maxRows(), NumberStyle.DEFAULT.maxColumns()), notation);
        if (viewKind != null && derivation.steps().stream().noneMatch(s -> s.view(viewKind) != null)) {
            throw new CommandFailure("--view: " + view.toLowerCase(Locale.ROOT) + " does not apply to this network"
                    + (viewKind == ViewKind.SOFTMAX ? " (it has no softmax layer)" : "") + "; use all or one of "
                    + String.join(", ", appliedViews(derivation)));
        }
        int count = derivation.steps().size();
        int from = 0;
        int to = count - 1;
        if (!step.equalsIgnoreCase("all")) {
            int k = stepNumber(count);
            from = k - 1;
            to = k - 1;
        }
        ExportRequest request = new ExportRequest(target, from, to, scale, colours, viewKind, force);
        ExportTargetCheck.check(exporter, derivation, request, parents);
        List<Path> written;
        try {
            written = exporter.export(derivation, request, ExportMonitor.NONE);
        } catch (ExportException e) {
            throw new CommandFailure(e.getMessage());
        }
        for (Path file : written) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }

    private int exercises() {
        if (count < 1 || count > ExerciseExporter.MAX_COUNT) {
            throw new CommandFailure("--count: must be between 1 and " + ExerciseExporter.MAX_COUNT + ", was " + count);
        }
        Network template = NetworkFile.read(Arguments.inputFile(network));
        long first = seed == null ? template.seed() : seed;
        NumberStyle style = new NumberStyle(digits, NumberStyle.DEFAULT.maxRows(), NumberStyle.DEFAULT.maxColumns());
        Path target = Arguments.path(out);
        Path above = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(target) && above != null && !Files.isDirectory(above)) {
            if (!parents || Files.exists(above)) {
                throw new CommandFailure(target + ": the folder " + above + " does not exist"
                        + (Files.exists(above) ? " (a file is in the way)" : "; add --parents to create it"));
            }
        }
        List<Path> written;
        try {
            written = ExerciseExporter.export(ExerciseExporter.exercises(template, first, count, style),
                    template.title(), target, force);
        } catch (ExportException e) {
            throw new CommandFailure(e.getMessage());
        }
        for (Path file : written) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }

    private Exporter exporter() {
        try {
            return Exporter.named(format);
        } catch (NoSuchElementException e) {
            throw new CommandFailure("--format: must be png, svg, pdf, tex, beamer, numpy, pytorch, notebook or exercises, was "
                    + Arguments.shown(format));
        }
    }

    private PictureTheme theme() {
        return switch (theme.toLowerCase(Locale.ROOT)) {
            case "light" -> PictureTheme.LIGHT;
            case "dark" -> PictureTheme.DARK;
            default -> throw new CommandFailure("--theme: must be light or dark, was " + Arguments.shown(theme));
        };
    }

    /** Refuses an option given for a format it does not change: --scale beyond png, --theme for LaTeX, --background beyond png and svg. */
    private void refuseOptionsThatDoNotApply(Exporter exporter) {
        String name = exporter.name();
        refuseUnless("--scale", name.equals("png"), name, "png");
        refuseUnless("--background", name.equals("png") || name.equals("svg"), name, "png and svg");
        refuseUnless("--theme", !name.equals("tex") && !name.equals("beamer"), name, "png, svg and pdf");
    }

    private void refuseUnless(String option, boolean applies, String format, String formats) {
        if (!applies && spec.commandLine().getParseResult().hasMatchedOption(option)) {
            throw new CommandFailure(option + ": does not apply to --format " + format + " (only to " + formats + ")");
        }
    }

    private String background() {
        String chosen = background.toLowerCase(Locale.ROOT);
        if (!chosen.equals("theme") && !chosen.equals("transparent")) {
            throw new CommandFailure("--background: must be theme or transparent, was " + Arguments.shown(background));
        }
        return chosen;
    }

    private static List<String> appliedViews(Derivation derivation) {
        return Arrays.stream(ViewKind.values())
                .filter(kind -> derivation.steps().stream().anyMatch(s -> s.view(kind) != null))
                .map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList();
    }

    private ViewKind viewKind() {
        if (view.equalsIgnoreCase("all")) {
            return null;
        }
        return switch (view.toLowerCase(Locale.ROOT)) {
            case "vjp" -> ViewKind.VJP;
            case "jacobian" -> ViewKind.JACOBIAN;
            case "component" -> ViewKind.COMPONENT;
            case "naive" -> ViewKind.NAIVE;
            case "softmax" -> ViewKind.SOFTMAX;
            default -> throw new CommandFailure(
                    "--view: must be all, vjp, jacobian, component, naive or softmax, was " + Arguments.shown(view));
        };
    }

    private int stepNumber(int count) {
        int k;
        try {
            k = Integer.parseInt(step.strip());
        } catch (NumberFormatException e) {
            throw new CommandFailure("--step: must be a step number from 1 to " + count + " or all, was " + Arguments.shown(step));
        }
        if (k < 1 || k > count) {
            throw new CommandFailure("--step: this network's derivation has steps 1 to " + count + ", was " + k);
        }
        return k;
    }
}
