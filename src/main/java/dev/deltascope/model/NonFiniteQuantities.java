package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Finds the quantities of a trace that hold a NaN or an infinity, named as the derivation writes them. */
final class NonFiniteQuantities {

    private NonFiniteQuantities() {
    }

    /** See {@link Trace#nonFiniteQuantities()}. */
    static List<String> of(Trace trace) {
        Network network = trace.network();
        ForwardPass forward = trace.forward();
        int depth = network.depth();
        List<String> names = new ArrayList<>();
        add(names, "a^0", network.inputs());
        add(names, "y", network.targets());
        for (int l = 1; l <= depth; l++) {
            add(names, "W^" + l, network.layer(l).weights());
            add(names, "b^" + l, network.layer(l).biases());
        }
        for (int l = 1; l <= depth; l++) {
            add(names, "z^" + l, forward.z(l));
            add(names, "a^" + l, forward.a(l));
        }
        if (!Double.isFinite(forward.cost())) {
            names.add("cost");
        }
        List<Gradients> methods = List.of(trace.vjp(), trace.jacobian(), trace.componentWise());
        for (int l = depth; l >= 1; l--) {
            int layer = l;
            addAny(names, "∂C/∂a^" + l, methods, g -> g.upstream(layer));
            addAny(names, "δ^" + l, methods, g -> g.delta(layer));
        }
        for (int l = depth; l >= 1; l--) {
            int layer = l;
            addAny(names, "∂C/∂W^" + l, methods, g -> g.weightGradient(layer));
            addAny(names, "∂C/∂b^" + l, methods, g -> g.biasGradient(layer));
        }
        if (trace.check().parameters().stream().anyMatch(p -> !Double.isFinite(p.numeric()))) {
            names.add("finite differences");
        }
        return List.copyOf(names);
    }

    private static void add(List<String> names, String name, Matrix values) {
        if (!values.isFinite()) {
            names.add(name);
        }
    }

    private static void addAny(List<String> names, String name, List<Gradients> methods,
            Function<Gradients, Matrix> quantity) {
        if (methods.stream().anyMatch(method -> !quantity.apply(method).isFinite())) {
            names.add(name);
        }
    }
}
