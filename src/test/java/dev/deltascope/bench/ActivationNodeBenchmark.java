package dev.deltascope.bench;

import dev.deltascope.model.JacobianChain;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Sigmoid;
import java.util.SplittableRandom;
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
 * One sigmoid node's backward rule alone, for a column of n units: the Hadamard VJP g ⊙ σ′(z)
 * (n multiplies, n numbers) against building J = diag(σ′(z)) and multiplying gᵀJ (n² multiply-adds,
 * n² numbers). This is where the Jacobian's cost grows like n; in a whole network the weight
 * product Wᵀg, n² in both methods, hides most of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ActivationNodeBenchmark {

    @Param({"16", "64", "256", "1024"})
    public int width;

    private Matrix z;
    private Matrix g;
    private Matrix gRow;

    @Setup
    public void draw() {
        SplittableRandom random = new SplittableRandom(width);
        double[] zValues = new double[width];
        double[] gValues = new double[width];
        for (int i = 0; i < width; i++) {
            zValues[i] = 4 * random.nextDouble() - 2;
            gValues[i] = 2 * random.nextDouble() - 1;
        }
        z = Matrix.column(zValues);
        g = Matrix.column(gValues);
        gRow = g.transpose();
    }

    @Benchmark
    public Matrix hadamardVjp() {
        return Sigmoid.INSTANCE.vjp(z, g);
    }

    @Benchmark
    public Matrix jacobianProduct() {
        return JacobianChain.throughActivation(gRow, Sigmoid.INSTANCE.jacobian(z));
    }
}
