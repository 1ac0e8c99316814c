package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;

/** Full-batch gradient descent with the network's learning rate. */
public final class GradientDescent {

    private GradientDescent() {
    }

    /** W^l ← W^l − η ∂C/∂W^l and b^l ← b^l − η ∂C/∂b^l for every l, from the given gradients. Input not modified. */
    public static Network step(Network network, Gradients gradients) {
        double eta = network.learningRate();
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            Matrix W = layer.weights().minusScaled(eta, gradients.weightGradient(l));
            Matrix b = layer.biases().minusScaled(eta, gradients.biasGradient(l));
            layers.add(new DenseLayer(W, b, layer.activation()));
        }
        return network.withLayers(layers);
    }

    /** One step with the VJP gradients of the network's own forward pass. */
    public static Network step(Network network) {
        return step(network, VectorJacobianProduct.INSTANCE.backward(ForwardPass.of(network)));
    }
}
