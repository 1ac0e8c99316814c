package dev.deltascope.file;

import dev.deltascope.io.AtomicWriter;
import dev.deltascope.model.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The network file: JSON, format "deltascope-network", version 1 (see the README). Reading
 * validates everything and reports the first problem as a {@link NetworkFileException} naming
 * the file, the JSON path and the rule; writing is atomic. Every double written reads back to
 * the same bits.
 */
public final class NetworkFile {

    /** η when a file has no {@code learningRate}. */
    public static final double DEFAULT_LEARNING_RATE = NetworkDecoder.DEFAULT_LEARNING_RATE;
    /** The seed when a file has no {@code seed}. */
    public static final long DEFAULT_SEED = NetworkDecoder.DEFAULT_SEED;

    private NetworkFile() {
    }

    /** Reads and validates the file; {@code path.toString()} names it in messages. */
    public static Network read(Path path) {
        String source = path.toString();
        return parse(FileText.read(path, source), source);
    }

    /** Parses and validates a document; {@code source} names it in messages (a file or resource name). */
    public static Network parse(String json, String source) {
        FileText.checkSize(FileText.utf8Length(json), source);
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return NetworkDecoder.decode(JsonTreeReader.read(text, source), source);
    }

    /**
     * The document for {@code network}, ending with a newline. Throws IllegalArgumentException,
     * naming the JSON path, when a number is NaN or infinite or the network breaks a rule of the
     * format (so the text always reads back).
     */
    public static String toJson(Network network) {
        String json = NetworkEncoder.encode(network);
        try {
            NetworkDecoder.decode(JsonTreeReader.read(json, "network"), "network");
        } catch (NetworkFileException e) {
            String place = e.jsonPath().isEmpty() ? "" : e.jsonPath() + ": ";
            throw new IllegalArgumentException("cannot be saved: " + place + e.problem(), e);
        }
        return json;
    }

    /** Writes {@code network} to {@code path} atomically; any failure leaves an earlier file untouched. */
    public static void write(Network network, Path path) {
        String source = path.toString();
        String json;
        try {
            json = toJson(network);
        } catch (IllegalArgumentException e) {
            throw new NetworkFileException(source, "", e.getMessage());
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        FileText.checkSize(bytes.length, source);
        try {
            AtomicWriter.write(path, bytes);
        } catch (IOException e) {
            throw new NetworkFileException(source, "", AtomicWriter.problem(e));
        }
    }
}
