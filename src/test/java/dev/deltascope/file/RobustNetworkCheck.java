package dev.deltascope.file;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;

/** The rules of the network format, checked on a network the reader accepted, written apart from the reader. */
final class RobustNetworkCheck {

    private RobustNetworkCheck() {
    }

    /** The first rule the network breaks, or null. */
    static String problem(Network network) {
        if (network.depth() < 1 || network.depth() > Limits.MAX_LAYERS) {
            return "depth " + network.depth();
        }
        for (int l = 0; l <= network.depth(); l++) {
            if (network.size(l) < Limits.MIN_WIDTH || network.size(l) > Limits.MAX_WIDTH) {
                return "width of layer " + l + " is " + network.size(l);
            }
        }
        if (network.parameterCount() > Limits.MAX_PARAMETERS) {
            return network.parameterCount() + " parameters";
        }
        if (!network.title().codePoints().allMatch(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
            return "the title holds half a surrogate pair";
        }
        if (network.batchSize() < 1 || network.batchSize() > Limits.MAX_EXAMPLES) {
            return "batch of " + network.batchSize();
        }
        for (DenseLayer layer : network.layers()) {
            if (!finite(layer.weights()) || !finite(layer.biases())) {
                return "a weight or bias is not finite";
            }
        }
        if (!finite(network.inputs()) || !finite(network.targets())) {
            return "an input or target is not finite";
        }
        if (!(network.learningRate() > 0) || !Double.isFinite(network.learningRate())) {
            return "learning rate " + network.learningRate();
        }
        if (network.loss() instanceof CrossEntropy) {
            if (!(network.outputActivation() instanceof Sigmoid || network.outputActivation() instanceof Softmax)) {
                return "cross-entropy over " + network.outputActivation();
            }
            Matrix y = network.targets();
            for (int r = 0; r < y.rows(); r++) {
                for (int c = 0; c < y.columns(); c++) {
                    if (!(y.get(r, c) >= 0 && y.get(r, c) <= 1)) {
                        return "cross-entropy target " + y.get(r, c);
                    }
                }
            }
        }
        return null;
    }

    /** True when every field is equal and every number has the same bits. */
    static boolean sameBits(Network a, Network b) {
        if (!a.title().equals(b.title()) || a.inputSize() != b.inputSize() || a.depth() != b.depth()
                || a.loss() != b.loss() || a.seed() != b.seed()
                || Double.doubleToRawLongBits(a.learningRate()) != Double.doubleToRawLongBits(b.learningRate())) {
            return false;
        }
        for (int l = 1; l <= a.depth(); l++) {
            DenseLayer x = a.layer(l);
            DenseLayer y = b.layer(l);
            if (x.activation() != y.activation() || !sameBits(x.weights(), y.weights())
                    || !sameBits(x.biases(), y.biases())) {
                return false;
            }
        }
        return sameBits(a.inputs(), b.inputs()) && sameBits(a.targets(), b.targets());
    }

    private static boolean sameBits(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.columns() != b.columns()) {
            return false;
        }
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.columns(); c++) {
                if (Double.doubleToRawLongBits(a.get(r, c)) != Double.doubleToRawLongBits(b.get(r, c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean finite(Matrix matrix) {
        for (int r = 0; r < matrix.rows(); r++) {
            for (int c = 0; c < matrix.columns(); c++) {
                if (!Double.isFinite(matrix.get(r, c))) {
                    return false;
                }
            }
        }
        return true;
    }
}
