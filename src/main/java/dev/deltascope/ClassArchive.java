package dev.deltascope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The class-data archive of a {@code java -jar deltascope.jar} start, which the JVM cannot be told
 * of from inside the jar. The first start opens the window as usual and, once it is usable, makes
 * the archive of {@code classes.list} (the classes up to the usable window) for this jar and JVM in
 * the user's cache folder, in a separate process at the lowest priority; later starts find it and
 * relaunch themselves with it and with C1 alone, about twice as fast to the usable window
 * (BENCHMARKS.md, "Bottlenecks" 6). The archive's name holds the jar's size and modification time
 * and the JVM's version, so a rebuilt jar or another JDK makes a new one and the old one is deleted.
 * Anything that fails leaves the app running without an archive. Off with
 * {@code -Ddeltascope.classArchive=off}, and whenever the command line names its own archive.
 */
public final class ClassArchive {

    /** The system property that turns the archive off ({@code off}). */
    public static final String SWITCH = "deltascope.classArchive";
    /** Set on the relaunched JVM, which must not relaunch again. */
    static final String RELAUNCHED = "deltascope.relaunched";
    private static final String LIST = "classes.list";
    private static final String PREFIX = "deltascope-";
    /** How old a partial archive or a copied class list must be to count as left by an interrupted dump. */
    private static final Duration LEFT_OVER_AFTER = Duration.ofHours(1);

    private final Path java;
    private final List<String> jvmOptions;
    private final Path jar;
    private final Path archive;

    private ClassArchive(Path java, List<String> jvmOptions, Path jar, Path archive) {
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jar = jar;
        this.archive = archive;
    }

    /** The archive of this process, when it was started with {@code java [options] -jar JAR}. */
    static Optional<ClassArchive> ofThisProcess() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        return of(Path.of(System.getProperty("java.home"), "bin", "java"), List.of(info.arguments().orElse(new String[0])),
                System.getProperty(SWITCH, ""), System.getProperty(RELAUNCHED) != null,
                System.getProperty("java.vm.version", ""), cacheFolder(System.getenv()));
    }

    /**
     * The archive of a start whose command line after the java executable is {@code arguments}: empty
     * when that is not {@code [options] -jar JAR …}, when {@code switchValue} is {@code off}, when
     * this is the relaunched JVM, when the options name an archive of their own, or when the jar
     * cannot be read. The archive's file is in {@code cacheFolder}, named for the jar and {@code vmVersion}.
     */
    static Optional<ClassArchive> of(Path java, List<String> arguments, String switchValue, boolean relaunched,
            String vmVersion, Path cacheFolder) {
        int jarOption = arguments.indexOf("-jar");
        if (jarOption < 0 || jarOption + 1 >= arguments.size() || relaunched || switchValue.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(0, jarOption);
        if (options.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile")
                || option.startsWith("-XX:ArchiveClassesAtExit") || option.startsWith("-Xshare"))) {
            return Optional.empty();
        }
        Path jar = Path.of(arguments.get(jarOption + 1)).toAbsolutePath().normalize();
        try {
            String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-"
                    + vmVersion.replaceAll("[^A-Za-z0-9.]", "_");
            return Optional.of(new ClassArchive(java, options, jar, cacheFolder.resolve(PREFIX + key + ".jsa")));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The folder for caches: {@code $XDG_CACHE_HOME/deltascope}, else {@code ~/.cache/deltascope}. */
    static Path cacheFolder(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("deltascope");
    }

    /** The archive's file, whether or not it exists yet. */
    Path file() {
        return archive;
    }

    /**
     * The command that starts this jar again with the archive and C1 alone, with the same options
     * and {@code arguments}; empty while there is no archive.
     */
    Optional<List<String>> relaunchCommand(List<String> arguments) {
        if (!Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.add("-XX:SharedArchiveFile=" + archive);
        if (jvmOptions.stream().noneMatch(option -> option.contains("Tiered"))) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-D" + RELAUNCHED + "=true", "-jar", jar.toString()));
        command.addAll(arguments);
        return Optional.of(command);
    }

    /**
     * Runs this jar again with the archive, in this process's streams, and returns its exit code;
     * empty when there is no archive or the new process could not be started (then nothing was
     * shown and the caller opens the window itself). Stopping this process stops the other.
     */
    Optional<Integer> relaunch(List<String> arguments) {
        Optional<List<String>> command = relaunchCommand(arguments);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process process;
        try {
            process = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException unavailable) {
            return Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "deltascope-relaunched-stop"));
        while (true) {
            try {
                return Optional.of(process.waitFor());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts making the archive, unless it exists: a shell at the lowest priority dumps the classes
     * of {@code classes.list} into a temporary file, which it renames to the archive once complete,
     * so a start never sees half an archive; archives of other jars or JVMs are deleted, and files
     * an interrupted dump left an hour ago or more. The shell runs in a session of its own, so it
     * outlives this process and a Ctrl+C or a closed terminal meant for the window. Returns the
     * process, or empty when nothing was started (the archive exists, or any step failed).
     */
    Optional<Process> makeInBackground() {
        if (Files.exists(archive)) {
            return Optional.empty();
        }
        try {
            Path folder = Files.createDirectories(archive.getParent());
            deleteOtherArchives(folder);
            Path list = Files.createTempFile(folder, "classes", ".list");
            try (InputStream listed = ClassArchive.class.getResourceAsStream(LIST)) {
                if (listed == null) {
                    Files.delete(list);
                    return Optional.empty();
                }
                Files.copy(listed, list, StandardCopyOption.REPLACE_EXISTING);
            }
            Path partial = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            String script = "nice -n 19 \"$0\" -Xshare:dump -XX:SharedClassListFile=\"$1\" -XX:SharedArchiveFile=\"$2\""
                    + " -cp \"$3\" > /dev/null 2>&1 && [ -s \"$2\" ] && mv -f \"$2\" \"$4\"; rm -f \"$1\" \"$2\"";
            return Optional.of(new ProcessBuilder("setsid", "sh", "-c", script, java.toString(), list.toString(),
                    partial.toString(), jar.toString(), archive.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException | RuntimeException failed) {
            return Optional.empty();
        }
    }

    private void deleteOtherArchives(Path folder) throws IOException {
        long anHourAgo = System.currentTimeMillis() - LEFT_OVER_AFTER.toMillis();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean otherArchive = name.startsWith(PREFIX) && name.endsWith(".jsa") && !file.equals(archive);
                boolean leftOver = (name.endsWith(".part") || name.startsWith("classes") && name.endsWith(".list"))
                        && Files.getLastModifiedTime(file).toMillis() < anHourAgo;
                if (otherArchive || leftOver) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
