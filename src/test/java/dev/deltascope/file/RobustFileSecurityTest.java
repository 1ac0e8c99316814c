package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.external.ExternalTools;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's security promises, one test each: it never loads or makes a class the input
 * names, never follows a reference out of the document, and refuses oversized input before
 * parsing it.
 */
class RobustFileSecurityTest {

    /** Set by {@link RobustCanary} when it is initialised or made; named here so this test never loads it. */
    private static final String CANARY_PROPERTY = "deltascope.canary";
    private static final String CANARY = "dev.deltascope.file.RobustCanary";
    private static final String FIELDS = "expected one of format, version, title, layers, loss, input, target, inputs,"
            + " targets, weights, biases, learningRate, seed";

    @TempDir
    Path folder;

    @Test
    void classesNamedByTheInputAreNeverLoadedOrMade() {
        String[][] cases = {
            {ValidDocument.with("\"format\"", "\"@class\": \"" + CANARY + "\", \"format\""),
                "classes.json: [\"@class\"]: unknown field; " + FIELDS},
            {ValidDocument.with("\"format\"", "\"@class\": \"java.lang.ProcessBuilder\", \"format\""),
                "classes.json: [\"@class\"]: unknown field; " + FIELDS},
            {ValidDocument.with("{\"size\": 2}", "{\"@type\": \"" + CANARY + "\", \"size\": 2}"),
                "classes.json: layers[0][\"@type\"]: unknown field; expected one of size, activation"},
            {ValidDocument.with("[[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], ", "[\"" + CANARY + "\", "),
                "classes.json: weights[0]: must be an array, was a string"},
            {ValidDocument.with("\"title\": \"two-three-two\"", "\"title\": [\"" + CANARY + "\", \"x\"]"),
                "classes.json: title: must be a string, was an array"},
            {ValidDocument.with("\"half_squared_error\"", "[\"java.lang.ProcessBuilder\", [\"touch\", \"/tmp/x\"]]"),
                "classes.json: loss: must be a string, was an array"},
            {ValidDocument.with("\"activation\": \"sigmoid\"", "\"activation\": \"" + CANARY + "\""),
                "classes.json: layers[1].activation: must be one of sigmoid, tanh, relu, identity, softmax, was"
                    + " \"dev.deltascope.file.RobustCanary\""},
        };
        for (String[] c : cases) {
            assertEquals(c[1], assertThrows(NetworkFileException.class,
                    () -> NetworkFile.parse(c[0], "classes.json")).getMessage());
        }
        assertNull(System.getProperty(CANARY_PROPERTY), "the canary class was initialised or made");
    }

    @Test
    void referencesToFilesOutsideTheDocumentAreNeverFollowed() throws IOException {
        Path input = Files.writeString(folder.resolve("input.json"), "[0.05, 0.1]");
        Path whole = Files.writeString(folder.resolve("whole.json"), ValidDocument.TEXT);
        String[][] cases = {
            {ValidDocument.with("[0.05, 0.1]", "\"" + input + "\""), "input: must be an array, was a string"},
            {ValidDocument.with("[0.05, 0.1]", "\"" + input.toUri() + "\""), "input: must be an array, was a string"},
            {ValidDocument.with("[0.05, 0.1]", "\"/etc/passwd\""), "input: must be an array, was a string"},
            {ValidDocument.with("[0.05, 0.1]", "{\"$ref\": \"" + input.toUri() + "\"}"),
                "input: must be an array, was an object"},
            {ValidDocument.with("[[0.1, 0.2, 0.3], [0.4, 0.5]]", "{\"$ref\": \"#/weights\"}"),
                "biases: must be an array, was an object"},
            {"{\"format\": \"deltascope-network\", \"version\": 1, \"$ref\": \"" + whole.toUri() + "\"}",
                "[\"$ref\"]: unknown field; " + FIELDS},
        };
        for (String[] c : cases) {
            NetworkFileException e = assertThrows(NetworkFileException.class,
                    () -> NetworkFile.parse(c[0], "references.json"));
            assertEquals("references.json: " + c[1], e.getMessage());
        }
        String literal = ValidDocument.with("\"two-three-two\"", "\"${jndi:ldap://127.0.0.1/a} file:///etc/passwd\"");
        assertEquals("${jndi:ldap://127.0.0.1/a} file:///etc/passwd", NetworkFile.parse(literal, "t.json").title());
    }

