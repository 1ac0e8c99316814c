package dev.deltascope.view.editor;

import dev.deltascope.model.Activation;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Network;

/** How the window names activations, losses and layers. */
final class Names {

    private Names() {
    }

    static String of(Activation activation) {
        return switch (activation.name()) {
            case "sigmoid" -> "sigmoid σ";
            case "tanh" -> "tanh";
            case "relu" -> "ReLU";
            case "identity" -> "identity";
            case "softmax" -> "softmax";
            default -> activation.name();
        };
    }

    static String of(Loss loss) {
        return switch (loss.name()) {
            case "half_squared_error" -> "Half squared error  ½‖a − y‖²";
            case "cross_entropy" -> "Cross-entropy";
            default -> loss.name();
        };
    }

    /** "Input", "Hidden 1", …, "Output". */
    static String layer(Network network, int l) {
        if (l == 0) {
            return "Input";
        }
        return l == network.depth() ? "Output" : "Hidden " + l;
    }
}
