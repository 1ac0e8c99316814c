package dev.deltascope.bench;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Activation;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import java.util.List;
import java.util.SplittableRandom;

/** The networks the benchmarks run on: the presets by id, and n-n-n sigmoid networks by width. */
final class BenchmarkNetworks {

    /** Prefix of a width name: {@code width-64} is a 64-64-64 sigmoid network. */
    static final String WIDTH = "width-";

    private static final long SEED = 6;

    private BenchmarkNetworks() {
    }

    /** A preset id ({@code default}, {@code classic}, …) or {@code width-n}. */
    static Network named(String name) {
        if (name.startsWith(WIDTH)) {
            return ofWidth(Integer.parseInt(name.substring(WIDTH.length())));
        }
        return Presets.byId(name).load();
    }

    /**
     * n-n-n: n inputs, one sigmoid hidden layer of n units, n sigmoid outputs, ½‖a − y‖², one
     * example; weights from {@link Initialisation} with a fixed seed, input in [−1, 1), target in [0, 1).
     */
    static Network ofWidth(int n) {
        List<Activation> sigmoids = List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] input = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            input[i] = 2 * random.nextDouble() - 1;
            target[i] = random.nextDouble();
        }
        return new Network(n + "-" + n + "-" + n + " sigmoid", n, Initialisation.layers(n, List.of(n, n), sigmoids, SEED),
                HalfSquaredError.INSTANCE, Matrix.column(input), Matrix.column(target), 0.5, SEED);
    }
}
