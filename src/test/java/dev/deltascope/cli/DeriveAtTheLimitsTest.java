package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.EdgeFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * derive finishes on every file at the edge of the limits within a heap of 1 GB, in a forked JVM as
 * a person runs it, and writes its whole output. The time bound is a generous guard against a hang
 * on a loaded machine; the measured times are in BENCHMARKS.md (the DeriveTimings harness).
 */
class DeriveAtTheLimitsTest {

    @TempDir
    Path folder;

    static Stream<EdgeFile> edgeFiles() {
        return EdgeFile.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeFiles")
    void deriveFinishesWithinAGigabyteOfHeap(EdgeFile edge) throws Exception {
        Path network = Files.writeString(folder.resolve(edge.name() + ".json"), edge.json());
        assertTrue(Files.size(network) <= 4L * 1024 * 1024, "the file is within the 4 MiB limit");
        Path out = folder.resolve("out.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "dev.deltascope.Launcher", "derive", network.toString()))
                .redirectOutput(out.toFile())
                .start();

        assertTrue(process.waitFor(180, TimeUnit.SECONDS), edge.shape() + ": derive finished");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), edge.shape() + ": " + err);
        assertEquals("", err);
        String end = tail(out, 400);
        assertTrue(end.contains("\"finiteDifferenceNotJudged\"") && end.endsWith("}\n"), edge.shape() + " ends: " + end);
        assertTrue(Files.size(out) > 10L * edge.examples(), "every column written: " + Files.size(out) + " bytes");
    }

    private static String tail(Path file, int bytes) throws IOException {
        try (RandomAccessFile read = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, read.length() - bytes);
            byte[] end = new byte[(int) (read.length() - start)];
            read.seek(start);
            read.readFully(end);
            return new String(end, StandardCharsets.UTF_8);
        }
    }
}
