package dev.deltascope.file;

import dev.deltascope.file.RobustDocuments.Document;
import dev.deltascope.file.RobustDocuments.Kind;
import dev.deltascope.file.RobustJson.Again;
import dev.deltascope.file.RobustJson.Raw;
import dev.deltascope.file.RobustJson.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Makes one document of a given kind: a valid tree or preset, broken as a tree, as text or as bytes. */
final class RobustMutations {

    /** A little over the 4 MiB limit, so some documents cross it. */
    private static final int LARGEST = 4 * 1024 * 1024 + 4096;
    /** The usual bound for huge arrays and deep nesting; one in sixteen goes up to {@link #LARGEST}. */
    private static final int LARGE = 256 * 1024;

    static final List<String> EXTREME_NUMBERS = List.of("1e999", "-1e999", "1e-400", "-0", "-0.0", "0e0", "4.9e-324",
            "2.4e-324", "1.7976931348623157e308", "1.7976931348623159e308", "NaN", "-NaN", "Infinity", "-Infinity",
            "+1", "01", ".5", "1.", "0x10", "1e", "-", "1e+", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "18446744073709551616", "1024", "1025", "0", "-1", "4096", "4097", "16", "17",
            "1e1000000000", "1e-1000000000", "0." + "0".repeat(1001) + "1", "1" + "0".repeat(998),
            "1" + "0".repeat(400), "1E5", "1.0", "2.5", "3.0000000000000001", "-1e-320", "1e308");
    private static final List<String> HUGE_ELEMENTS = List.of("0", "1.5", "[]", "[0, 1]", "{}", "\"s\"", "null",
            "-1e-7", "{\"size\": 1}");

    private RobustMutations() {
    }

    static Document make(Kind kind, SplittableRandom random) {
        switch (kind) {
            case VALID:
                return text(kind, RobustJson.write(RobustDocuments.validTree(random, 5, 4, random.nextInt(4) > 0)));
            case PRESET_MUTATION:
                return presetMutation(random);
            case TRUNCATED:
                String whole = validText(random);
                return text(kind, whole.substring(0, random.nextInt(whole.length())));
            case WRONG_TYPE:
            case WRONG_SHAPE:
            case EXTREME_NUMBER:
            case DEEP_NESTING:
            case HUGE_ARRAY:
            case HOSTILE_FIELD:
                Map<Object, Object> tree = RobustDocuments.validTree(random, 4, 3, random.nextInt(4) > 0);
                return text(kind, RobustJson.write(mutateTree(kind, tree, random)));
            case DUPLICATE_KEY:
                return text(kind, RobustJson.write(duplicateKey(random)));
            case LARGE_SEEDED:
                return text(kind, RobustJson.write(largeSeeded(random)));
            case UNICODE_GARBAGE:
                return text(kind, RobustTextEdits.unicodeGarbage(validText(random), random));
            case INVALID_UTF8:
                return bytes(kind, RobustTextEdits.invalidUtf8(validText(random), random));
            case RANDOM_TOKENS:
                return text(kind, RobustTextEdits.randomTokens(random));
            case RANDOM_BYTES:
                return bytes(kind, RobustTextEdits.randomBytes(random, validText(random)));
            default:
                throw new AssertionError(kind);
        }
    }

    private static Document text(Kind kind, String text) {
        return new Document(kind, text, null);
    }

    private static Document bytes(Kind kind, byte[] bytes) {
        return new Document(kind, null, bytes);
    }

    private static String validText(SplittableRandom random) {
        if (random.nextBoolean()) {
            return RobustDocuments.PRESET_TEXTS.get(random.nextInt(RobustDocuments.PRESET_TEXTS.size()));
        }
        return RobustJson.write(RobustDocuments.validTree(random, 5, 4, random.nextBoolean()));
    }

