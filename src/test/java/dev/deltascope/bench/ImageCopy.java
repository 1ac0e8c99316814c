package dev.deltascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of the app image (from {@code ./mvnw -Pdist package}) whose own launcher starts the
 * harness instead of the app: its {@code Deltascope.cfg} gets the bench jar on the class path,
 * {@link WindowHarness} as the main class and {@code --startup-only --native} as arguments, and a
 * second launcher, {@link #MINIMAL}, starts {@link MinimalWindow}. So both windows start through
 * the image's launcher, on its trimmed runtime with its class-data archive and its JVM options.
 * {@link StartupPairs} deletes the copy when it is done.
 */
final class ImageCopy {

    static final String MINIMAL = "Minimal";

    private ImageCopy() {
    }

    /** Copies {@code image} to a temporary directory, with {@code benchJar}, and returns the copy. */
    static Path of(Path image, Path benchJar) throws IOException {
        Path copy = Files.createTempDirectory("deltascope-image").resolve("Deltascope");
        try (Stream<Path> files = Files.walk(image)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(image.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path app = copy.resolve("lib/app");
        Files.copy(benchJar, app.resolve("bench.jar"));
        List<String> config = Files.readAllLines(app.resolve("Deltascope.cfg"));
        Files.write(app.resolve("Deltascope.cfg"), configured(config, WindowHarness.class, "--startup-only", "--native"));
        Files.write(app.resolve(MINIMAL + ".cfg"), configured(config, MinimalWindow.class, "--native"));
        Files.copy(copy.resolve("bin/Deltascope"), copy.resolve("bin/" + MINIMAL), StandardCopyOption.COPY_ATTRIBUTES);
        return copy;
    }

    /** Deletes {@code directory} and everything in it (the copy's temporary directory, about 130 MB). */
    static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<String> configured(List<String> config, Class<?> main, String... arguments) {
        String mainClass = "app.mainclass=" + main.getName();
        List<String> lines = config.stream()
                .map(line -> line.startsWith("app.mainclass=") ? mainClass + "\napp.classpath=$APPDIR/bench.jar" : line)
                .collect(Collectors.toList());
        lines.add("[ArgOptions]");
        Stream.of(arguments).map(argument -> "arguments=" + argument).forEach(lines::add);
        return lines;
    }
}
