package dev.deltascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up in one run, interleaved: rounds of fresh processes, each round starting the real window
 * ({@link WindowHarness} {@code --startup-only}) and the one-label window ({@link MinimalWindow}) on
 * the same runtime, the order alternating from round to round, with the load average read before
 * each start. Prints every start and then, per runtime, the median launch → first frame, → whole
 * window and → usable (Right answered), the minimal window's launch → first frame, and the median of
 * the rounds' usable ÷ minimal. Runtimes: the jar on this JVM ({@code --class-path}, default
 * {@code target/deltascope.jar:target/bench.jar}; {@code --jvm-option} adds an option, such as a
 * class-data archive), more jars to compare with it ({@code --also "NAME=CLASS_PATH [JVM_OPTION…]"},
 * each its own series in every round: before/after pairs; {@code --relaunch "NAME=CLASS_PATH [JVM_OPTION…]"}
 * the same started through a first JVM, {@link Relaunch}), and with {@code --image DIR} also the app image's own
 * launcher and runtime ({@link ImageCopy}; repeatable: {@code target/dist/deb-image/Deltascope} is the
 * .deb's copy, with the archive its post-install script makes). Options: {@code --rounds N} (5), {@code --no-jar}. The
 * windows need a display: run under {@code xvfb-run}.
 */
public final class StartupPairs {

    private static final Pattern FIGURE = Pattern.compile(
            "harness: launch -> (first frame|main window's skeleton|whole window|usable)\\b.*?(\\d+) ms$");
    private static final Pattern CPU = Pattern.compile(
            "harness: CPU time when usable: whole process (\\d+) ms(?:, JavaFX thread (\\d+) ms)?");
    private static final long TIMEOUT_SECONDS = 120;

    private final List<Series> series = new ArrayList<>();

    /** One runtime's pair of commands: the real window's and the minimal window's. */
    private record Series(String name, List<String> window, List<String> minimal, Map<String, List<Long>> figures) {

        Series(String name, List<String> window, List<String> minimal) {
            this(name, window, minimal, new LinkedHashMap<>());
        }

        void add(String figure, long millis) {
            figures.computeIfAbsent(figure, key -> new ArrayList<>()).add(millis);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = 5;
        String classPath = "target/deltascope.jar:target/bench.jar";
        List<String> jvmOptions = new ArrayList<>();
        List<Path> images = new ArrayList<>();
        boolean jar = true;
        Map<String, String> also = new LinkedHashMap<>();
        Map<String, String> relaunched = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--class-path" -> classPath = args[++i];
                case "--jvm-option" -> jvmOptions.add(args[++i]);
                case "--image" -> images.add(Path.of(args[++i]));
                case "--no-jar" -> jar = false;
                case "--relaunch" -> {
                    String[] named = args[++i].split("=", 2);
                    relaunched.put(named[0], named[1]);
                }
                case "--also" -> {
                    String[] named = args[++i].split("=", 2);
                    also.put(named[0], named[1]);
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; expected --rounds N, --class-path PATH, --jvm-option OPTION, --also NAME=CLASS_PATH, "
                        + "--relaunch NAME=CLASS_PATH, --image DIR or --no-jar.");
            }
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("No DISPLAY: run under xvfb-run -a -s \"-screen 0 1600x1000x24\".");
        }
        StartupPairs pairs = new StartupPairs();
        if (jar) {
            pairs.addJar("jar", jvmOptions, classPath);
        }
        for (Map.Entry<String, String> other : also.entrySet()) {
            List<String> words = List.of(other.getValue().split(" "));
            List<String> options = new ArrayList<>(jvmOptions);
            options.addAll(words.subList(1, words.size()));
            pairs.addJar(other.getKey(), options, words.get(0));
        }
        for (Map.Entry<String, String> other : relaunched.entrySet()) {
            List<String> words = List.of(other.getValue().split(" "));
            List<String> options = new ArrayList<>(jvmOptions);
            options.addAll(words.subList(1, words.size()));
            pairs.addRelaunched(other.getKey(), options, words.get(0));
        }
        List<Path> copies = new ArrayList<>();
        try {
            for (Path image : images) {
                Path copy = ImageCopy.of(image, Path.of(classPath.substring(classPath.lastIndexOf(':') + 1)));
                copies.add(copy);
                pairs.series.add(new Series(ImageCopy.archived(image) ? "app image + installed archive" : "app image",
                        List.of(copy.resolve("bin/Deltascope").toString()),
                        List.of(copy.resolve("bin/" + ImageCopy.MINIMAL).toString())));
            }
            pairs.run(rounds);
        } finally {
            for (Path copy : copies) {
                ImageCopy.delete(copy.getParent());
            }
        }
    }

    private void addJar(String name, List<String> jvmOptions, String classPath) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> common = new ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
        common.addAll(jvmOptions);
        common.addAll(List.of("-cp", classPath));
        series.add(new Series(name, with(common, WindowHarness.class.getName(), "--startup-only", "--native"),
                with(common, MinimalWindow.class.getName(), "--native")));
    }

    /**
     * A series whose window starts through {@link Relaunch}: a first JVM that starts the window's
     * JVM with {@code jvmOptions}, as a jar relaunching itself with its archive would; the minimal
     * window starts directly, without them.
     */
    private void addRelaunched(String name, List<String> jvmOptions, String classPath) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> child = new ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
        child.addAll(jvmOptions);
        child.addAll(List.of("-cp", classPath, WindowHarness.class.getName(), "--startup-only", "--native"));
        List<String> window = new ArrayList<>(List.of(java, "-cp", classPath, Relaunch.class.getName()));
        window.addAll(child);
        series.add(new Series(name, window, List.of(java, "-Djava.awt.headless=true", "-cp", classPath,
                MinimalWindow.class.getName(), "--native")));
    }

    private static List<String> with(List<String> common, String... more) {
        List<String> command = new ArrayList<>(common);
        command.addAll(List.of(more));
        return command;
    }

    private void run(int rounds) throws IOException, InterruptedException {
        for (int round = 0; round < rounds; round++) {
            for (Series each : series) {
                boolean minimalFirst = round % 2 == 0;
                start(each, minimalFirst, round);
                start(each, !minimalFirst, round);
            }
        }
        for (Series each : series) {
            summarise(each);
        }
    }

    private void start(Series each, boolean minimal, int round) throws IOException, InterruptedException {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        ProcessBuilder builder = new ProcessBuilder(minimal ? each.minimal() : each.window()).redirectErrorStream(true);
        builder.environment().put(Launch.VARIABLE, Long.toString(System.currentTimeMillis()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(each.name() + ": a start took over " + TIMEOUT_SECONDS + " s");
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d, %s, %s window, load %s:",
                round + 1, each.name(), minimal ? "minimal" : "Deltascope", load));
        for (String printed : output.lines().toList()) {
            Matcher figure = FIGURE.matcher(printed);
            if (figure.find()) {
                String name = "launch -> " + (minimal ? "minimal " : "") + figure.group(1).replace("main window's ", "");
                each.add(name, Long.parseLong(figure.group(2)));
                line.append(' ').append(name).append(' ').append(figure.group(2)).append(" ms;");
            }
            Matcher cpu = CPU.matcher(printed);
            if (cpu.find()) {
                each.add("process CPU when usable", Long.parseLong(cpu.group(1)));
                line.append(" process CPU ").append(cpu.group(1)).append(" ms;");
                if (cpu.group(2) != null) {
                    each.add("JavaFX thread CPU when usable", Long.parseLong(cpu.group(2)));
                    line.append(" JavaFX thread CPU ").append(cpu.group(2)).append(" ms;");
                }
            }
        }
        if (process.exitValue() != 0 || line.indexOf(" ms;") < 0) {
            throw new IllegalStateException(each.name() + ": the start printed no figure (exit "
                    + process.exitValue() + "):\n" + output);
        }
        System.out.println(line);
    }

    private static void summarise(Series each) {
        System.out.println(each.name() + ", medians over " + each.figures().values().iterator().next().size() + " rounds:");
        each.figures().forEach((name, values) -> System.out.println(String.format(Locale.ROOT,
                "  %s: %d ms (%d–%d)", name, median(values),
                values.stream().mapToLong(Long::longValue).min().orElseThrow(),
                values.stream().mapToLong(Long::longValue).max().orElseThrow())));
        List<Long> usable = each.figures().get("launch -> usable");
        List<Long> minimal = each.figures().get("launch -> minimal first frame");
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(usable.size(), minimal.size()); i++) {
            ratios.add((double) usable.get(i) / minimal.get(i));
        }
        ratios.sort(null);
        System.out.println(String.format(Locale.ROOT, "  usable ÷ minimal window's first frame, median of the rounds: %.2f× (%s)",
                ratios.get(ratios.size() / 2), ratios.stream().map(ratio -> String.format(Locale.ROOT, "%.2f", ratio)).toList()));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
