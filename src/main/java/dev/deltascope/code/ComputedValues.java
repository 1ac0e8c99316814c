package dev.deltascope.code;

import dev.deltascope.model.GradientDescent;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers Deltascope computed for a trace, each under the Python name the exported code gives it, as the
 * dictionary {@code deltascope = {...}} that the code checks itself against. The gradients are the VJP's, the
 * ones every later step of the window uses; the updated parameters are the model's own gradient-descent step.
 */
final class ComputedValues {

    /** How a value is laid out: per example (a column each in the window), a weight matrix, a bias, a number. */
    enum Kind { PER_EXAMPLE, MATRIX, BIAS, NUMBER }

    /** One value: its Python name, what it is, and its numbers as the window holds them. */
    record Value(String name, Kind kind, Matrix matrix, double number) {
    }

    private ComputedValues() {
    }

    /**
     * z^l, a^l (l = 1..L); C; δ^l (l = L..1), each after ∂C/∂a^l when withUpstreams; ∂C/∂W^l, ∂C/∂b^l
     * (l = L..1); W^l and b^l after one step (l = L..1).
     */
    static List<Value> of(Trace trace, PythonNames names, boolean withUpstreams) {
        Network network = trace.network();
        Gradients gradients = trace.gradients();
        int depth = network.depth();
        List<Value> values = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            values.add(perExample(names.z(l), trace.forward().z(l)));
            values.add(perExample(names.a(l), trace.forward().a(l)));
        }
        values.add(new Value("C", Kind.NUMBER, null, trace.forward().cost()));
        for (int l = depth; l >= 1; l--) {
            if (withUpstreams) {
                values.add(perExample(names.upstream(l), gradients.upstream(l)));
            }
            values.add(perExample(names.delta(l), gradients.delta(l)));
        }
        for (int l = depth; l >= 1; l--) {
            values.add(new Value(names.weightGradient(l), Kind.MATRIX, gradients.weightGradient(l), 0));
            values.add(new Value(names.biasGradient(l), Kind.BIAS, gradients.biasGradient(l), 0));
        }
        Network updated = GradientDescent.step(network, gradients);
        for (int l = depth; l >= 1; l--) {
            values.add(new Value(names.updatedWeights(l), Kind.MATRIX, updated.layer(l).weights(), 0));
            values.add(new Value(names.updatedBiases(l), Kind.BIAS, updated.layer(l).biases(), 0));
        }
        return values;
    }

    private static Value perExample(String name, Matrix value) {
        return new Value(name, Kind.PER_EXAMPLE, value, 0);
    }

    /**
     * The dictionary as Python source. With examples as columns every matrix is written as the window holds
     * it; with examples as rows (PyTorch), per-example matrices are transposed and biases are flat lists.
     */
    static String dictionary(List<Value> values, String constructor, boolean examplesAsColumns) {
        StringBuilder out = new StringBuilder("deltascope = {\n");
        for (Value value : values) {
            out.append("    \"").append(value.name()).append("\": ").append(literal(value, constructor,
                    examplesAsColumns)).append(",\n");
        }
        return out.append("}\n").toString();
    }

    private static String literal(Value value, String constructor, boolean examplesAsColumns) {
        return switch (value.kind()) {
            case NUMBER -> PythonText.number(value.number());
            case MATRIX -> PythonText.matrix(constructor, value.matrix(), 4);
            case PER_EXAMPLE -> PythonText.matrix(constructor,
                    examplesAsColumns ? value.matrix() : value.matrix().transpose(), 4);
            case BIAS -> examplesAsColumns ? PythonText.matrix(constructor, value.matrix(), 4)
                    : PythonText.vector(constructor, value.matrix().column(0));
        };
    }
}
