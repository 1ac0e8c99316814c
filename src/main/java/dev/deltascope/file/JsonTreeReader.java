package dev.deltascope.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deltascope.model.Limits;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Strict JSON text to a plain tree of objects, arrays, strings, numbers, booleans and nulls,
 * with Jackson's streaming parser. Nothing in the input chooses a Java type. Rejects, naming
 * the JSON path: duplicate keys, nesting deeper than {@value #MAX_DEPTH}, arrays longer than
 * {@link Limits#MAX_EXAMPLES}, and numbers that are not finite (NaN, Infinity, 1e999).
 */
final class JsonTreeReader {

    /** Deepest nesting accepted; the format itself needs 4 (document, weights, matrix, row). */
    static final int MAX_DEPTH = 8;
    /** Longest array accepted; no array of the format may be longer. */
    static final int MAX_ARRAY_LENGTH = Limits.MAX_EXAMPLES;

    /**
     * Field names are not canonicalised: the symbol table costs time on documents with many
     * distinct names and refuses names whose hashes collide, which are valid JSON.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private final String source;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private JsonParser parser;
    /** The current place, one segment per level: a field name, or null with the index in {@link #indices}. */
    private final String[] names = new String[MAX_DEPTH + 2];
    private final int[] indices = new int[MAX_DEPTH + 2];
    private int level;

    private JsonTreeReader(String source) {
        this.source = source;
    }

    /** The tree of one JSON document; anything else in the text is an error. */
    static JsonNode read(String json, String source) {
        return new JsonTreeReader(source).document(json);
    }

    private JsonNode document(String json) {
        try (JsonParser opened = FACTORY.createParser(json)) {
            parser = opened;
            if (parser.nextToken() == null) {
                throw new NetworkFileException(source, "", "the file is empty; expected a JSON object");
            }
            JsonNode root = value(1);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new NetworkFileException(source, "", at.getLineNr(), at.getColumnNr(),
                        "malformed JSON: more content after the end of the document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new NetworkFileException(source, path(), at.getLineNr(), at.getColumnNr(),
                    "malformed JSON: " + JacksonMessages.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new NetworkFileException(source, path(), "cannot be parsed: " + e.getMessage());
        }
    }

    private JsonNode value(int depth) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(depth);
            case START_ARRAY:
                return array(depth);
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer();
            case VALUE_NUMBER_FLOAT:
                return decimal();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new NetworkFileException(source, path(), "unexpected JSON token " + token);
        }
    }

    private ObjectNode object(int depth) throws IOException {
        checkDepth(depth);
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            enter(name, 0);
            if (object.has(name)) {
                throw new NetworkFileException(source, path(), "duplicate field; each field may appear only once");
            }
            parser.nextToken();
            object.set(name, value(depth + 1));
            level--;
        }
        return object;
    }

    private ArrayNode array(int depth) throws IOException {
        checkDepth(depth);
        ArrayNode array = nodes.arrayNode();
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count < MAX_ARRAY_LENGTH) {
                enter(null, count);
                array.add(value(depth + 1));
                level--;
            } else {
                parser.skipChildren();
            }
            count++;
        }
        if (count > MAX_ARRAY_LENGTH) {
            String path = path();
            String entries = path.equals("inputs") || path.equals("targets") ? "examples" : "entries";
            throw new NetworkFileException(source, path,
                    "must hold at most " + MAX_ARRAY_LENGTH + " " + entries + ", was " + count);
        }
        return array;
    }

    /** Steps into field {@code name}, or into entry {@code index} when name is null. */
    private void enter(String name, int index) {
        names[level] = name;
        indices[level] = index;
        level++;
    }

    /** The current place as a JSON path, built only when a message needs it. */
    private String path() {
        String path = "";
        for (int i = 0; i < level; i++) {
            path = names[i] != null ? JsonPath.field(path, names[i]) : JsonPath.index(path, indices[i]);
        }
        return path;
    }

    private JsonNode integer() throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return nodes.numberNode(parser.getIntValue());
            case LONG:
                return nodes.numberNode(parser.getLongValue());
            default:
                BigInteger value = parser.getBigIntegerValue();
                if (Double.isInfinite(value.doubleValue())) {
                    throw notFinite();
                }
                return nodes.numberNode(value);
        }
    }

    private JsonNode decimal() throws IOException {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw notFinite();
        }
        return nodes.numberNode(value);
    }

    private NetworkFileException notFinite() throws IOException {
        return new NetworkFileException(source, path(),
                "must be a finite number, was " + JsonPath.shorten(parser.getText()));
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new NetworkFileException(source, path(), "nested deeper than " + MAX_DEPTH
                    + " levels; a network file needs at most 4 (document, weights, matrix, row)");
        }
    }
}
