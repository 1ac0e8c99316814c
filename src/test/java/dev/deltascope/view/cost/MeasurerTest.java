package dev.deltascope.view.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.cost.BackwardTimer;
import dev.deltascope.cost.Timing;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasurerTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> published = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static Network network() {
        return new Network("2-3-2", 2, Initialisation.layers(2, List.of(3, 2), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE), 1),
                HalfSquaredError.INSTANCE, Matrix.column(0.5, -0.5), Matrix.column(1, 0), 0.5, 1);
    }

    /** Waits until everything queued on the background thread so far has run. */
    private void drain() throws Exception {
        background.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void everyMeasurementIsPublishedInOrderWithItsProgress() throws Exception {
        Measurer measurer = new Measurer(background, Runnable::run, 1_000_000);
        List<Timing> timings = Collections.synchronizedList(new ArrayList<>());
        List<Function<BackwardTimer, Runnable>> tasks = List.of(
                timer -> {
                    Timing timing = timer.node(network(), 1);
                    return () -> timings.add(timing);
                },
                timer -> {
                    Timing timing = timer.wholePass(network());
                    return () -> timings.add(timing);
                });

        measurer.request(tasks);
        drain();

        assertEquals(2, timings.size());
        assertEquals(1.0, measurer.progressProperty().get());
        assertFalse(measurer.runningProperty().get());
    }

    @Test
    void aNewRequestStopsTheRunningMeasurementAndNothingOfItIsPublished() throws Exception {
        Measurer measurer = new Measurer(background, Runnable::run, 600_000_000_000L);
        CountDownLatch started = new CountDownLatch(1);
        measurer.request(List.of(
                timer -> {
                    started.countDown();
                    timer.node(network(), 1);
                    return () -> published.add("first");
                },
                timer -> () -> published.add("after first")));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        long start = System.nanoTime();

        measurer.request(List.of(timer -> () -> published.add("second")));
        drain();

        assertEquals(List.of("second"), published);
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "the first measurement was not stopped");
        assertFalse(measurer.runningProperty().get());
    }

    @Test
    void aCancelledRequestPublishesNothingMore() throws Exception {
        Measurer measurer = new Measurer(background, Runnable::run, 600_000_000_000L);
        CountDownLatch started = new CountDownLatch(1);
        measurer.request(List.of(timer -> {
            started.countDown();
            timer.wholePass(network());
            return () -> published.add("first");
        }));
        assertTrue(started.await(30, TimeUnit.SECONDS));

        measurer.cancel();
        drain();

        assertEquals(List.of(), published);
        assertFalse(measurer.runningProperty().get());
    }

    @Test
    void aFailingMeasurementIsReportedAndTheRestStillRun() throws Exception {
        Measurer measurer = new Measurer(background, Runnable::run, 1_000_000);

        measurer.request(List.of(
                timer -> timer.node(network(), 5) == null ? null : () -> published.add("impossible"),
                timer -> () -> published.add("second")));
        drain();

        assertEquals(List.of("second"), published);
        assertEquals("A measurement failed: layer 5 is not in 1..2", measurer.problemProperty().get());
    }
}
