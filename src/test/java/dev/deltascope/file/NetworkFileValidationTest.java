package dev.deltascope.file;

import static dev.deltascope.file.ValidDocument.with;
import static dev.deltascope.file.ValidDocument.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkFileValidationTest {

    private static final String LAYERS =
            "[{\"size\": 2}, {\"size\": 3, \"activation\": \"sigmoid\"}, {\"size\": 2, \"activation\": \"sigmoid\"}]";
    private static final String SINGLE = "\"input\": [0.05, 0.1],\n  \"target\": [0.01, 0.99],";
    private static final String FIELDS = "format, version, title, layers, loss, input, target, inputs, targets,"
            + " weights, biases, learningRate, seed";
    private static final String W1_SHAPE = "W^1 is 3x2: layers[1].size rows of layers[0].size numbers";
    private static final String W2_SHAPE = "W^2 is 2x3: layers[2].size rows of layers[1].size numbers";
    private static final String ACTIVATIONS = "sigmoid, tanh, relu, identity, softmax";
    private static final String PAIRING =
            "give input and target (one example) or inputs and targets (a mini-batch)";

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("a foreign format", with("\"deltascope-network\"", "\"other\""),
                        "format", "must be \"deltascope-network\", was \"other\""),
                broken("no format", without("format"), "format",
                        "missing; a network file starts with \"format\": \"deltascope-network\", \"version\": 1"),
                broken("a later version", with("\"version\": 1", "\"version\": 2"),
                        "version", "must be 1 (the only version this program reads), was 2"),
                broken("a version written as text", with("\"version\": 1", "\"version\": \"1\""),
                        "version", "must be 1 (the only version this program reads), was a string"),
                broken("an unknown top-level field", with("\"seed\": 7", "\"seed\": 7, \"colour\": \"red\""),
                        "colour", "unknown field; expected one of " + FIELDS),
                broken("an unknown field in a layer", with("{\"size\": 3,", "{\"size\": 3, \"bias\": 0,"),
                        "layers[1].bias", "unknown field; expected one of size, activation"),
                broken("a layer of width 0", with("{\"size\": 3,", "{\"size\": 0,"),
                        "layers[1].size", "must be between 1 and 1024, was 0"),
                broken("a layer wider than 1024", with("{\"size\": 3,", "{\"size\": 1025,"),
                        "layers[1].size", "must be between 1 and 1024, was 1025"),
                broken("a fractional width", with("{\"size\": 3,", "{\"size\": 2.5,"),
                        "layers[1].size", "must be a whole number, was 2.5"),
                broken("a width written as text", with("{\"size\": 3,", "{\"size\": \"3\","),
                        "layers[1].size", "must be a whole number, was a string"),
                broken("a layer without a size", with("{\"size\": 3, ", "{"),
                        "layers[1].size", "missing; give the number of units, 1 to 1024"),
                broken("an activation on the input layer",
                        with("{\"size\": 2}", "{\"size\": 2, \"activation\": \"relu\"}"),
                        "layers[0].activation", "the input layer has no activation; remove this field"),
                broken("a hidden layer without an activation", with("{\"size\": 3, \"activation\": \"sigmoid\"}",
                        "{\"size\": 3}"), "layers[1].activation", "missing; expected one of " + ACTIVATIONS),
                broken("an activation spelled in capitals", with("\"activation\": \"sigmoid\"}, {\"size\": 2",
                        "\"activation\": \"Sigmoid\"}, {\"size\": 2"),
                        "layers[1].activation", "must be one of " + ACTIVATIONS + ", was \"Sigmoid\""),
                broken("only the input layer", with(LAYERS, "[{\"size\": 2}]"),
                        "layers", "must hold the input layer and 1 to 16 more, was 1 layer"),
                broken("seventeen layers after the input", with(LAYERS, tooManyLayers()),
                        "layers", "must hold the input layer and 1 to 16 more, was 18 layers"),
                broken("layers as an object", with(LAYERS, "{\"size\": 2}"),
                        "layers", "must be an array, was an object"),
                broken("a layer that is a number", with("{\"size\": 3, \"activation\": \"sigmoid\"}", "3"),
                        "layers[1]", "must be an object, was a number"),
                broken("a layer that is null", with("{\"size\": 3, \"activation\": \"sigmoid\"}", "null"),
                        "layers[1]", "must be an object, was null"),
                broken("an unknown loss", with("\"half_squared_error\"", "\"mse\""),
                        "loss", "must be one of half_squared_error, cross_entropy, was \"mse\""),
                broken("cross-entropy after a tanh output", with("\"half_squared_error\"", "\"cross_entropy\"")
                        .replace("{\"size\": 2, \"activation\": \"sigmoid\"}",
                                "{\"size\": 2, \"activation\": \"tanh\"}"),
                        "loss", "cross_entropy needs outputs that are probabilities (a and 1 - a in (0, 1)), so the"
                                + " output layer layers[2] must use sigmoid or softmax, not tanh"),
                broken("a cross-entropy target above 1", with("\"half_squared_error\"", "\"cross_entropy\"")
                        .replace("[0.01, 0.99]", "[0.01, 2]"),
                        "target[1]", "must be between 0 and 1 with cross_entropy (targets are probabilities), was 2.0"),
                broken("an input of the wrong length", with("[0.05, 0.1]", "[0.05, 0.1, 0.2]"),
                        "input", "must hold 2 numbers (layers[0].size), was 3"),
                broken("a target of the wrong length", with("[0.01, 0.99]", "[0.01]"),
                        "target", "must hold 2 numbers (the output layer's size, layers[2].size), was 1"),
                broken("an input entry written as text", with("[0.05, 0.1]", "[0.05, \"0.1\"]"),
                        "input[1]", "must be a number, was a string"),
                broken("an input entry that is true", with("[0.05, 0.1]", "[true, 0.1]"),
                        "input[0]", "must be a number, was true"),
                broken("NaN in the input", with("[0.05, 0.1]", "[NaN, 0.1]"),
                        "input[0]", "must be a finite number, was NaN"),
                broken("a weight that overflows", with("[0.3, 0.4]", "[1e999, 0.4]"),
                        "weights[0][1][0]", "must be a finite number, was 1e999"),
                broken("an infinite bias", with("[0.4, 0.5]]", "[0.4, -Infinity]]"),
                        "biases[1][1]", "must be a finite number, was -Infinity"),
                broken("an integer too large for a double", with("\"seed\": 7", "\"seed\": 1" + "0".repeat(400)),
                        "seed", "must be a finite number, was 1" + "0".repeat(39) + "..."),
                broken("both input and inputs", with(SINGLE, SINGLE + " \"inputs\": [[1, 2]],"),
                        "inputs", "cannot be mixed with input or target; " + PAIRING),
                broken("no examples at all", with(SINGLE, ""), "input", "missing; " + PAIRING),
                broken("an input without a target", with("\"target\": [0.01, 0.99],", ""),
                        "target", "missing; an input needs a target of 2 numbers"),
                broken("inputs without targets", with(SINGLE, "\"inputs\": [[1, 2]],"),
                        "targets", "missing; inputs need targets, one per example"),
                broken("fewer targets than inputs", with(SINGLE,
                        "\"inputs\": [[1, 2], [3, 4]], \"targets\": [[0.1, 0.2]],"),
                        "targets", "must hold one target per input (2), was 1"),
                broken("an empty mini-batch", with(SINGLE, "\"inputs\": [], \"targets\": [],"),
                        "inputs", "must hold 1 to 4096 examples, was 0"),
                broken("a short example in a mini-batch", with(SINGLE,
                        "\"inputs\": [[1, 2], [3]], \"targets\": [[0.1, 0.2], [0.3, 0.4]],"),
                        "inputs[1]", "must hold 2 numbers (layers[0].size), was 1"),
                broken("an example that is a bare number", with(SINGLE,
                        "\"inputs\": [[1, 2], 3], \"targets\": [[0.1, 0.2], [0.3, 0.4]],"),
                        "inputs[1]", "must be an array, was a number"),
                broken("more than 4096 examples", with(SINGLE, "\"inputs\": [" + "[1, 2],".repeat(5000)
                        + "[1, 2]], \"targets\": [],"), "inputs", "must hold at most 4096 examples, was 5001"),
                broken("one weight matrix too few", with("\"weights\": [[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], ",
                        "\"weights\": ["), "weights", "must hold one matrix per layer after the input (2), was 1"),
                broken("a weight matrix with a row missing", with("[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]",
                        "[[0.1, 0.2], [0.3, 0.4]]"), "weights[0]", "must hold 3 rows (" + W1_SHAPE + "), was 2"),
                broken("a weight row with an extra number", with("[0.4, 0.5, 0.6]]]", "[0.4, 0.5, 0.6, 0.7]]]"),
                        "weights[1][1]", "must hold 3 numbers (" + W2_SHAPE + "), was 4"),
                broken("a bias list of the wrong length", with("[0.4, 0.5]]", "[0.4]]"),
                        "biases[1]", "must hold 2 numbers (layers[2].size), was 1"),
                broken("weights without biases", without("biases"),
                        "biases", "missing; weights and biases go together (leave out both to draw them from seed)"),
                broken("a learning rate of zero", with("\"learningRate\": 0.5", "\"learningRate\": 0"),
                        "learningRate", "must be greater than 0, was 0.0"),
                broken("a negative learning rate", with("\"learningRate\": 0.5", "\"learningRate\": -0.5"),
                        "learningRate", "must be greater than 0, was -0.5"),
                broken("a learning rate written as text", with("\"learningRate\": 0.5", "\"learningRate\": \"fast\""),
                        "learningRate", "must be a number, was a string"),
                broken("a fractional seed", with("\"seed\": 7", "\"seed\": 1.5"),
                        "seed", "must be a whole number, was 1.5"),
                broken("a seed beyond 64 bits", with("\"seed\": 7", "\"seed\": 9223372036854775808"), "seed",
                        "must be between -9223372036854775808 and 9223372036854775807, was 9223372036854775808"),
                broken("a title that is a number", with("\"two-three-two\"", "42"),
                        "title", "must be a string, was a number"),
                broken("a repeated top-level field", with("\"seed\": 7", "\"seed\": 7, \"seed\": 8"),
                        "seed", "duplicate field; each field may appear only once"),
                broken("a repeated field in a layer", with("{\"size\": 3,", "{\"size\": 3, \"size\": 4,"),
                        "layers[1].size", "duplicate field; each field may appear only once"),
                broken("an unknown field with an awkward name", with("\"seed\": 7", "\"seed\": 7, \"a b\\n\": 1"),
                        "[\"a b\\u000a\"]", "unknown field; expected one of " + FIELDS),
                broken("a document that is an array", "[1, 2]", "", "the document must be a JSON object, was an array"),
                broken("deep nesting", with("\"seed\": 7", "\"seed\": 7, \"x\": " + "[".repeat(20) + "]".repeat(20)),
                        "x[0][0][0][0][0][0][0]", "nested deeper than 8 levels; a network file needs at most 4"
                                + " (document, weights, matrix, row)"));
    }

    private static Arguments broken(String name, String json, String path, String problem) {
        return Arguments.of(name, json, path, problem);
    }

    private static String tooManyLayers() {
        return "[{\"size\": 2}" + ", {\"size\": 2, \"activation\": \"sigmoid\"}".repeat(17) + "]";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void aBrokenDocumentIsRejectedNamingThePathAndTheRule(String name, String json, String path, String problem) {
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse(json, "net.json"));
        assertEquals(path, e.jsonPath());
        assertEquals(problem, e.problem());
        String place = path.isEmpty() ? "" : path + ": ";
        assertEquals("net.json: " + place + problem, e.getMessage());
    }

    @Test
    void theValidDocumentItselfIsAccepted() {
        assertEquals(3, NetworkFile.parse(ValidDocument.TEXT, "net.json").layer(1).size());
    }

    @Test
    void anEmptyDocumentIsRejected() {
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse("  \n ", "net.json"));
        assertEquals("net.json: the file is empty; expected a JSON object", e.getMessage());
    }
}
