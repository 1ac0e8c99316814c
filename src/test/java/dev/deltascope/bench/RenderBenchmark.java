package dev.deltascope.bench;

import dev.deltascope.render.Formula;
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
 * One backward step's two formulas (symbolic and numeric) of the default network, in steady state:
 * laid out only (what the step view does before drawing vectors onto its Canvas), drawn to images
 * warm (a new cache each time, so every formula is parsed, laid out and drawn), and taken from a
 * cache that already holds them. JLaTeXMath's one-time start cost is paid in the set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    /** The step's formulas, with JLaTeXMath warmed up the way the app does it at start. */
    @State(Scope.Benchmark)
    public static class StepFormulas {

        List<String> latex;

        @Setup
        public void warmUp() {
            RenderWarmUp.start().join();
            latex = BackwardStepFormulas.latex();
        }
    }

    /** The image scale, and a cache already holding the step's images at that scale. */
    @State(Scope.Benchmark)
    public static class Scale {

        @Param({"1", "2"})
        public double scale;

        FormulaCache<FormulaImage> filled;

        @Setup
        public void fill(StepFormulas formulas) {
            filled = BackwardStepFormulas.newCache();
            BackwardStepFormulas.render(filled, formulas.latex, scale);
        }
    }

    @Benchmark
    public Formula[] layout(StepFormulas formulas) {
        return BackwardStepFormulas.layout(formulas.latex);
    }

    @Benchmark
    public FormulaImage[] warm(StepFormulas formulas, Scale scale) {
        return BackwardStepFormulas.render(BackwardStepFormulas.newCache(), formulas.latex, scale.scale);
    }

    @Benchmark
    public FormulaImage[] cached(StepFormulas formulas, Scale scale) {
        return BackwardStepFormulas.render(scale.filled, formulas.latex, scale.scale);
    }
}
