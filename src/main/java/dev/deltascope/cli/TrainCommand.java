package dev.deltascope.cli;

import dev.deltascope.file.NetworkFile;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Network;
import dev.deltascope.model.VectorJacobianProduct;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deltascope train NET.json --steps N --out OUT.json [--force]}: full-batch gradient descent. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Train a network file by gradient descent and write the result.",
            "",
            "Runs N full-batch gradient-descent steps with the file's learning rate",
            "and writes the trained network, in the same format, to OUT.json."})
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NET.json", description = "the network file")
    private String network;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "how many steps, at least 1")
    private int steps;

    @Option(names = "--out", required = true, paramLabel = "OUT.json", description = "where to write the result")
    private String out;

    @Option(names = "--force", description = "replace OUT.json if it exists")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 1) {
            throw new CommandFailure("--steps: must be at least 1, was " + steps);
        }
        Path input = Arguments.inputFile(network);
        Path output = Arguments.outputFile(out, force);
        Network trained = NetworkFile.read(input);
        ForwardPass forward = ForwardPass.of(trained);
        double before = forward.cost();
        if (!Double.isFinite(before)) {
            throw new CommandFailure(network + ": the cost is " + before + " before training, not a finite number;"
                    + " make the weights or inputs smaller; " + out + " was not written");
        }
        for (int step = 1; step <= steps; step++) {
            trained = GradientDescent.step(trained, VectorJacobianProduct.INSTANCE.backward(forward));
            forward = ForwardPass.of(trained);
            String problem = divergence(trained, forward.cost());
            if (problem != null) {
                throw new CommandFailure(network + ": training diverged at step " + step + " of " + steps + ": "
                        + problem + "; try a learningRate below " + trained.learningRate() + "; " + out
                        + " was not written");
            }
        }
        NetworkFile.write(trained, output);
        spec.commandLine().getOut().println("trained " + steps + (steps == 1 ? " step" : " steps")
                + ": cost " + before + " -> " + forward.cost() + "; wrote " + out);
        return 0;
    }

    /** What went wrong after a step, or null while the weights, biases and cost are all finite. */
    private static String divergence(Network trained, double cost) {
        if (!hasFiniteParameters(trained)) {
            return "the weights are no longer finite numbers";
        }
        return Double.isFinite(cost) ? null : "the cost is no longer a finite number (" + cost + ")";
    }

    private static boolean hasFiniteParameters(Network network) {
        for (DenseLayer layer : network.layers()) {
            if (!layer.weights().isFinite() || !layer.biases().isFinite()) {
                return false;
            }
        }
        return true;
    }
}
