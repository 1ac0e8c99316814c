package dev.deltascope.file;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small valid 2-3-2 document (non-square shapes) and exact text edits that break it. */
final class ValidDocument {

    static final String TEXT = """
            {
              "format": "deltascope-network",
              "version": 1,
              "title": "two-three-two",
              "layers": [{"size": 2}, {"size": 3, "activation": "sigmoid"}, {"size": 2, "activation": "sigmoid"}],
              "loss": "half_squared_error",
              "input": [0.05, 0.1],
              "target": [0.01, 0.99],
              "weights": [[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]],
              "biases": [[0.1, 0.2, 0.3], [0.4, 0.5]],
              "learningRate": 0.5,
              "seed": 7
            }
            """;

    private ValidDocument() {
    }

    /** The document with the first occurrence of {@code from} replaced; fails if {@code from} is absent. */
    static String with(String from, String to) {
        assertTrue(TEXT.contains(from), "the valid document does not contain: " + from);
        return TEXT.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** The document without the line holding {@code field}. */
    static String without(String field) {
        String line = TEXT.lines().filter(l -> l.strip().startsWith("\"" + field + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + field));
        return with(line + "\n", "");
    }
}
