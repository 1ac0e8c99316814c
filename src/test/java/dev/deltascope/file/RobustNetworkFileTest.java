package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deltascope.model.Limits;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents the fuzz test found the reader mishandling, each pinned down with its exact outcome. */
class RobustNetworkFileTest {

    private static final String TWO_WIDE_LAYERS = """
            {"format": "deltascope-network", "version": 1,
             "layers": [{"size": 1024}, {"size": 1024, "activation": "sigmoid"}, {"size": 1, "activation": "sigmoid"}],
             "loss": "half_squared_error", "input": INPUT, "target": [0.5]}
            """;

    @Test
    void aShortFileThatLeavesMillionsOfWeightsToTheSeedIsRefused() {
        String text = TWO_WIDE_LAYERS.replace("INPUT", "[" + "0, ".repeat(1023) + "0]");
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse(text, "wide.json"));
        assertEquals("wide.json: layers: these widths make 1050625 weights and biases; a network may have at most"
                + " 100000", e.getMessage());
    }

    @Test
    void aNetworkWithExactlyTheLargestNumberOfParametersIsRead() {
        String text = """
                {"format": "deltascope-network", "version": 1,
                 "layers": [{"size": 99}, {"size": 1000, "activation": "tanh"}],
                 "loss": "half_squared_error", "input": INPUT, "target": TARGET}
                """.replace("INPUT", zeros(99)).replace("TARGET", zeros(1000));
        Network network = NetworkFile.parse(text, "largest.json");
        assertEquals(Limits.MAX_PARAMETERS, network.parameterCount());
        String oneMore = text.replace("{\"size\": 99}", "{\"size\": 100}").replace(zeros(99), zeros(100));
        NetworkFileException e = assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(oneMore, "larger.json"));
        assertEquals("larger.json: layers: these widths make 101000 weights and biases; a network may have at most"
                + " 100000", e.getMessage());
    }

    @Test
    void fieldNamesWhoseHashesCollideAreReportedAsUnknownFieldsLikeAnyOther() {
        List<String> names = new ArrayList<>(List.of(""));
        for (int i = 0; i < 10; i++) {
            List<String> longer = new ArrayList<>();
            for (String name : names) {
                longer.add(name + "Aa");
                longer.add(name + "B@");
            }
            names = longer;
        }
        StringBuilder text = new StringBuilder("{\"format\": \"deltascope-network\", \"version\": 1");
        for (String name : names) {
            text.append(", \"").append(name).append("\": 1");
        }
        NetworkFileException e = assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(text.append('}').toString(), "colliding.json"));
        assertEquals("colliding.json: AaAaAaAaAaAaAaAaAaAa: unknown field; expected one of format, version, title,"
                + " layers, loss, input, target, inputs, targets, weights, biases, learningRate, seed", e.getMessage());
    }

    @Test
    void aTitleWithHalfASurrogatePairIsRefusedBecauseItCouldNotBeSaved() {
        String text = ValidDocument.with("\"two-three-two\"", "\"two\\ud800three\"");
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFile.parse(text, "half.json"));
        assertEquals("half.json: title: character 3 is \\ud800, half of a surrogate pair without its other half;"
                + " that is not Unicode text", e.getMessage());
        String reversed = ValidDocument.with("\"two-three-two\"", "\"\\ude00\\ud83d\"");
        assertEquals("title", assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse(reversed, "reversed.json")).jsonPath());
    }

    @Test
    void aTitleWithWholeSurrogatePairsIsRead() {
        String text = ValidDocument.with("\"two-three-two\"", "\"\\ud83d\\ude00 \uD83D\uDE00\"");
        assertEquals("\uD83D\uDE00 \uD83D\uDE00", NetworkFile.parse(text, "emoji.json").title());
    }

    @Test
    void lineSeparatorsAndDirectionOverridesInMalformedJsonAreEscapedInTheMessage() {
        NetworkFileException separator = assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse("{\"format\": 1,\u2028}", "separator.json"));
        assertEquals("separator.json: line 1, column 14: malformed JSON: unexpected character ('\\u2028'): was"
                + " expecting double-quote to start field name", separator.getMessage());
        NetworkFileException override = assertThrows(NetworkFileException.class,
                () -> NetworkFile.parse("\u202e{}", "override.json"));
        assertEquals("override.json: line 1, column 1: malformed JSON: unexpected character ('\\u202e'): expected a"
                + " JSON value", override.getMessage());
    }

    private static String zeros(int n) {
        return "[" + "0, ".repeat(n - 1) + "0]";
    }
}