    private static Object mutateTree(Kind kind, Map<Object, Object> tree, SplittableRandom random) {
        List<Slot> slots = RobustJson.slots(tree);
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (kind) {
            case WRONG_TYPE:
                slot.set(otherType(slot.get(), random));
                return tree;
            case WRONG_SHAPE:
                return wrongShape(tree, slots, random);
            case EXTREME_NUMBER:
                List<Slot> numbers = slots.stream().filter(s -> s.get() instanceof Number).toList();
                numbers.get(random.nextInt(numbers.size()))
                        .set(new Raw(EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size()))));
                return tree;
            case DEEP_NESTING:
                String nested = nested(random);
                if (random.nextInt(4) == 0) {
                    return new Raw(nested);
                }
                slot.set(new Raw(nested));
                return tree;
            case HUGE_ARRAY:
                String element = HUGE_ELEMENTS.get(random.nextInt(HUGE_ELEMENTS.size()));
                int count = (int) RobustTextEdits.logUniform(random, 4000, largest(random) / (element.length() + 1));
                slot.set(new Raw("[" + (element + ",").repeat(count - 1) + element + "]"));
                return tree;
            default:
                return hostile(tree, slots, random);
        }
    }

    private static Object otherType(Object old, SplittableRandom random) {
        List<Object> values = List.of("text", 1L, 2.5, true, false, new Raw("null"), new Raw("{}"), new Raw("[]"),
                List.of("x"), Map.of("a", 1L), List.of(List.of(1L)), "/etc/passwd");
        for (int attempt = 0; attempt < 10; attempt++) {
            Object value = values.get(random.nextInt(values.size()));
            if (old == null || value.getClass() != old.getClass()) {
                return value;
            }
        }
        return new Raw("null");
    }

    @SuppressWarnings("unchecked")
    private static Object wrongShape(Map<Object, Object> tree, List<Slot> slots, SplittableRandom random) {
        List<Slot> lists = slots.stream().filter(s -> s.get() instanceof List<?>).toList();
        Slot slot = lists.get(random.nextInt(lists.size()));
        List<Object> list = new ArrayList<>((List<Object>) slot.get());
        switch (random.nextInt(5)) {
            case 0:
                if (!list.isEmpty()) {
                    list.remove(random.nextInt(list.size()));
                }
                break;
            case 1:
                list.add(list.isEmpty() ? 0.5 : list.get(random.nextInt(list.size())));
                break;
            case 2:
                list = List.of(list);
                break;
            case 3:
                list.clear();
                break;
            default:
                List<Slot> sizes = slots.stream().filter(s -> "size".equals(s.key())).toList();
                sizes.get(random.nextInt(sizes.size())).set((long) random.nextInt(2000) - 1);
                return tree;
        }
        slot.set(list);
        return tree;
    }

    private static Object hostile(Map<Object, Object> tree, List<Slot> slots, SplittableRandom random) {
        List<Object> values = List.of("java.lang.ProcessBuilder", "file:///etc/passwd", "/etc/passwd",
                List.of("java.lang.ProcessBuilder", List.of("touch", "/tmp/pwned")),
                Map.of("@class", "java.lang.Runtime"), Map.of("$ref", "#/weights"),
                new Raw("{\"@type\": \"java.net.URL\", \"val\": \"http://127.0.0.1/\"}"));
        switch (random.nextInt(3)) {
            case 0:
                String[] keys = {"@class", "$ref", "@type", "$type", "class", "@id", "__proto__"};
                tree.put(keys[random.nextInt(keys.length)], values.get(random.nextInt(values.size())));
                break;
            case 1:
                slots.get(random.nextInt(slots.size())).set(values.get(random.nextInt(values.size())));
                break;
            default:
                Object layers = tree.get("layers");
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) layers;
                @SuppressWarnings("unchecked")
                Map<Object, Object> layer = (Map<Object, Object>) list.get(random.nextInt(list.size()));
                layer.put("@class", "java.lang.ProcessBuilder");
        }
        return tree;
    }

    /** Arrays or objects nested up to millions deep, balanced or left open. */
    private static String nested(SplittableRandom random) {
        boolean objects = random.nextBoolean();
        String open = objects ? "{\"a\": " : "[";
        String close = objects ? "}" : "]";
        int depth = (int) RobustTextEdits.logUniform(random, 5, largest(random) / (open.length() + 1));
        StringBuilder text = new StringBuilder(open.repeat(depth));
        text.append(objects ? "1" : "");
        if (random.nextInt(3) > 0) {
            text.append(close.repeat(depth));
        }
        return text.toString();
    }

    private static int largest(SplittableRandom random) {
        return random.nextInt(16) == 0 ? LARGEST : LARGE;
    }

    private static Map<Object, Object> duplicateKey(SplittableRandom random) {
        Map<Object, Object> tree = RobustDocuments.validTree(random, 4, 3, true);
        Map<Object, Object> target = tree;
        if (random.nextBoolean()) {
            @SuppressWarnings("unchecked")
            List<Object> layers = (List<Object>) tree.get("layers");
            @SuppressWarnings("unchecked")
            Map<Object, Object> layer = (Map<Object, Object>) layers.get(random.nextInt(layers.size()));
            target = layer;
        }
        List<Object> keys = new ArrayList<>(target.keySet());
        Object key = keys.get(random.nextInt(keys.size()));
        target.put(new Again((String) key), random.nextBoolean() ? target.get(key) : "other");
        return tree;
    }

    /**
     * A valid document with no weights and up to 16 layers, each 1024 wide one time in four: two
     * wide layers in a row ask for over a million parameters, more than the format allows.
     */
    private static Map<Object, Object> largeSeeded(SplittableRandom random) {
        Map<Object, Object> tree = RobustDocuments.validTree(random, 2, 16, false);
        @SuppressWarnings("unchecked")
        List<Object> layers = (List<Object>) tree.get("layers");
        long[] sizes = new long[layers.size()];
        for (int l = 0; l < layers.size(); l++) {
            sizes[l] = random.nextInt(4) == 0 ? 1024 : 1 + random.nextInt(8);
            @SuppressWarnings("unchecked")
            Map<Object, Object> layer = (Map<Object, Object>) layers.get(l);
            layer.put("size", sizes[l]);
        }
        tree.remove("inputs");
        tree.remove("targets");
        tree.put("input", RobustDocuments.numbers(random, (int) sizes[0], false));
        tree.put("target", RobustDocuments.numbers(random, (int) sizes[sizes.length - 1], true));
        return tree;
    }

    private static Document presetMutation(SplittableRandom random) {
        String text = RobustDocuments.PRESET_TEXTS.get(random.nextInt(RobustDocuments.PRESET_TEXTS.size()));
        for (int edits = 1 + random.nextInt(4); edits > 0 && !text.isEmpty(); edits--) {
            text = RobustTextEdits.edit(text, random);
        }
        return text(Kind.PRESET_MUTATION, text);
    }
}
