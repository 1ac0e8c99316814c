package dev.deltascope.code;

import dev.deltascope.Version;
import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The derivation as NumPy code, in sections: the network and Deltascope's numbers, then one section per step
 * of the window (forward, cost, the backward pass three ways, the gradients, the update), then a
 * finite-difference check. Vectors are columns (Nielsen's convention, the window's): z = W a + b, a batch's
 * examples are the columns of an n × m matrix.
 */
final class NumpyDerivation {

    private final Trace trace;
    private final Network network;
    private final DerivationSteps steps;
    private final PythonNames names;

    NumpyDerivation(Derivation derivation) {
        this.trace = derivation.trace();
        this.network = trace.network();
        this.steps = new DerivationSteps(derivation);
        this.names = new PythonNames(network.batchSize() > 1);
    }

    /** Every section, in the order the script runs them. */
    List<CodeSection> sections() {
        NumpyBackward backward = new NumpyBackward(trace, steps, names);
        List<CodeSection> sections = new ArrayList<>();
        sections.add(CodeSection.plain("Setup", setup()));
        sections.add(CodeSection.plain("The network", theNetwork()));
        sections.add(CodeSection.plain("What Deltascope computed", values()));
        int depth = network.depth();
        for (int l = 1; l <= depth; l++) {
            sections.add(steps.section(StepKind.FORWARD_LINEAR, l, linear(l)));
            sections.add(steps.section(StepKind.FORWARD_ACTIVATION, l, activation(l)));
        }
        sections.add(steps.section(StepKind.COST, depth, cost()));
        sections.addAll(backward.sections());
        for (int l = depth; l >= 1; l--) {
            sections.add(steps.section(StepKind.UPDATE, l, update(l)));
        }
        sections.add(steps.section(StepKind.SUMMARY, depth, summary()));
        sections.add(CodeSection.plain("Finite differences", new NumpyFiniteDifferences(network, names).code()));
        return sections;
    }

    /** The size of every layer's error and the ratio from one layer to the next, as the summary step shows them. */
    private String summary() {
        int depth = network.depth();
        StringBuilder out = new StringBuilder("# BP1-BP4 are the steps above; the size of each layer's error (over every example):\n");
        for (int l = depth; l >= 1; l--) {
            String delta = names.delta(l);
            out.append("check(\"||").append(delta).append("||\", np.linalg.norm(").append(delta)
                    .append("), np.linalg.norm(deltascope[\"").append(delta).append("\"]))\n");
        }
        for (int l = depth - 1; l >= 1; l--) {
            out.append("print(\"||").append(names.delta(l)).append("|| / ||").append(names.delta(l + 1))
                    .append("|| =\", np.linalg.norm(").append(names.delta(l)).append(") / np.linalg.norm(")
                    .append(names.delta(l + 1)).append("))\n");
        }
        return out.toString();
    }

    private String setup() {
        return """
                import numpy as np

                RTOL = 1e-9  # how close each quantity must be to Deltascope's number, relative
                ATOL = 1e-12  # and absolute, for entries at or near zero


                def check(name, value, expected):
                    \"""Prints a quantity and asserts that it equals the expected one (Deltascope's, or another method's).\"""
                    print(name, "=")
                    print(value)
                    np.testing.assert_allclose(value, expected, rtol=RTOL, atol=ATOL, err_msg=name)


                """ + NumpyFunctions.definitions(activations());
    }

    private Set<Activation> activations() {
        Set<Activation> used = new LinkedHashSet<>();
        for (DenseLayer layer : network.layers()) {
            used.add(layer.activation());
        }
        return used;
    }

    private String theNetwork() {
        StringBuilder out = new StringBuilder();
        for (int l = 1; l <= network.depth(); l++) {
            DenseLayer layer = network.layer(l);
            out.append(assignment(names.weights(l), layer.weights(), "W^" + l + ", " + shape(l, l - 1)
                    + ": row j holds the weights into unit j"));
            out.append(assignment(names.biases(l), layer.biases(), "b^" + l + ", " + network.size(l) + " x 1"));
        }
        int m = network.batchSize();
        String examples = m == 1 ? "the input" : "the inputs, one example per column";
        out.append(assignment(names.a(0), network.inputs(), examples + ", " + network.size(0) + " x " + m));
        out.append(assignment(names.y(), network.targets(), (m == 1 ? "the target" : "the targets, one per column")
                + ", " + network.size(network.depth()) + " x " + m));
        out.append("eta = ").append(PythonText.number(network.learningRate())).append("  # the learning rate\n");
        out.append("m = ").append(names.a(0)).append(".shape[1]  # the number of examples\n");
        return out.toString();
    }

