package dev.deltascope.code;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The networks the code-export tests run: every preset, seeded random networks, and saturated outputs. */
final class CodeNetworks {

    private CodeNetworks() {
    }

    static Derivation derivation(Network network) {
        return DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT);
    }

    /** Every preset, by id. */
    static Map<String, Network> presets() {
        Map<String, Network> networks = new LinkedHashMap<>();
        for (Preset preset : Presets.all()) {
            networks.put(preset.id(), preset.load());
        }
        return networks;
    }

    /**
     * Seeded random networks: every activation in the hidden layers and at the output (with half squared error),
     * sigmoid and softmax outputs with cross-entropy, and a single softmax layer, each with one example and with a
     * batch of three.
     */
    static Map<String, Network> random() {
        Map<String, Network> networks = new LinkedHashMap<>();
        long seed = 100;
        for (int m : new int[] {1, 3}) {
            for (Activation activation : Activation.all()) {
                networks.put(activation.name() + "-hidden-m" + m, random(seed++, activation, Sigmoid.INSTANCE,
                        HalfSquaredError.INSTANCE, m));
                networks.put(activation.name() + "-output-m" + m, random(seed++, Sigmoid.INSTANCE, activation,
                        HalfSquaredError.INSTANCE, m));
            }
            for (Activation output : List.of(Sigmoid.INSTANCE, Softmax.INSTANCE)) {
                networks.put("cross-entropy-" + output.name() + "-m" + m, random(seed++, Activation.named("tanh"),
                        output, CrossEntropy.INSTANCE, m));
            }
            Network deep = random(seed++, Activation.named("relu"), Softmax.INSTANCE, CrossEntropy.INSTANCE, m);
            networks.put("one-layer-softmax-m" + m, new Network(deep.title(), deep.inputSize(),
                    Initialisation.layers(deep.inputSize(), List.of(deep.size(3)), List.of(Softmax.INSTANCE), seed),
                    deep.loss(), deep.inputs(), deep.targets(), deep.learningRate(), seed));
        }
        return networks;
    }

    /** n0-4-3-nL with the hidden activation in both hidden layers; inputs in [−1, 1], targets in [0, 1]. */
    static Network random(long seed, Activation hidden, Activation output, Loss loss, int m) {
        Random random = new Random(seed);
        int inputSize = 2 + random.nextInt(3);
        int outputSize = 2 + random.nextInt(2);
        List<DenseLayer> layers = Initialisation.layers(inputSize, List.of(4, 3, outputSize),
                List.of(hidden, hidden, output), seed);
        Matrix inputs = Matrix.of(fill(random, inputSize, m, -1, 1));
        Matrix targets = Matrix.of(fill(random, outputSize, m, 0, 1));
        return new Network("random " + seed + " \"" + hidden + "\"\n" + output, inputSize, layers, loss, inputs,
                targets, 0.1 + random.nextDouble(), seed);
    }

    /**
     * Cross-entropy with outputs saturated moderately, where computing the cost from a instead of z starts to
     * lose digits: sigmoid logits of about +12 and −11, softmax logits spread over about 25.
     */
    static Map<String, Network> saturated() {
        Map<String, Network> networks = new LinkedHashMap<>();
        for (Activation output : List.of(Sigmoid.INSTANCE, Softmax.INSTANCE)) {
            for (int m : new int[] {1, 2}) {
                Network network = random(7 + m, Activation.named("tanh"), output, CrossEntropy.INSTANCE, m);
                List<DenseLayer> layers = new ArrayList<>(network.layers());
                DenseLayer last = layers.get(layers.size() - 1);
                double[] biases = new double[last.size()];
                for (int r = 0; r < biases.length; r++) {
                    biases[r] = r == 0 ? 12 : r == 1 ? -11 : 0.5;
                }
                layers.set(layers.size() - 1, last.withBiases(Matrix.column(biases)));
                networks.put("saturated-" + output.name() + "-m" + m, network.withLayers(layers));
            }
        }
        return networks;
    }

    private static double[][] fill(Random random, int rows, int columns, double low, double high) {
        double[][] values = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r][c] = low + (high - low) * random.nextDouble();
            }
        }
        return values;
    }
}