    @Test
    void aFileOverFourMebibytesIsRefusedBeforeItIsParsed() throws IOException {
        Path file = folder.resolve("large.json");
        byte[] bytes = new byte[4 * 1024 * 1024 + 1];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '}';
        Files.write(file, bytes);
        assertEquals(file + ": too large: 4194305 bytes; a network file may be at most 4194304 bytes (4 MiB)",
                assertThrows(NetworkFileException.class, () -> NetworkFile.read(file)).getMessage());
    }

    @Test
    void aGibibyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = folder.resolve("sparse.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        NetworkFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkFileException.class, () -> NetworkFile.read(file)));
        assertEquals(file + ": too large: 1073741824 bytes; a network file may be at most 4194304 bytes (4 MiB)",
                e.getMessage());
    }

    @Test
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        Path zeros = Path.of("/dev/zero");
        assertTrue(Files.isReadable(zeros), "/dev/zero is readable on every Linux machine");
        NetworkFileException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(NetworkFileException.class, () -> NetworkFile.read(zeros)));
        assertEquals("/dev/zero: is a device, not a regular file; give a network file to read", e.getMessage());
    }

    @Test
    void aFifoWithNoWriterIsRefusedWithinASecondInsteadOfWaitingForever() throws Exception {
        Path pipe = ExternalTools.fifo(folder.resolve("net.json"));
        NetworkFileException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(NetworkFileException.class, () -> NetworkFile.read(pipe)));
        assertEquals(pipe + ": is a FIFO, not a regular file; give a network file to read", e.getMessage());
    }

    @Test
    void aLinkToARegularFileIsRead() throws IOException {
        Path file = folder.resolve("real.json");
        Files.writeString(file, NetworkFile.toJson(Presets.CLASSIC.load()));
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), file);
        assertEquals(2, NetworkFile.read(link).depth());
    }

    @Test
    void aBatchOf4096ExamplesIsReadAnd4097AreRefused() {
        assertEquals(4096, NetworkFile.parse(batch(4096), "4096.json").batchSize());
        assertEquals("4097.json: inputs: must hold at most 4096 examples, was 4097",
                assertThrows(NetworkFileException.class, () -> NetworkFile.parse(batch(4097), "4097.json"))
                        .getMessage());
    }

    @Test
    void sixteenLayersAreReadAndSeventeenAreRefused() {
        assertEquals(16, NetworkFile.parse(layers(16), "16.json").depth());
        assertEquals("17.json: layers: must hold the input layer and 1 to 16 more, was 18 layers",
                assertThrows(NetworkFileException.class, () -> NetworkFile.parse(layers(17), "17.json"))
                        .getMessage());
    }

    @Test
    void aWidthOf1024IsReadAnd1025IsRefused() {
        assertEquals(1024, NetworkFile.parse(wide(1024), "1024.json").inputSize());
        assertEquals("1025.json: layers[0].size: must be between 1 and 1024, was 1025",
                assertThrows(NetworkFileException.class, () -> NetworkFile.parse(wide(1025), "1025.json"))
                        .getMessage());
    }

    private static String batch(int examples) {
        return "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": 1},"
                + " {\"size\": 1, \"activation\": \"sigmoid\"}], \"loss\": \"half_squared_error\", \"inputs\": ["
                + "[0.5], ".repeat(examples - 1) + "[0.5]], \"targets\": [" + "[1], ".repeat(examples - 1) + "[1]]}";
    }

    private static String layers(int depth) {
        return "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": 1}"
                + ", {\"size\": 1, \"activation\": \"tanh\"}".repeat(depth)
                + "], \"loss\": \"half_squared_error\", \"input\": [1], \"target\": [0]}";
    }

    private static String wide(int width) {
        return "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": " + width
                + "}, {\"size\": 1, \"activation\": \"relu\"}], \"loss\": \"half_squared_error\", \"input\": ["
                + "1, ".repeat(width - 1) + "1], \"target\": [0]}";
    }
}
