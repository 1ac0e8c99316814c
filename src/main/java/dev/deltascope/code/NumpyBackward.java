package dev.deltascope.code;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.model.Activation;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The backward steps as NumPy code, each written the three ways the window shows: the vector–Jacobian product
 * (the Hadamard shortcut g ⊙ σ′(z), or s ⊙ (g − sᵀg) for softmax), the Jacobian chain in numerator layout with
 * every Jacobian built (np.diag(σ′(z)), or the full softmax Jacobian diag(s) − s sᵀ), and component-wise loops.
 * Each method carries its own δ down the layers, so the three are independent; then the gradients.
 */
final class NumpyBackward {

    private final Network network;
    private final DerivationSteps steps;
    private final PythonNames names;

    NumpyBackward(Trace trace, DerivationSteps steps, PythonNames names) {
        this.network = trace.network();
        this.steps = steps;
        this.names = names;
    }

    /** The output error, δ^l for l = L−1..1, then ∂C/∂W^l and ∂C/∂b^l for l = L..1. */
    List<CodeSection> sections() {
        int depth = network.depth();
        List<CodeSection> sections = new ArrayList<>();
        sections.add(steps.section(StepKind.OUTPUT_ERROR, depth, outputError(), ViewKind.VJP, ViewKind.JACOBIAN,
                ViewKind.COMPONENT, ViewKind.SOFTMAX));
        for (int l = depth - 1; l >= 1; l--) {
            sections.add(steps.section(StepKind.BACKWARD, l, hidden(l), ViewKind.VJP, ViewKind.JACOBIAN,
                    ViewKind.COMPONENT, ViewKind.SOFTMAX));
        }
        for (int l = depth; l >= 1; l--) {
            sections.add(steps.section(StepKind.WEIGHT_GRADIENT, l, weightGradient(l)));
            sections.add(steps.section(StepKind.BIAS_GRADIENT, l, biasGradient(l)));
        }
        return sections;
    }

    private String outputError() {
        int depth = network.depth();
        String g = names.upstream(depth);
        String code = "# grad_a C for each example (a column each), not divided by m\n"
                + g + " = " + NumpyFunctions.outputGradient(network.loss(), network.outputActivation(),
                        names.a(depth), names.y()) + "\n"
                + NumpyDerivation.check(g) + "\n";
        String jacobianRow = g + "[:, [k]].T";
        return code + throughActivation(StepKind.OUTPUT_ERROR, depth, g, jacobianRow, g);
    }

    private String hidden(int l) {
        String g = names.upstream(l);
        String next = names.delta(l + 1);
        String weights = names.weights(l + 1);
        String code = "# through z" + (l + 1) + " = " + weights + " a" + l + " + b" + (l + 1) + " the VJP is "
                + weights + "^T g: what reaches a" + l + " from above\n"
                + g + " = " + weights + ".T @ " + next + "\n"
                + NumpyDerivation.check(g) + "\n";
        String jacobianRow = next + "_jacobian[:, [k]].T @ " + weights;
        return code + throughActivation(StepKind.BACKWARD, l, g, jacobianRow, null);
    }

    /**
     * δ^l three ways from what reaches a^l: the VJP from g; the Jacobian chain from the 1 × n row
     * {@code jacobianRow} (of example k) times J^l; the component-wise sums, from g's entries at the output
     * layer (outputG) or else from W^{l+1} and the component-wise δ^{l+1}.
     */
    private String throughActivation(StepKind kind, int l, String g, String jacobianRow, String outputG) {
        Activation activation = network.layer(l).activation();
        String z = names.z(l);
        String delta = names.delta(l);
        String n = Integer.toString(network.size(l));
        StringBuilder out = new StringBuilder();
        out.append("# 1. The vector-Jacobian product (the window's view \"")
                .append(steps.viewTitle(kind, l, ViewKind.VJP, "VJP")).append("\")\n");
        if (activation.isElementwise()) {
            out.append("# sigma acts unit by unit, so its Jacobian is diagonal and J^T g = g * sigma'(z): the Hadamard shortcut\n");
            out.append(delta).append(" = ").append(g).append(" * ").append(NumpyFunctions.slope(activation))
                    .append("(").append(z).append(")\n");
        } else {
            out.append("# softmax mixes the units: J^T g = s * (g - (s^T g) 1), without building J\n");
            out.append("s = ").append(names.a(l)).append("\n");
            out.append(delta).append(" = s * (").append(g).append(" - np.sum(s * ").append(g)
                    .append(", axis=0, keepdims=True))\n");
        }
        out.append(NumpyDerivation.check(delta)).append('\n');

        out.append("# 2. The Jacobian chain (the window's view \"")
                .append(steps.viewTitle(kind, l, ViewKind.JACOBIAN, "Jacobian chain")).append("\"), one example at a time:\n")
                .append("# the row dC/dz").append(l).append(" (numerator layout) times every Jacobian, then transposed into the column delta\n");
        out.append(delta).append("_jacobian = np.zeros_like(").append(z).append(")\n");
        out.append("for k in range(m):\n");
        if (activation.isElementwise()) {
            out.append("    J").append(l).append(" = np.diag(").append(NumpyFunctions.slope(activation)).append("(")
                    .append(z).append("[:, k]))  # da").append(l).append("/dz").append(l).append(", ").append(n)
                    .append(" x ").append(n).append(", diagonal\n");
        } else {
            out.append("    J").append(l).append(" = softmax_jacobian(").append(z).append("[:, [k]])  # the full softmax Jacobian, ")
                    .append(n).append(" x ").append(n).append(", not diagonal\n");
        }
        out.append("    dC_dz").append(l).append(" = ").append(jacobianRow).append(" @ J").append(l)
                .append("  # 1 x ").append(n).append(", a row\n");
        out.append("    ").append(delta).append("_jacobian[:, [k]] = dC_dz").append(l).append(".T\n");
        out.append("check(\"").append(delta).append(" (Jacobian chain)\", ").append(delta).append("_jacobian, ")
                .append(delta).append(")\n\n");

        out.append("# 3. Component-wise (the window's view \"")
                .append(steps.viewTitle(kind, l, ViewKind.COMPONENT, "Component-wise")).append("\"), one entry at a time\n");
        out.append(componentWise(l, activation, outputG));
        out.append("check(\"").append(delta).append(" (component-wise)\", ").append(delta).append("_components, ")
                .append(delta).append(")\n");
        if (!activation.isElementwise()) {
            out.append("\n# The Hadamard shortcut would use only the Jacobian's diagonal s * (1 - s), and be wrong here:\n")
                    .append("print(\"max |g * s(1 - s) - delta| =\", np.max(np.abs(").append(g)
                    .append(" * s * (1 - s) - ").append(delta).append(")))\n");
        }
        return out.toString();
    }

