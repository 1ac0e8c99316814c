package dev.deltascope.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Network documents for fuzzing the reader, valid and hostile. Each is a pure function of a
 * seed and an index, so a failing case can be made again with {@code document(seed, index)}.
 * Documents are built as trees of maps, lists and leaves (written by {@link JsonText}), then
 * mutated as trees, as text or as bytes by {@link RobustMutations}.
 */
final class RobustDocuments {

    /** What a document was made to test. */
    enum Kind {
        VALID(6), PRESET_MUTATION(14), TRUNCATED(7), WRONG_TYPE(10), WRONG_SHAPE(10), EXTREME_NUMBER(10),
        DUPLICATE_KEY(5), DEEP_NESTING(4), HUGE_ARRAY(2), LARGE_SEEDED(1), UNICODE_GARBAGE(8), INVALID_UTF8(5),
        RANDOM_TOKENS(6), RANDOM_BYTES(5), HOSTILE_FIELD(5);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /**
     * One document: text for {@code NetworkFile.parse}, or bytes for {@code NetworkFile.read}
     * when the encoding itself is under test. Exactly one of text and bytes is non-null.
     */
    record Document(Kind kind, String text, byte[] bytes) {

        long length() {
            return text != null ? text.length() : bytes.length;
        }

        /** The first characters, escaped, for a failure message. */
        String preview() {
            String start = text != null ? text : new String(bytes, StandardCharsets.ISO_8859_1);
            return JsonPath.quote(start.length() > 120 ? start.substring(0, 120) : start);
        }
    }

    static final List<String> ACTIVATIONS = List.of("sigmoid", "tanh", "relu", "identity", "softmax");
    static final List<String> PRESET_TEXTS = presetTexts();

    private RobustDocuments() {
    }

    /** Document {@code index} of the run with this seed. */
    static Document document(long seed, int index) {
        SplittableRandom random = new SplittableRandom(new SplittableRandom(seed).nextLong() + index);
        Kind kind = kind(random);
        return RobustMutations.make(kind, random);
    }

    private static Kind kind(SplittableRandom random) {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += kind.weight;
        }
        int pick = random.nextInt(total);
        for (Kind kind : Kind.values()) {
            pick -= kind.weight;
            if (pick < 0) {
                return kind;
            }
        }
        throw new AssertionError("weights do not add up");
    }

    /**
     * A valid document as a tree: 1..maxDepth layers of 1..maxWidth units, random activations and
     * loss (cross-entropy only over a sigmoid or softmax output, with targets in [0, 1]), one
     * example or a batch, and, when {@code explicitWeights}, every weight and bias.
     */
    static Map<Object, Object> validTree(SplittableRandom random, int maxWidth, int maxDepth,
            boolean explicitWeights) {
        int depth = 1 + random.nextInt(maxDepth);
        int[] sizes = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            sizes[l] = 1 + random.nextInt(maxWidth);
        }
        List<String> activations = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            activations.add(ACTIVATIONS.get(random.nextInt(ACTIVATIONS.size())));
        }
        boolean crossEntropy = random.nextBoolean();
        String output = activations.get(depth - 1);
        if (crossEntropy && !output.equals("sigmoid") && !output.equals("softmax")) {
            activations.set(depth - 1, random.nextBoolean() ? "sigmoid" : "softmax");
        }
        Map<Object, Object> root = new LinkedHashMap<>();
        root.put("format", "deltascope-network");
        root.put("version", random.nextInt(4) == 0 ? (Object) 1.0 : (Object) 1L);
        if (random.nextInt(5) > 0) {
            root.put("title", title(random));
        }
        List<Object> layers = new ArrayList<>();
        for (int l = 0; l <= depth; l++) {
            Map<Object, Object> layer = new LinkedHashMap<>();
            layer.put("size", (long) sizes[l]);
            if (l > 0) {
                layer.put("activation", activations.get(l - 1));
            }
            layers.add(layer);
        }
        root.put("layers", layers);
        root.put("loss", crossEntropy ? "cross_entropy" : "half_squared_error");
        int examples = random.nextBoolean() ? 0 : 1 + random.nextInt(5);
        if (examples == 0) {
            root.put("input", numbers(random, sizes[0], false));
            root.put("target", numbers(random, sizes[depth], crossEntropy));
        } else {
            List<Object> inputs = new ArrayList<>();
            List<Object> targets = new ArrayList<>();
            for (int k = 0; k < examples; k++) {
                inputs.add(numbers(random, sizes[0], false));
                targets.add(numbers(random, sizes[depth], crossEntropy));
            }
            root.put("inputs", inputs);
            root.put("targets", targets);
        }
        if (explicitWeights) {
            List<Object> weights = new ArrayList<>();
            List<Object> biases = new ArrayList<>();
            for (int l = 1; l <= depth; l++) {
                List<Object> rows = new ArrayList<>();
                for (int r = 0; r < sizes[l]; r++) {
                    rows.add(numbers(random, sizes[l - 1], false));
                }
                weights.add(rows);
                biases.add(numbers(random, sizes[l], false));
            }
            root.put("weights", weights);
            root.put("biases", biases);
        }
        if (random.nextInt(3) > 0) {
            root.put("learningRate", random.nextInt(10) == 0 ? Double.MIN_VALUE : 1e-3 + random.nextDouble() * 10);
        }
        if (random.nextInt(3) > 0) {
            root.put("seed", random.nextInt(5) == 0 ? (Object) (double) random.nextInt(1000) : random.nextLong());
        }
        return root;
    }

    /** n finite numbers; probabilities in [0, 1] when asked. */
    static List<Object> numbers(SplittableRandom random, int n, boolean probabilities) {
        List<Object> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(probabilities ? probability(random) : finiteNumber(random));
        }
        return values;
    }

    private static Object probability(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return 0L;
            case 1:
                return 1L;
            case 2:
                return -0.0;
            default:
                return random.nextDouble();
        }
    }

    /** A finite number, sometimes at the edges of the double range (all must read back bit for bit). */
    static Object finiteNumber(SplittableRandom random) {
        double[] edges = {-0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1e300,
            1e-300, 0.1 + 0.2};
        switch (random.nextInt(6)) {
            case 0:
                return (long) (random.nextInt(21) - 10);
            case 1:
                return edges[random.nextInt(edges.length)];
            case 2:
                return random.nextDouble() * 1e-3;
            default:
                return Math.round(random.nextGaussian() * 1e4) / 1e3 + (random.nextBoolean() ? 0 : random.nextDouble());
        }
    }

    /** A title with JSON escapes, LaTeX specials, control characters and non-ASCII text, but no lone surrogates. */
    static String title(SplittableRandom random) {
        String[] pieces = {"net", " ", "R\u00e9seau", "\u03b4", "\uD83D\uDE00", "\"", "\\", "\n", "\t", "\u0000",
            "\u001b[31m", "$x^2$", "{", "}", "&", "%", "#", "_", "~", "${jndi:ldap://127.0.0.1/a}", "\u202e",
            "\u2028", "<script>", "\\u0041"};
        StringBuilder title = new StringBuilder();
        int count = random.nextInt(20) == 0 ? 2000 : random.nextInt(8);
        for (int i = 0; i < count; i++) {
            title.append(pieces[random.nextInt(pieces.length)]);
        }
        return title.toString();
    }

    private static List<String> presetTexts() {
        List<String> texts = new ArrayList<>();
        for (Preset preset : Presets.all()) {
            try (InputStream in = RobustDocuments.class.getResourceAsStream(Presets.FOLDER + preset.resource())) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(texts);
    }
}
