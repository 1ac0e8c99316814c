package dev.deltascope.bench;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
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
 * What an edit costs before anything is drawn: the trace (forward pass, three backward methods,
 * finite-difference check), the whole derivation built from a ready trace, and both together.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DerivationBenchmark {

    @Param({"default", "width-16", "width-64"})
    public String network;

    private Network loaded;
    private Trace trace;

    @Setup
    public void trace() {
        loaded = BenchmarkNetworks.named(network);
        trace = Trace.of(loaded);
    }

    @Benchmark
    public Trace traceOnly() {
        return Trace.of(loaded);
    }

    @Benchmark
    public Derivation buildFromTrace() {
        return DerivationBuilder.build(trace, NumberStyle.DEFAULT);
    }

    @Benchmark
    public Derivation traceAndBuild() {
        return DerivationBuilder.build(Trace.of(loaded), NumberStyle.DEFAULT);
    }
}
