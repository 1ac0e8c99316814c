package dev.deltascope.bench;

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
 * A backward step's two formulas drawn once in a fresh JVM, one measurement per fork:
 * {@code firstRender} with nothing warmed (JLaTeXMath loads its fonts and tables inside the
 * measurement), {@code afterWarmUp} after the app's background warm-up has finished, which is
 * what the first step a person opens costs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstFormulaBenchmark {

    /** The formulas and the scale; builds the derivation but touches no JLaTeXMath code. */
    @State(Scope.Benchmark)
    public static class Formulas {

        @Param({"1", "2"})
        public double scale;

        List<String> latex;

        @Setup
        public void build() {
            latex = BackwardStepFormulas.latex();
        }
    }

    /** JLaTeXMath warmed up the way the app does it at start. */
    @State(Scope.Benchmark)
    public static class WarmedUp {

        @Setup
        public void warmUp() {
            RenderWarmUp.start().join();
        }
    }

    @Benchmark
    public FormulaImage[] firstRender(Formulas formulas) {
        return BackwardStepFormulas.render(BackwardStepFormulas.newCache(), formulas.latex, formulas.scale);
    }

    @Benchmark
    public FormulaImage[] afterWarmUp(Formulas formulas, WarmedUp warmedUp) {
        return BackwardStepFormulas.render(BackwardStepFormulas.newCache(), formulas.latex, formulas.scale);
    }
}
