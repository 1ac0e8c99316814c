package dev.deltascope.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;

/** Typed access to a JSON tree; every mismatch becomes a {@link NetworkFileException} naming the path. */
final class JsonFields {

    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    NetworkFileException error(String path, String problem) {
        return new NetworkFileException(source, path, problem);
    }

    ObjectNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw error(path, (path.isEmpty() ? "the document must be a JSON object" : "must be an object")
                    + ", was " + describe(node));
        }
        return (ObjectNode) node;
    }

    ArrayNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw error(path, "must be an array, was " + describe(node));
        }
        return (ArrayNode) node;
    }

    String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw error(path, "must be a string, was " + describe(node));
        }
        return node.textValue();
    }

    /** A JSON number as a double; the tree reader has already rejected non-finite numbers. */
    double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw error(path, "must be a number, was " + describe(node));
        }
        return node.doubleValue();
    }

    /** A whole number in [min, max]; 3 and 3.0 are both accepted, 3.5 is not. */
    long integer(JsonNode node, String path, long min, long max) {
        if (!node.isNumber()) {
            throw error(path, "must be a whole number, was " + describe(node));
        }
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else {
            double d = node.doubleValue();
            if (d != Math.rint(d)) {
                throw error(path, "must be a whole number, was " + d);
            }
            value = new BigDecimal(d).toBigIntegerExact();
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(path, "must be between " + min + " and " + max + ", was " + JsonPath.shorten(value.toString()));
        }
        return value.longValueExact();
    }

    /** The named field; a missing one is an error whose message ends with {@code hint}. */
    JsonNode required(ObjectNode object, String path, String name, String hint) {
        JsonNode node = object.get(name);
        if (node == null) {
            throw error(JsonPath.field(path, name), "missing; " + hint);
        }
        return node;
    }

    /** Rejects the first field of {@code object} whose name is not in {@code known}. */
    void rejectUnknown(ObjectNode object, String path, List<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(JsonPath.field(path, name), "unknown field; expected one of " + String.join(", ", known));
            }
        }
    }

    /** An array of exactly {@code length} numbers; {@code why} says where the length comes from. */
    double[] numbers(JsonNode node, String path, int length, String why) {
        ArrayNode array = array(node, path);
        if (array.size() != length) {
            throw error(path, "must hold " + count(length, "number") + " (" + why + "), was " + array.size());
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            JsonNode entry = array.get(i);
            values[i] = entry.isNumber() ? entry.doubleValue() : number(entry, JsonPath.index(path, i));
        }
        return values;
    }

    /** "1 number", "3 numbers". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "a string", "a number", "an array", "an object", "true", "false" or "null". */
    static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case BOOLEAN:
                return node.booleanValue() ? "true" : "false";
            case NULL:
                return "null";
            default:
                return "an unsupported value";
        }
    }
}
