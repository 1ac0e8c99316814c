package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.view.editor.NetworkEditorModel;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A background computation that can no longer be shown is interrupted and stops, on real threads:
 * after Cancel, or when a newer edit overtakes a trace or a running finite-difference check, the
 * task ends without posting its result to the JavaFX thread. Widening 1-2-1 with 1,023 examples to 1-1024-1 makes a trace of about a second or
 * more here (the Jacobian chain builds 1,023 Jacobians of 1024 × 1024), so the interrupt lands while
 * it computes. The test waits on the task's start and end, never on a clock.
 */
class StepperModelInterruptionTest {

    private static final int EXAMPLES = 1023;

    /** The task running on the current thread, as "trace 1" or "check 0". */
    private static final ThreadLocal<String> RUNNING = new ThreadLocal<>();

    private final NumberedThread background = new NumberedThread("trace");
    private final NumberedThread checker = new NumberedThread("check");
    /** What the tasks posted to the JavaFX thread, with the task that posted it. */
    private final BlockingQueue<Posted> posted = new LinkedBlockingQueue<>();

    private record Posted(String task, Runnable publication) {
    }

    /** One background thread whose tasks are numbered from 0, each with a future for its start and its end. */
    private static final class NumberedThread implements Executor {
        private final String name;
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final List<CompletableFuture<Void>> started = new CopyOnWriteArrayList<>();
        private final List<CompletableFuture<Void>> ended = new CopyOnWriteArrayList<>();

        NumberedThread(String name) {
            this.name = name;
        }

        @Override
        public void execute(Runnable task) {
            int number = started.size();
            started.add(new CompletableFuture<>());
            ended.add(new CompletableFuture<>());
            thread.execute(() -> {
                RUNNING.set(name + " " + number);
                started.get(number).complete(null);
                try {
                    task.run();
                } finally {
                    RUNNING.remove();
                    ended.get(number).complete(null);
                }
            });
        }

        void awaitStart(int task) throws Exception {
            started.get(task).get(60, TimeUnit.SECONDS);
        }

        void awaitEnd(int task) throws Exception {
            ended.get(task).get(60, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void stopTheThreads() {
        background.thread.shutdownNow();
        checker.thread.shutdownNow();
    }

    /** 1-2-1 sigmoid with 1,023 examples and weights from seed 4: large enough to be traced in the background. */
    private static Network narrow() {
        double[][] inputs = new double[EXAMPLES][1];
        double[][] targets = new double[EXAMPLES][1];
        for (int k = 0; k < EXAMPLES; k++) {
            inputs[k][0] = (k % 17) / 17.0;
            targets[k][0] = (k % 5) / 5.0;
        }
        return new Network("narrow", 1, Initialisation.layers(1, List.of(2, 1), List.of(Sigmoid.INSTANCE, Sigmoid.INSTANCE), 4),
                HalfSquaredError.INSTANCE, Matrix.ofColumns(inputs), Matrix.ofColumns(targets), 0.1, 4);
    }

    /** The model with the narrow network's derivation and its check shown (trace 0 and check 0 run and published). */
    private StepperModel narrowShown(NetworkEditorModel editor) throws Exception {
        StepperModel stepper = new StepperModel(editor.networkProperty(), background, checker,
                publication -> posted.add(new Posted(RUNNING.get(), publication)));
        publish("trace 0");
        publish("check 0");
        assertEquals(editor.network(), stepper.traceProperty().get().network());
        assertFalse(stepper.traceProperty().get().check().isPending());
        return stepper;
    }

    /** Waits for the next publication, which must come from {@code task}, and runs it as the JavaFX thread would. */
    private void publish(String task) throws Exception {
        Posted next = posted.poll(60, TimeUnit.SECONDS);
        assertNotNull(next, task + " posted its result");
        assertEquals(task, next.task());
        next.publication().run();
    }

    @Test
    void cancelInterruptsTheComputationWhichEndsWithoutPostingAResult() throws Exception {
        NetworkEditorModel editor = new NetworkEditorModel(narrow());
        StepperModel stepper = narrowShown(editor);
        Network shown = editor.network();

        editor.setLayerWidth(1, 1024);
        background.awaitStart(1);
        stepper.cancel();
        background.awaitEnd(1);

        assertTrue(posted.isEmpty(), "the interrupted computation posted nothing: " + posted);
        assertFalse(stepper.computingProperty().get());
        assertEquals(shown, stepper.traceProperty().get().network());
        assertEquals(1024, editor.network().size(1), "the edit is kept");
    }

    @Test
    void aNewerEditInterruptsTheComputationItOvertakes() throws Exception {
        NetworkEditorModel editor = new NetworkEditorModel(narrow());
        StepperModel stepper = narrowShown(editor);

        editor.setLayerWidth(1, 1024);
        background.awaitStart(1);
        editor.setLayerWidth(1, 1000);
        Network newest = editor.network();
        background.awaitEnd(1);
        background.awaitEnd(2);

        assertEquals(1, posted.size(), "the overtaken trace 1 posted nothing: " + posted);
        publish("trace 2");
        assertEquals(newest, stepper.traceProperty().get().network());
        assertFalse(stepper.computingProperty().get());
    }

    @Test
    void aNewerEditInterruptsTheRunningCheckOfTheNetworkBefore() throws Exception {
        NetworkEditorModel editor = new NetworkEditorModel(narrow());
        StepperModel stepper = narrowShown(editor);
        editor.setLayerWidth(1, 1024);
        publish("trace 1");
        assertTrue(stepper.traceProperty().get().check().isPending());

        checker.awaitStart(1);
        editor.setWeight(1, 0, 0, 0.5);
        Network newest = editor.network();
        checker.awaitEnd(1);
        background.awaitEnd(2);

        assertEquals(1, posted.size(), "the interrupted check 1 posted nothing: " + posted);
        publish("trace 2");
        assertEquals(newest, stepper.traceProperty().get().network());
    }
}
