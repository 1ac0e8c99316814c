package dev.deltascope.code;

import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The finite-difference check as NumPy code: C is computed again from moved parameters with central
 * differences (C(θ + h) − C(θ − h)) / 2h, an estimate independent of backpropagation, and compared with every
 * ∂C/∂W and ∂C/∂b (an evenly spaced sample of at most {@value #SAMPLE} for a larger network).
 */
final class NumpyFiniteDifferences {

    /** Networks with more parameters are checked on an evenly spaced sample of about this many. */
    static final int SAMPLE = 2000;

    private final Network network;
    private final PythonNames names;

    NumpyFiniteDifferences(Network network, PythonNames names) {
        this.network = network;
        this.names = names;
    }

    String code() {
        int depth = network.depth();
        List<String> parameters = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            parameters.add(names.weights(l));
            parameters.add(names.biases(l));
            entries.add("(\"" + names.weights(l) + "\", " + names.weights(l) + ", " + names.weightGradient(l) + ")");
            entries.add("(\"" + names.biases(l) + "\", " + names.biases(l) + ", " + names.biasGradient(l) + ")");
        }
        StringBuilder out = new StringBuilder();
        out.append("# An independent check of backpropagation: move one parameter by +-h, run the forward pass again\n")
                .append("# and compare (C(+h) - C(-h)) / 2h with dC/dW and dC/db.\n");
        out.append("def cost():\n")
                .append("    \"\"\"C for the current ").append(String.join(", ", parameters))
                .append(": the forward pass and the cost again.\"\"\"\n");
        out.append("    a = ").append(names.a(0)).append('\n');
        for (int l = 1; l <= depth; l++) {
            out.append("    z = ").append(names.weights(l)).append(" @ a + ").append(names.biases(l)).append('\n');
            out.append("    a = ").append(NumpyFunctions.apply(network.layer(l).activation(), "z")).append('\n');
        }
        for (String line : NumpyFunctions.exampleCosts(network.loss(), network.outputActivation(), "z", "a", names.y())) {
            out.append("    ").append(line).append('\n');
        }
        out.append("    return np.mean(C_k)\n\n\n");
        int stride = Math.max(1, (network.parameterCount() + SAMPLE - 1) / SAMPLE);
        out.append("h = 1e-6\n");
        out.append("FD_RTOL = 1e-5  # central differences err by about h^2 and by the rounding of C over 2h\n");
        out.append("FD_ATOL = 1e-7 * max(1.0, abs(C))\n");
        if (stride > 1) {
            out.append("STRIDE = ").append(stride).append("  # a large network: every ").append(stride)
                    .append("th parameter\n");
        }
        out.append("worst = 0.0\n");
        out.append("for name, P, dC_dP in [").append(String.join(", ", entries)).append("]:\n");
        out.append("    for index in ").append(stride > 1 ? "list(np.ndindex(P.shape))[::STRIDE]" : "np.ndindex(P.shape)")
                .append(":\n");
        out.append("""
                        saved = P[index]
                        P[index] = saved + h
                        cost_plus = cost()
                        P[index] = saved - h
                        cost_minus = cost()
                        P[index] = saved
                        estimate = (cost_plus - cost_minus) / (2 * h)
                        np.testing.assert_allclose(estimate, dC_dP[index], rtol=FD_RTOL, atol=FD_ATOL,
                                                   err_msg="finite differences of " + name + str(list(index)))
                        worst = max(worst, abs(estimate - dC_dP[index]))
                print("finite differences agree with backpropagation; largest |difference| =", worst)
                """);
        return out.toString();
    }
}
