package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StepWorkersTest {

    /** Steps that finish in a seeded random order still come back in step order, each exactly once. */
    @TestFactory
    Stream<DynamicTest> resultsComeInStepOrderWhateverOrderTheWorkFinishesIn() {
        return IntStream.range(0, 6).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            int first = random.nextInt(4);
            int last = first + random.nextInt(12);
            long[] pauses = random.longs(last + 1, 0, 8).toArray();
            List<String> taken = new ArrayList<>();
            try (StepWorkers<String> workers = new StepWorkers<>(first, last, ExportMonitor.NONE, index -> {
                pause(pauses[index]);
                return "step " + index;
            })) {
                for (int index = first; index <= last; index++) {
                    taken.add(workers.next());
                }
            }
            assertEquals(IntStream.rangeClosed(first, last).mapToObj(i -> "step " + i).toList(), taken);
        }));
    }

    /**
     * A step is handed to the threads only when the caller has taken all but a few of the steps
     * before it: each step checks, when it starts, that no more than threads + 1 steps lie between
     * it and the caller's latest call. The count of calls only grows, so correct work never trips
     * it; work handed out all at once trips it as soon as the threads outrun the caller. Step 2 must
     * still run ahead of the caller, waited for as an event.
     */
    @Test
    void stepsRunAheadOfTheCallerButOnlyAFew() throws Exception {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), 4);
        int ahead = cores <= 1 ? 0 : cores + 1;
        int last = 40;
        AtomicInteger calls = new AtomicInteger();
        List<String> tooFarAhead = new CopyOnWriteArrayList<>();
        CountDownLatch secondStarted = new CountDownLatch(1);
        try (StepWorkers<Integer> workers = new StepWorkers<>(0, last, ExportMonitor.NONE, index -> {
            int taken = calls.get();
            if (index >= taken + Math.max(ahead, 1)) {
                tooFarAhead.add("step " + (index + 1) + " started after " + taken + " calls");
            }
            if (index == 1) {
                secondStarted.countDown();
            }
            return index;
        })) {
            for (int index = 0; index <= last; index++) {
                calls.incrementAndGet();
                assertEquals(index, workers.next());
                if (index == 0 && ahead > 0) {
                    assertTrue(secondStarted.await(60, TimeUnit.SECONDS), "step 2 never ran ahead of the caller");
                }
            }
        }
        assertEquals(List.of(), tooFarAhead);
    }

    @Test
    void aStepsFailureIsThrownWhenThatStepIsTakenAfterTheEarlierResults() throws Exception {
        IOException broken = new IOException("step 3 cannot be drawn");
        try (StepWorkers<Integer> workers = new StepWorkers<>(0, 6, ExportMonitor.NONE, index -> {
            if (index == 3) {
                throw broken;
            }
            return index * 10;
        })) {
            assertEquals(List.of(0, 10, 20), List.of(workers.next(), workers.next(), workers.next()));

            assertSame(broken, assertThrows(IOException.class, workers::next));
        }
    }

    @Test
    void anUncheckedFailureKeepsItsType() {
        try (StepWorkers<Integer> workers = new StepWorkers<>(0, 2, ExportMonitor.NONE, index -> {
            throw new IllegalStateException("no layout for step " + index);
        })) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, workers::next);

            assertEquals("no layout for step 0", failure.getMessage());
        }
    }

    @Test
    void onceTheMonitorCancelsNoFurtherStepStarts() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        ThreadLocal<Boolean> sawCancel = ThreadLocal.withInitial(() -> false);
        ExportMonitor monitor = new ExportMonitor() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                boolean answer = cancelled.get();
                sawCancel.set(answer);
                return answer;
            }
        };
        Set<Integer> startedAfterSeeingTheCancel = ConcurrentHashMap.newKeySet();
        try (StepWorkers<Integer> workers = new StepWorkers<>(0, 30, monitor, index -> {
            if (sawCancel.get()) {
                startedAfterSeeingTheCancel.add(index);
            }
            return index;
        })) {
            workers.next();
            cancelled.set(true);

            assertThrows(CancellationException.class, () -> {
                for (int step = 1; step <= 30; step++) {
                    workers.next();
                }
            });
            assertEquals(Set.of(), startedAfterSeeingTheCancel, "steps run on a thread that had seen the cancel");
        }
    }

    @Test
    void takingMoreStepsThanWereAskedForIsRefused() throws Exception {
        try (StepWorkers<Integer> workers = new StepWorkers<>(2, 2, ExportMonitor.NONE, index -> index)) {
            assertEquals(2, workers.next());

            IllegalStateException failure = assertThrows(IllegalStateException.class, workers::next);
            assertTrue(failure.getMessage().contains("up to 2"), failure.getMessage());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
