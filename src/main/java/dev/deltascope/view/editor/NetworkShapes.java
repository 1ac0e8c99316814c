package dev.deltascope.view.editor;

import dev.deltascope.model.Activation;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes of a network's shape that keep what the person already set: every weight, bias, input
 * and target whose place still exists keeps its value; new places get weights drawn from the
 * network's seed (as {@link Initialisation} would) and zero inputs and targets.
 */
final class NetworkShapes {

    private NetworkShapes() {
    }

    /** The network with n_l changed, for l = 0..L. */
    static Network withWidth(Network network, int l, int width) {
        List<Integer> widths = widths(network);
        widths.set(l, width);
        return rebuild(network, widths, activations(network), identityOrigins(network.depth()));
    }

    /** The network with a new hidden layer inserted after layer {@code after} (0..L−1). */
    static Network withInsertedLayer(Network network, int after, int width, Activation activation) {
        List<Integer> widths = widths(network);
        widths.add(after + 1, width);
        List<Activation> activations = activations(network);
        activations.add(after, activation);
        List<Integer> origins = identityOrigins(network.depth());
        origins.add(after, -1);
        return rebuild(network, widths, activations, origins);
    }

    /** The network without hidden layer l (1..L−1). */
    static Network withoutLayer(Network network, int l) {
        List<Integer> widths = widths(network);
        widths.remove(l);
        List<Activation> activations = activations(network);
        activations.remove(l - 1);
        List<Integer> origins = identityOrigins(network.depth());
        origins.remove(l - 1);
        return rebuild(network, widths, activations, origins);
    }

    /** Every weight and bias drawn afresh from the network's seed. */
    static Network reinitialised(Network network) {
        List<Integer> widths = widths(network);
        return network.withLayers(Initialisation.layers(
                widths.get(0), widths.subList(1, widths.size()), activations(network), network.seed()));
    }

    /**
     * @param widths n_0 … n_L of the new network
     * @param origins for each new layer 1..L, the old layer index (0-based) it keeps values from, or −1
     */
    private static Network rebuild(Network network, List<Integer> widths, List<Activation> activations,
            List<Integer> origins) {
        List<DenseLayer> fresh = Initialisation.layers(
                widths.get(0), widths.subList(1, widths.size()), activations, network.seed());
        List<DenseLayer> layers = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            DenseLayer layer = fresh.get(i);
            int origin = origins.get(i);
            if (origin >= 0) {
                DenseLayer old = network.layers().get(origin);
                layer = new DenseLayer(overlay(layer.weights(), old.weights()), overlay(layer.biases(), old.biases()),
                        layer.activation());
            }
            layers.add(layer);
        }
        int m = network.batchSize();
        Matrix inputs = overlay(Matrix.zeros(widths.get(0), m), network.inputs());
        Matrix targets = overlay(Matrix.zeros(widths.get(widths.size() - 1), m), network.targets());
        return new Network(network.title(), widths.get(0), layers, network.loss(), inputs, targets,
                network.learningRate(), network.seed());
    }

    /** {@code base} with the entries it shares with {@code kept} taken from {@code kept}. */
    private static Matrix overlay(Matrix base, Matrix kept) {
        double[][] values = base.toArray();
        for (int r = 0; r < Math.min(base.rows(), kept.rows()); r++) {
            for (int c = 0; c < Math.min(base.columns(), kept.columns()); c++) {
                values[r][c] = kept.get(r, c);
            }
        }
        return Matrix.of(values);
    }

    private static List<Integer> widths(Network network) {
        List<Integer> widths = new ArrayList<>();
        for (int l = 0; l <= network.depth(); l++) {
            widths.add(network.size(l));
        }
        return widths;
    }

    private static List<Activation> activations(Network network) {
        List<Activation> activations = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            activations.add(layer.activation());
        }
        return activations;
    }

    private static List<Integer> identityOrigins(int depth) {
        List<Integer> origins = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            origins.add(i);
        }
        return origins;
    }
}
