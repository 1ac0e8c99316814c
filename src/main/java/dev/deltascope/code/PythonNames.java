package dev.deltascope.code;

/**
 * The Python names of the derivation's quantities, as the window writes them: lower case for one example
 * ({@code z1}, {@code a1}, {@code delta1}, {@code y}), upper case for a mini-batch whose examples are stacked
 * ({@code Z1}, {@code A1}, {@code Delta1}, {@code Y}); {@code W2}, {@code b2}, {@code dC_dW2}, {@code dC_db2}
 * either way.
 */
record PythonNames(boolean batch) {

    /** z^l, the weighted input of layer l. */
    String z(int l) {
        return (batch ? "Z" : "z") + l;
    }

    /** a^l, the activation of layer l; a^0 is the input. */
    String a(int l) {
        return (batch ? "A" : "a") + l;
    }

    /** δ^l = ∂C_k/∂z^l, one column (PyTorch: row) per example. */
    String delta(int l) {
        return (batch ? "Delta" : "delta") + l;
    }

    /** y, the target. */
    String y() {
        return batch ? "Y" : "y";
    }

    /** ∂C_k/∂a^l, what flows into layer l's activation from above. */
    String upstream(int l) {
        return "dC_da" + l;
    }

    String weights(int l) {
        return "W" + l;
    }

    String biases(int l) {
        return "b" + l;
    }

    String weightGradient(int l) {
        return "dC_dW" + l;
    }

    String biasGradient(int l) {
        return "dC_db" + l;
    }

    /** W^l after one step of gradient descent. */
    String updatedWeights(int l) {
        return "W" + l + "_new";
    }

    /** b^l after one step of gradient descent. */
    String updatedBiases(int l) {
        return "b" + l + "_new";
    }
}
