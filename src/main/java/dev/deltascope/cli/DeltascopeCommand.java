package dev.deltascope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level command: each subcommand is its own class, listed here. */
@Command(name = "deltascope",
        mixinStandardHelpOptions = true,
        customSynopsis = "deltascope [-hV] [NET.json | COMMAND]",
        versionProvider = VersionProvider.class,
        description = {
            "Shows why backpropagation has a transpose and a Hadamard product.",
            "With no arguments, opens the window; with a network file, opens it in",
            "the window; with a command, runs headless."},
        footer = {
            "",
            "Examples:",
            "  deltascope net.json",
            "  deltascope derive net.json --format json",
            "  deltascope train net.json --steps 100 --out trained.json",
            "  deltascope export net.json --format tex --out notes",
            "  deltascope export net.json --format png --step 7 --scale 2 --view jacobian --out slides",
            "",
            "Bad input prints one line naming the file and the problem, and exits with 2."},
        subcommands = {DeriveCommand.class, TrainCommand.class, ExportCommand.class})
final class DeltascopeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CommandFailure("missing command; use derive, train or export (see deltascope --help)");
    }
}
