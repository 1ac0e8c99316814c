package dev.deltascope.cli;

import dev.deltascope.derivation.Convention;
import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deltascope derive NET.json --format json}: the forward and backward pass, printed. */
@Command(name = "derive",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the forward and backward pass of a network file as JSON.",
            "",
            "Prints the loss (the mean over the batch), then for each layer l = 1..L:",
            "z, a and delta (n_l x m, one column per example), weightGradient and",
            "biasGradient (means over the batch); then checks: the largest disagreement",
            "between the three backward methods and the worst finite-difference",
            "relative error.",
            "",
            "With --convention NAME the output starts with the convention's name and",
            "lays every matrix out as that convention shows it: in pytorch, cs231n and",
            "d2l z, a and delta are m x n_l (one row per example), and in cs231n and",
            "d2l weightGradient is n_(l-1) x n_l (W stored in x out)."})
final class DeriveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NET.json", description = "the network file")
    private String network;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "output format; json (the default) is the only one")
    private String format;

    @Option(names = "--convention", paramLabel = "NAME",
            description = "lay the matrices out as this notation does: deltascope, nielsen, ng, pytorch, cs231n or d2l")
    private String convention;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json")) {
            throw new CommandFailure("--format: must be json, was " + Arguments.shown(format));
        }
        Convention notation = convention == null ? null : Arguments.convention(convention);
        Trace trace = Trace.of(NetworkFile.read(Arguments.inputFile(network)));
        PrintWriter out = spec.commandLine().getOut();
        if (notation == null) {
            TraceJson.write(trace, out);
        } else {
            TraceJson.write(trace, notation, out);
        }
        out.flush();
        return 0;
    }
}
