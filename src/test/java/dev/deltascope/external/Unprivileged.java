package dev.deltascope.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Java main class of the test class path in a child JVM that file permissions bind, so that a test of an
 * unreadable file also runs as root (as CI does): there the child runs under setpriv (util-linux) without the
 * capabilities that let root read and search past permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH).
 */
public final class Unprivileged {

    /** What the child printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
    }

    private static final String DROPPED = "-dac_override,-dac_read_search";

    private Unprivileged() {
    }

    /** Runs {@code main} with {@code args}; waits at most a minute. */
    public static Result run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            Path setpriv = ExternalTools.onPath("setpriv").orElseGet(
                    () -> ExternalTools.missing("setpriv is not on PATH (needed to test permissions as root)",
                            "util-linux"));
            command.addAll(List.of(setpriv.toString(), "--inh-caps=" + DROPPED, "--bounding-set=" + DROPPED, "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("unprivileged-out", ".txt");
        Path err = Files.createTempFile("unprivileged-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getName() + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }
}
