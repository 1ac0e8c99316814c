package dev.deltascope.code;

import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Tanh;
import java.util.List;
import java.util.Set;

/**
 * The NumPy text of the activations, their derivatives and the cost, written as Deltascope's model computes
 * them (σ′(0) = 0 for ReLU; softmax shifted by its maximum; cross-entropy from the logits z).
 */
final class NumpyFunctions {

    private NumpyFunctions() {
    }

    /** The Python definitions of the activations the network uses, in the menus' order. */
    static String definitions(Set<Activation> used) {
        StringBuilder out = new StringBuilder();
        for (Activation activation : Activation.all()) {
            if (used.contains(activation)) {
                out.append(out.isEmpty() ? "" : "\n\n").append(definition(activation));
            }
        }
        return out.append('\n').toString();
    }

    private static String definition(Activation activation) {
        String text;
        if (activation instanceof Sigmoid) {
            text = """
                    def sigmoid(z):
                        return 1 / (1 + np.exp(-z))


                    def sigmoid_prime(z):
                        s = sigmoid(z)
                        return s * (1 - s)
                    """;
        } else if (activation instanceof Tanh) {
            text = """
                    def tanh(z):
                        return np.tanh(z)


                    def tanh_prime(z):
                        t = np.tanh(z)
                        return 1 - t * t
                    """;
        } else if (activation instanceof Relu) {
            text = """
                    def relu(z):
                        return np.where(z > 0, z, 0.0)


                    def relu_prime(z):
                        return np.where(z > 0, 1.0, 0.0)  # sigma'(0) = 0, as in Deltascope
                    """;
        } else if (activation instanceof Identity) {
            text = """
                    def identity(z):
                        return z


                    def identity_prime(z):
                        return np.ones_like(z)
                    """;
        } else {
            text = """
                    def softmax(z):
                        e = np.exp(z - np.max(z, axis=0, keepdims=True))  # shifted by the largest z: no overflow
                        return e / np.sum(e, axis=0, keepdims=True)  # each column (example) sums to 1


                    def softmax_jacobian(z):
                        s = softmax(z)  # z is one example, a column
                        return np.diag(s[:, 0]) - s @ s.T  # J = diag(s) - s s^T: not diagonal
                    """;
        }
        return text.stripTrailing();
    }

    /** The call a = σ(z), e.g. {@code sigmoid(z1)}. */
    static String apply(Activation activation, String z) {
        return activation.name() + "(" + z + ")";
    }

    /** The name of σ′ for an elementwise activation, e.g. {@code sigmoid_prime}. */
    static String slope(Activation activation) {
        if (!activation.isElementwise()) {
            throw new IllegalArgumentException("softmax has no elementwise derivative to use in backpropagation");
        }
        return activation.name() + "_prime";
    }

    /**
     * Lines that leave each example's cost in {@code C_k} (a 1-d array of m), from the output's z and a and
     * the target y. Cross-entropy is computed from z: softplus for sigmoid outputs, log-sum-exp for softmax,
     * so that it stays right when an output saturates.
     */
    static List<String> exampleCosts(Loss loss, Activation output, String z, String a, String y) {
        if (!(loss instanceof CrossEntropy)) {
            return List.of("C_k = 0.5 * np.sum((" + a + " - " + y + ") ** 2, axis=0)");
        }
        if (output instanceof Softmax) {
            return List.of(
                    "z_max = np.max(" + z + ", axis=0, keepdims=True)",
                    "log_a = " + z + " - z_max - np.log(np.sum(np.exp(" + z + " - z_max), axis=0, keepdims=True))"
                            + "  # ln softmax(z), by log-sum-exp",
                    "C_k = -np.sum(" + y + " * log_a, axis=0)");
        }
        return List.of("C_k = np.sum(" + y + " * np.logaddexp(0, -" + z + ") + (1 - " + y + ") * np.logaddexp(0, " + z
                + "), axis=0)  # -ln a = softplus(-z), -ln(1 - a) = softplus(z)");
    }

    /** ∇_a C for each example (not divided by m), as Deltascope's loss computes it. */
    static String outputGradient(Loss loss, Activation output, String a, String y) {
        if (!(loss instanceof CrossEntropy)) {
            return a + " - " + y;
        }
        if (output instanceof Softmax) {
            return "-" + y + " / " + a;
        }
        return "-" + y + " / " + a + " + (1 - " + y + ") / (1 - " + a + ")";
    }
}
