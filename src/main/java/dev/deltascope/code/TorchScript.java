package dev.deltascope.code;

import dev.deltascope.Version;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * derivation_torch.py: the network as {@code torch.nn.Linear} layers in float64 with Deltascope's weights
 * copied in, autograd with {@code retain_grad} on every z to expose δ, checks that autograd's δ, ∂C/∂W and
 * ∂C/∂b are Deltascope's, and one {@code torch.optim.SGD} step checked against the window's update. PyTorch
 * keeps each example as a row (z = a Wᵀ + b, a batch is m × n), so the per-example values here are the
 * window's transposed.
 */
final class TorchScript {

    private final Network network;
    private final Trace trace;
    private final DerivationSteps steps;
    private final PythonNames names;
    private final boolean columns = CodeFormat.PYTORCH.examplesAsColumns();

    private TorchScript(Derivation derivation) {
        this.trace = derivation.trace();
        this.network = trace.network();
        this.steps = new DerivationSteps(derivation);
        this.names = new PythonNames(network.batchSize() > 1);
    }

    static String text(Derivation derivation) {
        return new TorchScript(derivation).script();
    }

    private String script() {
        int depth = network.depth();
        int m = network.batchSize();
        String title = PythonText.comment(network.title());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title.isEmpty() ? "A network" : title).append(": the same network in PyTorch, checked against Deltascope.\n");
        out.append("# Written by Deltascope ").append(Version.number()).append(". Run it with: python3 ")
                .append(CodeFormat.PYTORCH.fileName()).append("\n#\n");
        out.append("""
                # The window follows Nielsen: z^l = W^l a^(l-1) + b^l with a^(l-1) a column, and a batch's examples as columns.
                # PyTorch's own layout has each example as a ROW: a batch of m examples is an m x n tensor. Its
                # torch.nn.Linear(n_(l-1), n_l) holds layer.weight, which is W^l exactly: n_l x n_(l-1) (out x in, row j
                # holds the weights into unit j), and it computes z = a @ W.T + b for rows a, the window's z^l transposed.
                # So every z, a and delta here is the window's transposed (row k is example k), while the weights, their
                # gradients and the biases are the same numbers.
                # The cost is the mean over the batch, so autograd's z.grad is dC/dz = delta / m, where Deltascope's delta
                # (row k here) is dC_k/dz^l of example k alone: delta = m * z.grad.

                import torch

                torch.set_default_dtype(torch.float64)

                RTOL = 1e-9  # how close each quantity must be to Deltascope's number, relative
                ATOL = 1e-12  # and absolute, for entries at or near zero


                def check(name, value, expected):
                    \"""Prints a quantity and asserts that it equals Deltascope's.\"""
                    value = value.detach() if isinstance(value, torch.Tensor) else torch.tensor(value)
                    print(name, "=")
                    print(value)
                    torch.testing.assert_close(value, torch.as_tensor(expected), rtol=RTOL, atol=ATOL, msg=name)


                """);
        out.append("# Every number Deltascope computed, to full precision, in PyTorch's layout (rows are examples)\n");
        out.append(ComputedValues.dictionary(ComputedValues.of(trace, names, false), "torch.tensor", columns));
        out.append("\n# The network: torch.nn.Linear layers with Deltascope's weights and biases copied in\n");
        for (int l = 1; l <= depth; l++) {
            out.append("layer").append(l).append(" = torch.nn.Linear(").append(network.size(l - 1)).append(", ")
                    .append(network.size(l)).append(")  # layer").append(l).append(".weight is W^").append(l)
                    .append(", ").append(network.size(l)).append(" x ").append(network.size(l - 1)).append(" (out x in)\n");
        }
        out.append("with torch.no_grad():\n");
        for (int l = 1; l <= depth; l++) {
            DenseLayer layer = network.layer(l);
            out.append("    layer").append(l).append(".weight.copy_(")
                    .append(PythonText.matrixByRows("torch.tensor", layer.weights(), 4)).append(")\n");
            out.append("    layer").append(l).append(".bias.copy_(")
                    .append(PythonText.vector("torch.tensor", layer.biases().column(0))).append(")\n");
        }
        out.append("# ").append(m == 1 ? "the input and the target, each one row" : "the inputs and the targets, one example per row")
                .append(" (the window's columns, transposed)\n");
        out.append(names.a(0)).append(" = ").append(PythonText.matrix("torch.tensor", network.inputs().transpose(), 0)).append('\n');
        out.append(names.y()).append(" = ").append(PythonText.matrix("torch.tensor", network.targets().transpose(), 0)).append('\n');
        out.append("eta = ").append(PythonText.number(network.learningRate())).append("  # the learning rate\n");
        out.append("m = ").append(names.a(0)).append(".shape[0]  # the number of examples\n\n");

