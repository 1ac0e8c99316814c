package dev.deltascope.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for fuzz documents, independent of the code under test. Trees are maps
 * (keys are strings, or {@link Again} to write a key a second time), lists, strings, numbers,
 * booleans, null and {@link Raw} text written as is (for tokens such as {@code 1e999}).
 */
final class RobustJson {

    /** Text written into the document unchanged. */
    record Raw(String text) {
    }

    /** A key written again, so an object holds a duplicate field. */
    record Again(String name) {
    }

    /** A place in a tree: key {@code key} of a map, or index {@code key} of a list. */
    record Slot(Object container, Object key) {

        @SuppressWarnings("unchecked")
        Object get() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?>) {
                ((Map<Object, Object>) container).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }
    }

    private RobustJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Every slot of the tree, depth first. */
    static List<Slot> slots(Object tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        return slots;
    }

    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                slots.add(new Slot(map, key));
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i));
                collect(list.get(i), slots);
            }
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                Object key = entry.getKey();
                quote(key instanceof Again again ? again.name() : (String) key, out);
                out.append(": ");
                write(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
