package dev.deltascope.cost;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Times are never compared with each other or with a bound: the machine is noisy. */
class BackwardTimerTest {

    private static final long BUDGET = 2_000_000;

    private static Network network() {
        return new Network("2-3-3", 2,
                Initialisation.layers(2, List.of(3, 3), List.of(Sigmoid.INSTANCE, Softmax.INSTANCE), 3),
                HalfSquaredError.INSTANCE, Matrix.ofColumns(new double[][] {{0.5, -0.5}, {0.1, 0.2}}),
                Matrix.ofColumns(new double[][] {{1, 0, 0}, {0, 1, 0}}), 0.5, 3);
    }

    private static void assertFinitePositive(Timing timing) {
        assertTrue(Double.isFinite(timing.jacobianNanos()) && timing.jacobianNanos() > 0, timing.toString());
        assertTrue(Double.isFinite(timing.vjpNanos()) && timing.vjpNanos() > 0, timing.toString());
    }

    @Test
    void everyWidthOfAScaledCopyGetsFinitePositiveTimes() {
        BackwardTimer timer = new BackwardTimer(new Stopwatch(BUDGET, () -> false));
        for (int width : new int[] {1, 2, 16, 128}) {
            Network scaled = ScaledCopy.of(network(), 1, width);
            assertFinitePositive(timer.node(scaled, 1));
            assertFinitePositive(timer.step(scaled, 1));
            assertFinitePositive(timer.wholePass(scaled));
        }
        assertFinitePositive(timer.node(network(), 2));
        assertFinitePositive(timer.step(network(), 2));
    }

    @Test
    void aStopwatchTakesAtLeastTheMinimumNumberOfSamples() {
        AtomicInteger calls = new AtomicInteger();

        double median = new Stopwatch(1, () -> false).median(calls::incrementAndGet);

        assertTrue(median > 0 && Double.isFinite(median));
        assertTrue(calls.get() >= 2 + Stopwatch.MIN_SAMPLES, "calls: " + calls.get());
    }

    @Test
    void aCancelledMeasurementStopsAtTheNextCall() {
        AtomicInteger calls = new AtomicInteger();
        Stopwatch stopwatch = new Stopwatch(60_000_000_000L, () -> calls.get() >= 10);

        assertThrows(CancellationException.class, () -> stopwatch.median(calls::incrementAndGet));
        assertTrue(calls.get() == 10, "calls: " + calls.get());
    }
}