    /** The loops: g_j at the output or Σ_k w^{l+1}_{kj} δ^{l+1}_k below, then through σ′ or the softmax sum. */
    private String componentWise(int l, Activation activation, String outputG) {
        String delta = names.delta(l);
        String z = names.z(l);
        StringBuilder out = new StringBuilder();
        out.append(delta).append("_components = np.zeros_like(").append(z).append(")\n");
        out.append("for example in range(m):\n");
        String g;
        if (outputG != null) {
            g = "dC_da";
            out.append("    dC_da = ").append(outputG).append("[:, example]\n");
        } else {
            g = "dC_da";
            String weights = names.weights(l + 1);
            String next = names.delta(l + 1) + "_components";
            out.append("    dC_da = np.zeros(").append(network.size(l)).append(")\n");
            out.append("    for j in range(").append(network.size(l)).append("):\n");
            out.append("        for k in range(").append(network.size(l + 1)).append("):\n");
            out.append("            dC_da[j] += ").append(weights).append("[k, j] * ").append(next)
                    .append("[k, example]  # sum over k of w_kj delta_k\n");
        }
        out.append("    for j in range(").append(network.size(l)).append("):\n");
        if (activation.isElementwise()) {
            out.append("        ").append(delta).append("_components[j, example] = ").append(g).append("[j] * ")
                    .append(NumpyFunctions.slope(activation)).append("(").append(z).append("[j, example])\n");
        } else {
            String s = names.a(l);
            out.append("        total = 0.0\n");
            out.append("        for i in range(").append(network.size(l)).append("):\n");
            out.append("            total += ").append(g).append("[i] * ").append(s).append("[i, example] * ((1.0 if i == j else 0.0) - ")
                    .append(s).append("[j, example])  # da_i/dz_j = s_i([i = j] - s_j)\n");
            out.append("        ").append(delta).append("_components[j, example] = total\n");
        }
        return out.toString();
    }

    private String weightGradient(int l) {
        String gradient = names.weightGradient(l);
        String delta = names.delta(l);
        String previous = names.a(l - 1);
        String formula = network.batchSize() == 1 ? "delta^" + l + " (a^" + (l - 1) + ")^T (m = 1)"
                : "(1/m) Delta^" + l + " (A^" + (l - 1) + ")^T: the mean over the batch of delta_k (a_k)^T";
        return gradient + " = " + delta + " @ " + previous + ".T / m  # " + formula + "\n"
                + NumpyDerivation.check(gradient)
                + "check(\"" + gradient + " (Jacobian chain)\", " + delta + "_jacobian @ " + previous + ".T / m, "
                + gradient + ")\n"
                + gradient + "_components = np.zeros_like(" + names.weights(l) + ")\n"
                + "for j in range(" + network.size(l) + "):\n"
                + "    for i in range(" + network.size(l - 1) + "):\n"
                + "        for example in range(m):\n"
                + "            " + gradient + "_components[j, i] += " + delta + "_components[j, example] * " + previous
                + "[i, example] / m\n"
                + "check(\"" + gradient + " (component-wise)\", " + gradient + "_components, " + gradient + ")\n";
    }

    private String biasGradient(int l) {
        String gradient = names.biasGradient(l);
        String delta = names.delta(l);
        return gradient + " = np.sum(" + delta + ", axis=1, keepdims=True) / m  # the mean of the columns, "
                + network.size(l) + " x 1\n"
                + NumpyDerivation.check(gradient)
                + "check(\"" + gradient + " (Jacobian chain)\", np.sum(" + delta + "_jacobian, axis=1, keepdims=True) / m, "
                + gradient + ")\n"
                + "check(\"" + gradient + " (component-wise)\", np.sum(" + delta + "_components, axis=1, keepdims=True) / m, "
                + gradient + ")\n";
    }
}
