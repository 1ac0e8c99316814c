package dev.deltascope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Remakes {@code src/main/resources/dev/deltascope/classes.list}, the classes the installed app and
 * the jar archive: starts a copy of the app image ({@link ImageCopy}) through its own launcher and
 * runtime with {@code -XX:DumpLoadedClassList}, up to the usable window, and keeps every line the JVM wrote
 * (classes in load order, {@code @lambda-proxy} and {@code @lambda-form-invoker} entries) except the
 * harness's own, under the list's header. Arguments: the app image (default
 * {@code target/dist/Deltascope}) and the bench jar (default {@code target/bench.jar}). Needs a
 * display: run under {@code xvfb-run}.
 */
public final class ClassListRecorder {

    private static final Path LIST = Path.of("src/main/resources/dev/deltascope/classes.list");
    private static final String HARNESS = "dev/deltascope/bench/";
    /** The first line of the JVM's own list, which follows the header. */
    private static final String JVM_NOTE = "# NOTE:";

    private ClassListRecorder() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path image = Path.of(args.length > 0 ? args[0] : "target/dist/Deltascope");
        Path benchJar = Path.of(args.length > 1 ? args[1] : "target/bench.jar");
        Path copy = ImageCopy.of(image, benchJar);
        try {
            Path loaded = copy.getParent().resolve("loaded.list");
            ProcessBuilder builder = new ProcessBuilder(copy.resolve("bin/Deltascope").toString()).inheritIO();
            builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + loaded);
            builder.environment().put(Launch.VARIABLE, Long.toString(System.currentTimeMillis()));
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("The harness did not reach the usable window.");
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(LIST).stream().takeWhile(line -> line.startsWith("#") && !line.startsWith(JVM_NOTE)).toList());
            Files.readAllLines(loaded).stream().filter(line -> !line.contains(HARNESS)).forEach(lines::add);
            Files.write(LIST, lines, StandardCharsets.UTF_8);
            System.out.println("Wrote " + (lines.size()) + " lines to " + LIST);
        } finally {
            ImageCopy.delete(copy.getParent());
        }
    }
}
