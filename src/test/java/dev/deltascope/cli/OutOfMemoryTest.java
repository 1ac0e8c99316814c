package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network too large for the heap is bad input: one line, exit 2, nothing written (in a forked JVM). */
class OutOfMemoryTest {

    @TempDir
    Path folder;

    /**
     * 2-250-250-50 sigmoid layers with 4,000 examples from a fixed pattern and the weights from the
     * seed: a file at the edge of the work rules (Σ n_l × m = 2,200,000), whose z, a and δ need
     * 17.6 MB each and which derive finishes under a heap of 256 MB but not of 64 MB.
     */
    static String tooLargeForTheHeap() {
        StringBuilder json = new StringBuilder("{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": 2}");
        for (int size : new int[] {250, 250, 50}) {
            json.append(", {\"size\": ").append(size).append(", \"activation\": \"sigmoid\"}");
        }
        json.append("], \"loss\": \"half_squared_error\", \"inputs\": [");
        for (int k = 0; k < 4000; k++) {
            json.append(k == 0 ? "" : ",").append('[').append(k % 7).append(',').append(k % 3).append(']');
        }
        json.append("], \"targets\": [");
        for (int k = 0; k < 4000; k++) {
            json.append(k == 0 ? "[" : ",[");
            for (int i = 0; i < 50; i++) {
                json.append(i == 0 ? "" : ",").append((k + i) % 2);
            }
            json.append(']');
        }
        return json.append("], \"seed\": 5}").toString();
    }

    private static Process java(String heap, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), heap, "-cp",
                System.getProperty("java.class.path"), "dev.deltascope.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void deriveUnder64MegabytesSaysOutOfMemoryOnOneLineAndExits2() throws Exception {
        Path network = Files.writeString(folder.resolve("large.json"), tooLargeForTheHeap());

        Process process = java("-Xmx64m", "derive", network.toString());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "derive finished");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(CommandLine.BAD_INPUT, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("deltascope derive: out of memory: the network is too large for this Java's heap of "),
                err);
        assertTrue(err.contains("-Xmx") && err.contains("nothing was written"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void trainUnder64MegabytesWritesNothing() throws Exception {
        Path network = Files.writeString(folder.resolve("large.json"), tooLargeForTheHeap());
        Path out = folder.resolve("out.json");

        Process process = java("-Xmx64m", "train", network.toString(), "--steps", "1", "--out", out.toString());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "train finished");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(CommandLine.BAD_INPUT, process.exitValue(), err);
        assertTrue(err.startsWith("deltascope train: out of memory"), err);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(network), files.toList(), "no output and no temporary file");
        }
    }
}