        out.append("# The forward pass, keeping the gradient of every z (retain_grad) so that autograd exposes delta\n");
        for (int l = 1; l <= depth; l++) {
            String z = names.z(l);
            out.append("# ").append(steps.heading(StepKind.FORWARD_LINEAR, l)).append(" and ")
                    .append(steps.heading(StepKind.FORWARD_ACTIVATION, l)).append('\n');
            out.append(z).append(" = layer").append(l).append("(").append(names.a(l - 1)).append(")  # = ")
                    .append(names.a(l - 1)).append(" @ layer").append(l).append(".weight.T + layer").append(l).append(".bias\n");
            out.append(z).append(".retain_grad()\n");
            out.append(names.a(l)).append(" = ").append(activation(network.layer(l).activation(), z)).append('\n');
            out.append(check(z)).append(check(names.a(l)));
        }
        out.append("\n# ").append(steps.heading(StepKind.COST, depth)).append('\n');
        out.append(cost()).append(check("C"));

        out.append("\n# The backward pass by autograd: every z.grad is dC/dz = delta / m\nC.backward()\n");
        for (int l = depth; l >= 1; l--) {
            StepKind kind = l == depth ? StepKind.OUTPUT_ERROR : StepKind.BACKWARD;
            out.append("# ").append(steps.heading(kind, l)).append(", ")
                    .append(steps.heading(StepKind.WEIGHT_GRADIENT, l)).append(", ")
                    .append(steps.heading(StepKind.BIAS_GRADIENT, l)).append('\n');
            out.append(names.delta(l)).append(" = m * ").append(names.z(l)).append(".grad\n");
            out.append(check(names.delta(l)));
            out.append("check(\"").append(names.weightGradient(l)).append("\", layer").append(l)
                    .append(".weight.grad, deltascope[\"").append(names.weightGradient(l)).append("\"])\n");
            out.append("check(\"").append(names.biasGradient(l)).append("\", layer").append(l)
                    .append(".bias.grad, deltascope[\"").append(names.biasGradient(l)).append("\"])\n");
        }
        out.append("\n# One step of gradient descent with torch.optim.SGD: W <- W - eta dC/dW, b <- b - eta dC/db, as the window's\n# ");
        List<String> updates = new ArrayList<>();
        for (int l = depth; l >= 1; l--) {
            updates.add(steps.heading(StepKind.UPDATE, l));
        }
        out.append(String.join(", ", updates)).append('\n');
        List<String> parameters = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            parameters.add("*layer" + l + ".parameters()");
        }
        out.append("optimizer = torch.optim.SGD([").append(String.join(", ", parameters)).append("], lr=eta)\n");
        out.append("optimizer.step()\n");
        for (int l = depth; l >= 1; l--) {
            out.append("check(\"").append(names.updatedWeights(l)).append("\", layer").append(l)
                    .append(".weight, deltascope[\"").append(names.updatedWeights(l)).append("\"])\n");
            out.append("check(\"").append(names.updatedBiases(l)).append("\", layer").append(l)
                    .append(".bias, deltascope[\"").append(names.updatedBiases(l)).append("\"])\n");
        }
        out.append("\n# ").append(steps.heading(StepKind.SUMMARY, depth))
                .append(": BP1-BP4 are what autograd computed above; the size of each layer's error\n");
        for (int l = depth; l >= 1; l--) {
            out.append("print(\"||").append(names.delta(l)).append("|| =\", torch.linalg.norm(").append(names.delta(l))
                    .append(").item())\n");
        }
        out.append("print(\"autograd and torch.optim.SGD agree with Deltascope\")\n");
        return out.toString();
    }

    private static String activation(Activation activation, String z) {
        if (activation instanceof Softmax) {
            return "torch.softmax(" + z + ", dim=1)  # over each row, one example";
        }
        return switch (activation.name()) {
            case "sigmoid" -> "torch.sigmoid(" + z + ")";
            case "tanh" -> "torch.tanh(" + z + ")";
            case "relu" -> "torch.relu(" + z + ")  # autograd takes sigma'(0) = 0, as Deltascope does";
            default -> z + "  # identity";
        };
    }

    /** The mean cost over the batch; cross-entropy from the logits z (log-sum-exp, softplus). */
    private String cost() {
        int depth = network.depth();
        String z = names.z(depth);
        String a = names.a(depth);
        String y = names.y();
        if (!(network.loss() instanceof CrossEntropy)) {
            return "C = (0.5 * (" + a + " - " + y + ") ** 2).sum(dim=1).mean()  # the mean over the batch\n";
        }
        if (network.outputActivation() instanceof Softmax) {
            return "C = -(" + y + " * torch.log_softmax(" + z + ", dim=1)).sum(dim=1).mean()"
                    + "  # from the logits z, by log-sum-exp\n";
        }
        return "C = (" + y + " * torch.logaddexp(torch.zeros_like(" + z + "), -" + z + ") + (1 - " + y
                + ") * torch.logaddexp(torch.zeros_like(" + z + "), " + z + ")).sum(dim=1).mean()"
                + "  # from the logits z: -ln a = softplus(-z)\n";
    }

    private static String check(String name) {
        return NumpyDerivation.check(name);
    }
}
