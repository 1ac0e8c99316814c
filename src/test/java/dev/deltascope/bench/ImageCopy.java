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
 * When the image's launcher names an archive of its own (the .deb's copy,
 * {@code target/dist/deb-image/Deltascope}), the copy makes it as the .deb's post-install script
 * does, for the copy's class path. {@link StartupPairs} deletes the copy when it is done.
 */
final class ImageCopy {

    static final String MINIMAL = "Minimal";
    static final String ARCHIVE_OPTION = "java-options=-XX:SharedArchiveFile=$APPDIR/deltascope.jsa";

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
        if (archived(image)) {
            dumpArchive(copy);
        }
        return copy;
    }

    /** Whether the image's window launcher names the archive that the .deb's post-install script makes. */
    static boolean archived(Path image) throws IOException {
        return Files.readAllLines(image.resolve("lib/app/Deltascope.cfg")).contains(ARCHIVE_OPTION);
    }

    /** The post-install script's dump (src/dist/postinst), through the copy's own launcher. */
    private static void dumpArchive(Path copy) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(copy.resolve("bin/Deltascope").toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile="
                + copy.resolve("lib/classes.list") + " -XX:SharedArchiveFile=" + copy.resolve("lib/app/deltascope.jsa"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("The archive's dump failed:\n" + output);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dumping the archive", interrupted);
        }
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
