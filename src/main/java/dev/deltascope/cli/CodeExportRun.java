package dev.deltascope.cli;

import dev.deltascope.code.CodeExport;
import dev.deltascope.code.CodeExportException;
import dev.deltascope.code.CodeFormat;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ParseResult;

/** {@code deltascope export NET.json --format numpy|pytorch|notebook --out DIR [--force]}: the derivation as code. */
final class CodeExportRun {

    /** Options of the picture and document formats, which code (every step, every digit) has no use for. */
    private static final List<String> PICTURE_OPTIONS = List.of("--step", "--scale", "--view", "--digits", "--theme",
            "--background");

    private CodeExportRun() {
    }

    /** Writes the format's file for the network into out (a folder, or a file with the format's extension). */
    static Path run(CodeFormat format, String network, String out, boolean force, ParseResult options) {
        for (String option : PICTURE_OPTIONS) {
            if (options.hasMatchedOption(option)) {
                throw new CommandFailure(option + ": does not apply to --format " + format.formatName()
                        + " (the code holds every step, to full precision)");
            }
        }
        Path target = Arguments.path(out);
        Path file = CodeExport.plannedFile(format, target);
        if (!force && Files.exists(file)) {
            throw new CommandFailure(file + ": already exists; add --force to replace it");
        }
        Trace trace = Trace.of(NetworkFile.read(Arguments.inputFile(network)));
        Derivation derivation = DerivationBuilder.build(trace, NumberStyle.DEFAULT);
        try {
            return CodeExport.write(format, derivation, target, force);
        } catch (CodeExportException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