    private String values() {
        return "# Every number Deltascope computed, to full precision (the window rounds them to the digits it shows)\n"
                + ComputedValues.dictionary(ComputedValues.of(trace, names, true), "np.array",
                        CodeFormat.NUMPY.examplesAsColumns());
    }

    private String shape(int rowsLayer, int columnsLayer) {
        return network.size(rowsLayer) + " x " + network.size(columnsLayer);
    }

    private static String assignment(String name, Matrix value, String comment) {
        return "# " + comment + "\n" + name + " = " + PythonText.matrixByRows("np.array", value, 0) + "\n";
    }

    /** The script's opening comment: what it is, the convention and what it checks. */
    String header(String fileName) {
        String title = PythonText.comment(network.title());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title.isEmpty() ? "A network" : title)
                .append(": the derivation Deltascope shows, in NumPy.\n");
        out.append("# Written by Deltascope ").append(Version.number()).append(". Run it with: python3 ")
                .append(fileName).append("\n#\n");
        out.append("""
                # Notation as in the window (Nielsen, chapter 2): layer l has n_l units, z^l = W^l a^(l-1) + b^l,
                # a^l = sigma(z^l), and W^l is n_l x n_(l-1) (row j holds the weights into unit j).
                """);
        if (network.batchSize() == 1) {
            out.append("# Vectors are columns: a0 and y are columns, and so are every z, a and delta (n_l x 1).\n");
        } else {
            out.append("""
                    # Vectors are columns, and the m examples of the mini-batch are the columns of A0 (n_0 x m), so every
                    # Z, A and Delta is n_l x m. The cost is the mean over the batch, C = (1/m) sum_k C_k. Column k of
                    # Delta^l is delta^l of example k alone (dC_k/dz^l, not divided by m); the gradients divide by m:
                    # dC/dW^l = (1/m) Delta^l (A^(l-1))^T and dC/db^l is the mean of Delta^l's columns.
                    """);
        }
        out.append("""
                # Every quantity is printed and checked against the number Deltascope computed (the dictionary
                # `deltascope` below); the three ways of the backward pass are checked against each other, and the
                # gradients against finite differences.
                """);
        return out.toString();
    }

    private String linear(int l) {
        String code = names.z(l) + " = " + names.weights(l) + " @ " + names.a(l - 1) + " + " + names.biases(l);
        if (network.batchSize() > 1) {
            code += "  # b" + l + " (a column) is added to every column: b^" + l + " 1^T";
        }
        return code + "\n" + check(names.z(l));
    }

    private String activation(int l) {
        return names.a(l) + " = " + NumpyFunctions.apply(network.layer(l).activation(), names.z(l)) + "\n"
                + check(names.a(l));
    }

    private String cost() {
        int depth = network.depth();
        List<String> lines = new ArrayList<>(NumpyFunctions.exampleCosts(network.loss(),
                network.outputActivation(), names.z(depth), names.a(depth), names.y()));
        String comment = "# C_k, the cost of each example\n";
        if (network.loss() instanceof CrossEntropy) {
            comment = "# C_k, the cost of each example, from the logits z by "
                    + (network.outputActivation() instanceof Softmax ? "log-sum-exp" : "softplus")
                    + ", which stays exact when an output saturates\n";
        }
        return comment + String.join("\n", lines) + "\n"
                + "C = np.mean(C_k)  # the mean over the batch\n" + check("C");
    }

    private String update(int l) {
        return names.updatedWeights(l) + " = " + names.weights(l) + " - eta * " + names.weightGradient(l) + "\n"
                + names.updatedBiases(l) + " = " + names.biases(l) + " - eta * " + names.biasGradient(l) + "\n"
                + check(names.updatedWeights(l)) + check(names.updatedBiases(l));
    }

    /** {@code check("z1", z1, deltascope["z1"])}: the quantity against Deltascope's value of the same name. */
    static String check(String name) {
        return "check(\"" + name + "\", " + name + ", deltascope[\"" + name + "\"])\n";
    }
}
