package dev.deltascope.bench;

import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.GradientMethod;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.Network;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine: the forward pass, and each backward method alone and after a fresh forward pass,
 * for every preset and for n-n-n sigmoid networks of width 16 to 1024.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

    /** The network, and its forward pass computed once. */
    @State(Scope.Benchmark)
    public static class NetworkState {

        @Param({"default", "classic", "softmax", "deep-sigmoid", "relu", "mini-batch",
            "width-16", "width-64", "width-256", "width-1024"})
        public String network;

        Network loaded;
        ForwardPass forward;

        @Setup
        public void load() {
            loaded = BenchmarkNetworks.named(network);
            forward = ForwardPass.of(loaded);
        }
    }

    /** The backward method, by its short name. */
    @State(Scope.Benchmark)
    public static class MethodState {

        @Param({"vjp", "jacobian", "component"})
        public String method;

        GradientMethod chosen;

        @Setup
        public void choose() {
            chosen = GradientMethod.all().stream().filter(m -> m.name().equals(method)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("method: no gradient method named '" + method + "'"));
        }
    }

    @Benchmark
    public ForwardPass forward(NetworkState state) {
        return ForwardPass.of(state.loaded);
    }

    @Benchmark
    public Gradients backward(NetworkState state, MethodState method) {
        return method.chosen.backward(state.forward);
    }

    @Benchmark
    public Gradients forwardAndBackward(NetworkState state, MethodState method) {
        return method.chosen.backward(ForwardPass.of(state.loaded));
    }
}
