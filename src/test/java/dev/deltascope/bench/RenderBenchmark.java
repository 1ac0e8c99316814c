package dev.deltascope.bench;

import dev.deltascope.render.FormulaCache;
import dev.deltascope.render.FormulaImage;
import dev.deltascope.render.RenderWarmUp;
import java.util.List;
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
 * One backward step's two formulas (symbolic and numeric) of the default network drawn to images,
 * in steady state: warm (a new cache each time, so every formula is parsed, laid out and drawn) and
 * from a cache that already holds them. JLaTeXMath's one-time start cost is paid in the set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RenderBenchmark {

    @Param({"1", "2"})
    public double scale;

    private List<String> latex;
    private FormulaCache<FormulaImage> filled;

    @Setup
    public void warmUp() {
        RenderWarmUp.start().join();
        latex = BackwardStepFormulas.latex();
        filled = BackwardStepFormulas.newCache();
        BackwardStepFormulas.render(filled, latex, scale);
    }

    @Benchmark
    public FormulaImage[] warm() {
        return BackwardStepFormulas.render(BackwardStepFormulas.newCache(), latex, scale);
    }

    @Benchmark
    public FormulaImage[] cached() {
        return BackwardStepFormulas.render(filled, latex, scale);
    }
}
