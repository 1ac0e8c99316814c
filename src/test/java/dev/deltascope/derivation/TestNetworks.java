package dev.deltascope.derivation;

import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Tanh;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Networks the derivation tests share, each with seeded weights or weights written out. */
public final class TestNetworks {

    private TestNetworks() {
    }

    /** The classic 2-2-2 step-by-step example: sigmoid, ½‖a − y‖², η = 0.5. */
    public static Network classic() {
        return new Network("2-2-2 step by step", 2,
                List.of(
                        new DenseLayer(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}),
                                Matrix.column(0.35, 0.35), Sigmoid.INSTANCE),
                        new DenseLayer(Matrix.of(new double[][] {{0.40, 0.45}, {0.50, 0.55}}),
                                Matrix.column(0.60, 0.60), Sigmoid.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(0.05, 0.10), Matrix.column(0.01, 0.99), 0.5, 7);
    }

    /** A network of the given widths and activations with weights drawn from the seed. */
    public static Network seeded(List<Integer> widths, List<Activation> activations, Loss loss, Matrix inputs,
            Matrix targets, long seed) {
        List<DenseLayer> layers = Initialisation.layers(widths.get(0), widths.subList(1, widths.size()),
                activations, seed);
        return new Network("seeded " + widths, widths.get(0), layers, loss, inputs, targets, 0.5, seed);
    }

    /** The default teaching network 3-4-4-2, sigmoid, half squared error. */
    public static Network threeFourFourTwo() {
        return seeded(List.of(3, 4, 4, 2), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE, Sigmoid.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.column(0.5, -0.2, 0.1), Matrix.column(0.0, 1.0), 11);
    }

    /** A 3-8-8-2 sigmoid network: matrices as wide as the display limit, formulas too wide for a slide unbroken. */
    public static Network threeEightEightTwo() {
        return seeded(List.of(3, 8, 8, 2), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE, Sigmoid.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.column(0.5, -0.2, 0.1), Matrix.column(0.1, 0.9), 5);
    }

    /**
     * Networks that together cover every activation (hidden and output), both losses, softmax at
     * the output and hidden, cross-entropy with softmax and with sigmoid, a batch of 3, a width
     * over the display limit, a chain of single units, values that need scientific notation, and
     * values that overflow to ∞ and NaN.
     */
    public static Map<String, Network> variety() {
        Map<String, Network> networks = new LinkedHashMap<>();
        networks.put("classic 2-2-2", classic());
        networks.put("3-4-4-2 sigmoid", threeFourFourTwo());
        networks.put("tanh, relu, identity", seeded(List.of(3, 4, 4, 2),
                List.of(Tanh.INSTANCE, Relu.INSTANCE, Identity.INSTANCE), HalfSquaredError.INSTANCE,
                Matrix.column(0.3, -0.7, 0.9), Matrix.column(0.2, -0.4), 3));
        networks.put("softmax classifier", seeded(List.of(3, 4, 3), List.of(Relu.INSTANCE, Softmax.INSTANCE),
                CrossEntropy.INSTANCE, Matrix.column(0.2, 0.4, -0.6), Matrix.column(0.0, 1.0, 0.0), 5));
        networks.put("softmax hidden, sigmoid cross-entropy, batch of 3", seeded(List.of(2, 3, 3, 2),
                List.of(Tanh.INSTANCE, Softmax.INSTANCE, Sigmoid.INSTANCE), CrossEntropy.INSTANCE,
                Matrix.ofColumns(new double[][] {{0.1, 0.9}, {-0.5, 0.3}, {0.7, -0.2}}),
                Matrix.ofColumns(new double[][] {{1, 0}, {0, 1}, {1, 1}}), 17));
        networks.put("softmax output, squared error, batch of 3", seeded(List.of(2, 3, 3),
                List.of(Sigmoid.INSTANCE, Softmax.INSTANCE), HalfSquaredError.INSTANCE,
                Matrix.ofColumns(new double[][] {{0.1, 0.9}, {-0.5, 0.3}, {0.7, -0.2}}),
                Matrix.ofColumns(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), 23));
        networks.put("width 10", seeded(List.of(10, 10, 10), List.of(Sigmoid.INSTANCE, Identity.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.column(ramp(10, 0.1)), Matrix.column(ramp(10, -0.05)), 29));
        networks.put("1-1-1", seeded(List.of(1, 1, 1), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.column(0.5), Matrix.column(0.25), 31));
        networks.put("2-3-1", seeded(List.of(2, 3, 1), List.of(Tanh.INSTANCE, Identity.INSTANCE),
                HalfSquaredError.INSTANCE, Matrix.column(0.5, -1), Matrix.column(2.0), 37));
        networks.put("huge and tiny values", new Network("huge and tiny", 2,
                List.of(new DenseLayer(Matrix.of(new double[][] {{1.5e6, -2e-7}, {3e-9, 4.25e5}}),
                        Matrix.column(-1e-12, 0), Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(2.5e-3, 1e-6), Matrix.column(1e3, -2e-8), 1e-9, 1));
        networks.put("overflow to infinity and NaN", new Network("overflow", 1,
                List.of(new DenseLayer(Matrix.of(new double[][] {{1e200}, {-1e200}}), Matrix.column(0.0, 0.0),
                        Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(1e200), Matrix.column(0.0, 0.0), 0.1, 1));
        return networks;
    }

    private static double[] ramp(int n, double step) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = (i - n / 2.0) * step;
        }
        return values;
    }
}
