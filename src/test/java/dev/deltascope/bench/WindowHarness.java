package dev.deltascope.bench;

import dev.deltascope.render.RenderWarmUp;
import dev.deltascope.view.DeltascopeApp;
import dev.deltascope.view.help.TourProgress;
import dev.deltascope.view.step.FormulaView;
import dev.deltascope.view.step.StepPane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Opens the real main window and measures it: launch (see {@link Launch}) to the first frame, to
 * the main window's skeleton, to the whole window and to the usable window ({@link StartupProbe}),
 * heap after start, "next step" key press (through the JavaFX robot) to the pulse that shows the
 * step, and a weight edit (W¹[0][0] typed and Enter pressed) to the pulse that shows the new
 * derivation and to the one that shows its gradient check. Headless Monocle unless {@code --native}
 * is given (then run it under xvfb-run). Options: {@code --steps N} (200), {@code --edits N} (200),
 * {@code --width N} (widen both hidden layers of the default network to N first),
 * {@code --startup-only}, {@code --histogram} (print the heap's class histogram at the end),
 * {@code --times} (print every measured time in order), {@code --early-warm-up} (start
 * {@link RenderWarmUp} before JavaFX, as {@link DeltascopeApp#launchWindow} did before the warm-up
 * moved after the first frame), {@code --first-run} (leave the guided tour unseen, so that it
 * opens once the window is whole, as on a first start; otherwise the start is a returning user's).
 */
public final class WindowHarness {

    private static final long TIMEOUT_SECONDS = 60;
    private static final Options OPTIONS = new Options();
    private static volatile Instant mainEntered;

    private StartupProbe startup;
    private volatile long fxThreadCpuAtFirstFrame;
    private volatile Duration processCpuAtFirstFrame;
    private final SplittableRandom random = new SplittableRandom(6);
    private final PulseProbe shownProbe = new PulseProbe();
    private final PulseProbe checkedProbe = new PulseProbe();
    private Scene scene;

    public static void main(String[] args) throws IOException {
        mainEntered = Instant.now();
        OPTIONS.parse(args);
        if (!OPTIONS.nativeGlass) {
            useHeadlessGlass();
        }
        if (System.getProperty("deltascope.config.dir") == null) {
            System.setProperty("deltascope.config.dir", Files.createTempDirectory("deltascope-harness").toString());
        }
        if (!OPTIONS.firstRun) {
            TourProgress.inConfigDirectory().markSeen();
        }
        if (OPTIONS.earlyWarmUp) {
            RenderWarmUp.start();
        }
        Application.launch(Window.class, args);
    }

    /** Headless Monocle with software rendering on a 1600 × 1000 screen; call before JavaFX starts. */
    static void useHeadlessGlass() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("java.awt.headless", "true");
    }

    /** The JavaFX application the harness launches (the launcher refuses a main class that is one). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            new WindowHarness().start(stage);
        }
    }

    private void start(Stage stage) {
        new DeltascopeApp().start(stage);
        scene = stage.getScene();
        scene.addPostLayoutPulseListener(() -> {
            if (fxThreadCpuAtFirstFrame == 0 && JvmFigures.AVAILABLE) {
                fxThreadCpuAtFirstFrame = JvmFigures.currentThreadCpuNanos();
                processCpuAtFirstFrame = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            }
        });
        startup = StartupProbe.watch(scene);
        scene.addPostLayoutPulseListener(shownProbe);
        scene.addPostLayoutPulseListener(checkedProbe);
        Thread driver = new Thread(this::drive, "window-harness");
        driver.start();
    }

    private void drive() {
        try {
            measure();
            System.exit(0);
        } catch (Exception | AssertionError failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private void measure() throws Exception {
        print("load average at start: " + loadAverage());
        Instant frame = startup.firstFrame.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Instant skeletonShown = startup.skeleton.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Instant whole = startup.wholeWindow.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Instant usable = startup.usable.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Optional<Instant> launched = Launch.instant();
        if (launched.isPresent()) {
            print("launch -> first frame: " + millis(Duration.between(launched.get(), frame)) + " ms");
            print("launch -> main window's skeleton (menus, timeline, side tabs) laid out: "
                    + millis(Duration.between(launched.get(), skeletonShown)) + " ms");
            print("launch -> whole window (step pane with its formulas, and diagram, laid out): "
                    + millis(Duration.between(launched.get(), whole)) + " ms");
            print("launch -> usable (whole window, then Right answered with the next step's frame): "
                    + millis(Duration.between(launched.get(), usable)) + " ms");
        }
        print("main() entered -> first frame: " + millis(Duration.between(mainEntered, frame)) + " ms");
        if (JvmFigures.AVAILABLE) {
            print("JVM start (RuntimeMXBean) -> first frame: "
                    + millis(Duration.between(JvmFigures.jvmStart(), frame)) + " ms");
            print("CPU time at the first frame: JavaFX thread " + fxThreadCpuAtFirstFrame / 1_000_000
                    + " ms, whole process " + millis(processCpuAtFirstFrame) + " ms");
        }
        print("CPU time when usable: whole process " + millis(ProcessHandle.current().info().totalCpuDuration()
                .orElse(Duration.ZERO)) + " ms" + (startup.javafxCpuWhenUsable < 0 ? ""
                : ", JavaFX thread " + startup.javafxCpuWhenUsable / 1_000_000 + " ms"));
        Thread.sleep(500);
        print("scene nodes after start: " + fx(() -> countNodes(scene.getRoot())));
        print("heap used after start, after a GC: " + heapAfterGc() + " MB");
        if (OPTIONS.startupOnly) {
            return;
        }
        if (OPTIONS.width > 0) {
            widen(OPTIONS.width);
            print("scene nodes at width " + OPTIONS.width + ": " + fx(() -> countNodes(scene.getRoot())));
        }
        report("next step key press -> frame", steps(OPTIONS.steps));
        List<List<Long>> edits = edits(OPTIONS.edits);
        report("weight edit -> derivation shown", edits.get(0));
        report("weight edit -> gradient check shown", edits.get(1));
        print("heap used after the run, after a GC: " + heapAfterGc() + " MB");
        if (OPTIONS.histogram) {
            printHistogram();
        }
        print("load average at end: " + loadAverage());
    }

    private List<Long> steps(int count) throws Exception {
        Robot robot = fx(Robot::new);
        Label counter = lookup("#step-counter", Label.class);
        ListView<?> list = lookup("#step-list", ListView.class);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (fx(() -> list.getSelectionModel().getSelectedIndex() == list.getItems().size() - 1)) {
                press(robot, KeyCode.HOME, counter);
            }
            times.add(press(robot, KeyCode.RIGHT, counter));
            pause();
        }
        return times;
    }

    private long press(Robot robot, KeyCode key, Label counter) throws Exception {
        CompletableFuture<Long> shown = fx(() -> {
            String before = counter.getText();
            CompletableFuture<Long> result = shownProbe.arm(() -> !counter.getText().equals(before));
            robot.keyPress(key);
            robot.keyRelease(key);
            return result;
        });
        return shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** W¹[0][0] typed as 0.6, 0.2, 0.6, … with Enter, on the first step (z¹ = W¹a⁰ + b¹, which shows it). */
    private List<List<Long>> edits(int count) throws Exception {
        press(fx(Robot::new), KeyCode.HOME, lookup("#step-counter", Label.class));
        TextField cell = lookup("#weight-1-0-0", TextField.class);
        Label verdict = lookup(".gradient-check-verdict", Label.class);
        FormulaView numeric = numericFormula();
        List<Long> shownTimes = new ArrayList<>();
        List<Long> checkedTimes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = i % 2 == 0 ? "0.6" : "0.2";
            List<CompletableFuture<Long>> done = fx(() -> {
                String before = numeric.getFormula();
                CompletableFuture<Long> shown = shownProbe.arm(() -> !numeric.getFormula().equals(before));
                CompletableFuture<Long> checked = checkedProbe.arm(() -> !numeric.getFormula().equals(before)
                        && !verdict.getText().startsWith("Checking"));
                cell.setText(value);
                Event.fireEvent(cell, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                return List.of(shown, checked);
            });
            shownTimes.add(done.get(0).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            checkedTimes.add(done.get(1).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            pause();
        }
        return List.of(shownTimes, checkedTimes);
    }

    /** Types the width into both hidden layers' fields and waits for the check of the result. */
    private void widen(int width) throws Exception {
        Label verdict = lookup(".gradient-check-verdict", Label.class);
        for (int l = 1; l <= 2; l++) {
            TextField field = lookup("#width-of-layer-" + l, TextField.class);
            fx(() -> {
                field.setText(Integer.toString(width));
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!fx(() -> verdict.getText().contains(expectedParameters(width) + " parameters checked"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
    }

    /** Parameters of 3-n-n-2, the default network widened. */
    private static int expectedParameters(int width) {
        return width * 3 + width + width * width + width + 2 * width + 2;
    }

    private FormulaView numericFormula() throws Exception {
        return fx(() -> {
            StepPane pane = (StepPane) find(scene.getRoot(), StepPane.class);
            List<Node> formulas = new ArrayList<>();
            collect(pane, FormulaView.class, formulas);
            return (FormulaView) formulas.get(1);
        });
    }

    private <T> T lookup(String selector, Class<T> type) throws Exception {
        return fx(() -> type.cast(scene.getRoot().lookup(selector)));
    }

    private static Node find(Node node, Class<?> type) {
        List<Node> found = new ArrayList<>();
        collect(node, type, found);
        return found.get(0);
    }

    private static void collect(Node node, Class<?> type, List<Node> found) {
        if (type.isInstance(node)) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, type, found));
        }
    }

    private static int countNodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += countNodes(child);
            }
        }
        return count;
    }

    /** 30 to 60 ms between interactions, so that presses fall at random points of the pulse cycle. */
    private void pause() throws InterruptedException {
        Thread.sleep(30 + random.nextInt(31));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Heap in use after a full collection: the least of three collections, as other threads may
     * allocate in between. From {@link Runtime} (the image's runtime has no {@code java.management}),
     * whose total and free are read apart and can cross while the heap resizes: such a reading is skipped.
     */
    private static long heapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            if (used > 0) {
                least = Math.min(least, used);
            }
            Thread.sleep(100);
        }
        return least / (1024 * 1024);
    }

    /** The 20 classes with the most bytes on the heap, from {@code jcmd PID GC.class_histogram}. */
    private static void printHistogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        jcmd.getInputStream().transferTo(System.out);
        jcmd.waitFor();
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        print(String.format(Locale.ROOT, "%s over %d: median %.1f ms, 95th percentile %.1f ms, min %.1f, max %.1f;"
                        + " first five %s", what, sorted.size(), ms(rank(sorted, 0.5)), ms(rank(sorted, 0.95)),
                ms(sorted.get(0)), ms(sorted.get(sorted.size() - 1)),
                nanos.stream().limit(5).map(value -> String.format(Locale.ROOT, "%.1f", ms(value))).toList()));
        if (OPTIONS.times) {
            print(what + ", every time in order (ms): "
                    + nanos.stream().map(value -> String.format(Locale.ROOT, "%.1f", ms(value))).toList());
        }
    }

    /** Nearest-rank percentile. */
    private static long rank(List<Long> sorted, double fraction) {
        return sorted.get((int) Math.ceil(fraction * sorted.size()) - 1);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }

    private static void print(String line) {
        System.out.println("harness: " + line);
    }

    /** The command-line options. */
    private static final class Options {
        int steps = 200;
        int edits = 200;
        int width;
        boolean startupOnly;
        boolean nativeGlass;
        boolean histogram;
        boolean earlyWarmUp;
        boolean times;
        boolean firstRun;

        void parse(String[] args) {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--steps" -> steps = Integer.parseInt(args[++i]);
                    case "--edits" -> edits = Integer.parseInt(args[++i]);
                    case "--width" -> width = Integer.parseInt(args[++i]);
                    case "--startup-only" -> startupOnly = true;
                    case "--native" -> nativeGlass = true;
                    case "--histogram" -> histogram = true;
                    case "--early-warm-up" -> earlyWarmUp = true;
                    case "--times" -> times = true;
                    case "--first-run" -> firstRun = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + "; expected --steps N, --edits N, --width N, --startup-only, --native, --histogram, --early-warm-up, --times or --first-run.");
                }
            }
        }
    }
}
