package dev.deltascope.cost;

import dev.deltascope.model.Activation;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a network with one layer resized, for measuring how a step's cost grows with its width.
 * Only layer l and the weights into layer l + 1 change; they are drawn by {@link Initialisation}
 * from the network's seed, so the same request always gives the same copy. The other layers, the
 * biases of layer l + 1 and the inputs stay as they were.
 */
public final class ScaledCopy {

    private ScaledCopy() {
    }

    /**
     * The network with layer l (1..L) widened or narrowed to {@code width} units (1..1024). W^l
     * becomes width × n_{l−1} and W^{l+1} becomes n_{l+1} × width; when l = L the targets get
     * {@code width} rows too: 1/width each under a softmax, else the old rows repeated in turn.
     */
    public static Network of(Network network, int l, int width) {
        if (l < 1 || l > network.depth()) {
            throw new IllegalArgumentException("layer: must be 1.." + network.depth() + ", was " + l);
        }
        if (width < Limits.MIN_WIDTH || width > Limits.MAX_WIDTH) {
            throw new IllegalArgumentException("width: must be " + Limits.MIN_WIDTH + ".." + Limits.MAX_WIDTH
                    + ", was " + width);
        }
        List<Integer> sizes = new ArrayList<>();
        List<Activation> activations = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            sizes.add(layer.size());
            activations.add(layer.activation());
        }
        sizes.set(l - 1, width);
        List<DenseLayer> drawn = Initialisation.layers(network.inputSize(), sizes, activations, network.seed());
        List<DenseLayer> layers = new ArrayList<>(network.layers());
        layers.set(l - 1, drawn.get(l - 1));
        if (l < network.depth()) {
            layers.set(l, network.layer(l + 1).withWeights(drawn.get(l).weights()));
            return network.withLayers(layers);
        }
        return new Network(network.title(), network.inputSize(), layers, network.loss(), network.inputs(),
                targets(network, width), network.learningRate(), network.seed());
    }

    /** The network with its first example alone, for costs per example. */
    public static Network firstExample(Network network) {
        return network.withExamples(network.inputs().columnMatrix(0), network.targets().columnMatrix(0));
    }

    private static Matrix targets(Network network, int width) {
        Matrix old = network.targets();
        boolean softmax = network.outputActivation() instanceof Softmax;
        double[][] rows = new double[width][old.columns()];
        for (int i = 0; i < width; i++) {
            for (int k = 0; k < old.columns(); k++) {
                rows[i][k] = softmax ? 1.0 / width : old.get(i % old.rows(), k);
            }
        }
        return Matrix.of(rows);
    }
}
