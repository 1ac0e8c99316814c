package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deltascope.external.Unprivileged;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileReadingTest {

    @TempDir
    Path folder;

    @Test
    void theExampleOfTheDesignDocumentParsesIntoTheNetworkItDescribes() throws IOException {
        Path file = folder.resolve("classic.json");
        Files.writeString(file, DesignExample.TEXT);
        Network network = NetworkFile.read(file);
        assertEquals("The classic 2-2-2 example", network.title());
        assertEquals(2, network.inputSize());
        assertEquals(2, network.depth());
        assertEquals(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), network.layer(1).weights());
        assertEquals(Matrix.of(new double[][] {{0.40, 0.45}, {0.50, 0.55}}), network.layer(2).weights());
        assertEquals(Matrix.column(0.35, 0.35), network.layer(1).biases());
        assertEquals(Matrix.column(0.60, 0.60), network.layer(2).biases());
        assertEquals(Sigmoid.INSTANCE, network.layer(1).activation());
        assertEquals(Sigmoid.INSTANCE, network.layer(2).activation());
        assertEquals(HalfSquaredError.INSTANCE, network.loss());
        assertEquals(Matrix.column(0.05, 0.10), network.inputs());
        assertEquals(Matrix.column(0.01, 0.99), network.targets());
        assertEquals(0.5, network.learningRate());
        assertEquals(7, network.seed());
    }

    @Test
    void aMissingFileIsOneClearMessage() {
        Path file = folder.resolve("absent.json");
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.read(file));
        assertEquals(file + ": file not found", e.getMessage());
        assertEquals("", e.jsonPath());
    }

    @Test
    void aFolderIsOneClearMessage() {
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.read(folder));
        assertEquals(folder + ": is a folder, not a network file", e.getMessage());
    }

    @Test
    void anUnreadableFileIsOneClearMessage() throws IOException, InterruptedException {
        Path file = folder.resolve("locked.json");
        Files.writeString(file, DesignExample.TEXT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        Unprivileged.Result run = Unprivileged.run(ReadsNetworkFile.class, file.toString());

        assertEquals(file + ": cannot be read: permission denied", run.out(), run.err());
    }

    @Test
    void aPathThroughAFileIsOneClearMessage() throws IOException {
        Path file = folder.resolve("plain.json");
        Files.writeString(file, DesignExample.TEXT);
        Path inside = file.resolve("net.json");
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.read(inside));
        assertEquals(inside + ": cannot be read: Not a directory", e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsOneClearMessage() throws IOException {
        Path file = folder.resolve("latin1.json");
        byte[] bytes = DesignExample.TEXT.replace("classic", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.read(file));
        int offset = DesignExample.TEXT.indexOf("classic") + 3;
        assertEquals(file + ": not UTF-8 text: byte 0xE9 at offset " + offset
                + " cannot start or continue a character", e.getMessage());
    }

    @Test
    void aByteOrderMarkAndNonAsciiTitlesAreRead() throws IOException {
        Path file = folder.resolve("bom.json");
        String text = "\uFEFF" + DesignExample.TEXT.replace("The classic 2-2-2 example", "R\u00e9seau \u03b4 \uD83D\uDE00");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        assertEquals("R\u00e9seau \u03b4 \uD83D\uDE00", NetworkFile.read(file).title());
    }

    @Test
    void aFileLargerThanFourMebibytesIsRejectedBeforeParsing() throws IOException {
        Path file = folder.resolve("huge.json");
        byte[] bytes = new byte[(int) Limits.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '[');
        Files.write(file, bytes);
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.read(file));
        assertEquals(file + ": too large: 4194305 bytes; a network file may be at most 4194304 bytes (4 MiB)",
                e.getMessage());
    }

    @Test
    void aFileOfExactlyFourMebibytesIsParsed() throws IOException {
        Path file = folder.resolve("padded.json");
        String padding = " ".repeat((int) Limits.MAX_FILE_BYTES - DesignExample.TEXT.length());
        Files.writeString(file, DesignExample.TEXT + padding);
        assertEquals(Limits.MAX_FILE_BYTES, Files.size(file));
        assertEquals(7, NetworkFile.read(file).seed());
    }

    @Test
    void aTextLargerThanFourMebibytesIsRejectedByParseToo() {
        String text = DesignExample.TEXT + "\u00e9".repeat((int) Limits.MAX_FILE_BYTES / 2);
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse(text, "pasted"));
        long bytes = DesignExample.TEXT.length() + Limits.MAX_FILE_BYTES;
        assertEquals("pasted: too large: " + bytes + " bytes; a network file may be at most 4194304 bytes (4 MiB)",
                e.getMessage());
    }

    @Test
    void deepNestingIsRejectedWithoutExhaustingTheStack() {
        String text = "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse(text, "deep.json"));
        assertEquals("layers[0][0][0][0][0][0][0]", e.jsonPath());
        assertEquals("deep.json: layers[0][0][0][0][0][0][0]: nested deeper than 8 levels; a network file needs at"
                + " most 4 (document, weights, matrix, row)", e.getMessage());
    }

    @Test
    void optionalFieldsTakeTheirDocumentedDefaults() {
        String text = """
                {"format": "deltascope-network", "version": 1,
                 "layers": [{"size": 1}, {"size": 1, "activation": "identity"}],
                 "loss": "half_squared_error", "input": [1], "target": [2]}
                """;
        Network network = NetworkFile.parse(text, "minimal.json");
        assertEquals("", network.title());
        assertEquals(0.1, network.learningRate());
        assertEquals(0, network.seed());
    }

    @Test
    void integersAndWholeDecimalsAreBothAcceptedAsWidthsAndSeeds() {
        String text = ValidDocument.with("{\"size\": 3,", "{\"size\": 3.0,").replace("\"seed\": 7", "\"seed\": -7e2");
        Network network = NetworkFile.parse(text, "net.json");
        assertEquals(3, network.layer(1).size());
        assertEquals(-700, network.seed());
    }
}
