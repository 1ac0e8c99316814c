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
     * 1-1024-1-1024-…: sixteen sigmoid layers (8,200 units, 24,584 parameters), 4,096 examples
     * from a fixed pattern and the weights from the seed: a 33 KB file that the format
     * accepts, whose z, a and δ alone need 8,200 × 4,096 × 8 bytes = 269 MB each.
     */
    static String tooLargeForTheHeap() {
        StringBuilder json = new StringBuilder("{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": 1}");
        for (int i = 0; i < 8; i++) {
            json.append(", {\"size\": 1024, \"activation\": \"sigmoid\"}, {\"size\": 1, \"activation\": \"sigmoid\"}");
        }
        json.append("], \"loss\": \"half_squared_error\", \"inputs\": [");
        for (int k = 0; k < 4096; k++) {
            json.append(k == 0 ? "" : ",").append('[').append(k % 7).append(']');
        }
        json.append("], \"targets\": [");
        for (int k = 0; k < 4096; k++) {
            json.append(k == 0 ? "" : ",").append('[').append(k % 2).append(']');
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
    void deriveUnder256MegabytesSaysOutOfMemoryOnOneLineAndExits2() throws Exception {
        Path network = Files.writeString(folder.resolve("large.json"), tooLargeForTheHeap());

        Process process = java("-Xmx256m", "derive", network.toString());
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
    void trainUnder256MegabytesWritesNothing() throws Exception {
        Path network = Files.writeString(folder.resolve("large.json"), tooLargeForTheHeap());
        Path out = folder.resolve("out.json");

        Process process = java("-Xmx256m", "train", network.toString(), "--steps", "1", "--out", out.toString());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "train finished");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(CommandLine.BAD_INPUT, process.exitValue(), err);
        assertTrue(err.startsWith("deltascope train: out of memory"), err);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(network), files.toList(), "no output and no temporary file");
        }
    }
}
