package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code deltascope derive} run on a network written to a file, for the tests of what it prints. */
final class DeriveRun {

    /** XOR as a mini-batch of its four examples: a 2-3-1 network, tanh then sigmoid, cross-entropy. */
    static final String XOR_BATCH = """
            {"format": "deltascope-network", "version": 1,
             "layers": [{"size": 2}, {"size": 3, "activation": "tanh"}, {"size": 1, "activation": "sigmoid"}],
             "loss": "cross_entropy",
             "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]],
             "seed": 99}
            """;

    private DeriveRun() {
    }

    /** Writes {@code text} to {@code folder}/{@code name}; returns its path. */
    static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /**
     * What {@code derive} prints for {@code network}, written to {@code folder}/{@code name}, with
     * {@code options} after the file; the run must exit 0 (its error output is the failure's message).
     */
    static JsonNode derive(Path folder, String name, String network, String... options) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("derive", write(folder, name, network).toString()));
        arguments.addAll(List.of(options));
        CommandRun run = CommandRun.of(arguments.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return json(run);
    }

    /** The run's output read as JSON. */
    static JsonNode json(CommandRun run) throws JsonProcessingException {
        return new ObjectMapper().readTree(run.out());
    }

    /** The names of {@code node}'s fields, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
