package dev.deltascope.file;

import static dev.deltascope.file.JsonFields.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deltascope.model.Activation;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.Initialisation;
import dev.deltascope.model.Limits;
import dev.deltascope.model.Loss;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Softmax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A JSON tree in the network format (version 1) to a validated {@link Network}. */
final class NetworkDecoder {

    static final String FORMAT = "deltascope-network";
    static final int VERSION = 1;
    /** η when the file has no {@code learningRate}. */
    static final double DEFAULT_LEARNING_RATE = 0.1;
    /** The seed when the file has no {@code seed}. */
    static final long DEFAULT_SEED = 0;

    static final List<String> FIELDS = List.of("format", "version", "title", "layers", "loss",
            "input", "target", "inputs", "targets", "weights", "biases", "learningRate", "seed");
    private static final List<String> LAYER_FIELDS = List.of("size", "activation");
    private static final String PAIRING = "give input and target (one example) or inputs and targets (a mini-batch)";

    private final JsonFields json;
    /** n_0 … n_L. */
    private final List<Integer> sizes = new ArrayList<>();
    /** σ^1 … σ^L. */
    private final List<Activation> activations = new ArrayList<>();

    private NetworkDecoder(String source) {
        this.json = new JsonFields(source);
    }

    static Network decode(JsonNode document, String source) {
        return new NetworkDecoder(source).network(document);
    }

    private Network network(JsonNode document) {
        ObjectNode root = json.object(document, "");
        format(root);
        version(root);
        json.rejectUnknown(root, "", FIELDS);
        String title = root.has("title") ? title(json.text(root.get("title"), "title")) : "";
        layers(root);
        Loss loss = loss(root);
        List<Matrix> examples = examples(root, loss);
        long seed = root.has("seed")
                ? json.integer(root.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE)
                : DEFAULT_SEED;
        List<DenseLayer> layers = parameters(root, seed);
        double learningRate = learningRate(root);
        try {
            return new Network(title, sizes.get(0), layers, loss, examples.get(0), examples.get(1), learningRate, seed);
        } catch (IllegalArgumentException e) {
            throw json.error("", e.getMessage());
        }
    }

    private void format(ObjectNode root) {
        JsonNode format = json.required(root, "", "format",
                "a network file starts with \"format\": \"" + FORMAT + "\", \"version\": " + VERSION);
        if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            String was = format.isTextual() ? JsonPath.quote(format.textValue()) : JsonFields.describe(format);
            throw json.error("format", "must be \"" + FORMAT + "\", was " + was);
        }
    }

    private void version(ObjectNode root) {
        JsonNode version = json.required(root, "", "version", "add \"version\": " + VERSION);
        if (!version.isNumber() || version.doubleValue() != VERSION) {
            String was = version.isNumber() ? JsonPath.shorten(version.asText()) : JsonFields.describe(version);
            throw json.error("version", "must be " + VERSION + " (the only version this program reads), was " + was);
        }
    }

    /** The title; half a surrogate pair is refused, as UTF-8 has no bytes for it and it could not be saved. */
    private String title(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean pair = i + 1 < title.length() && Character.isSurrogatePair(c, title.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw json.error("title", String.format("character %d is \\u%04x, half of a surrogate pair without its"
                        + " other half; that is not Unicode text", i, (int) c));
            }
        }
        return title;
    }

    private void layers(ObjectNode root) {
        ArrayNode layers = json.array(json.required(root, "", "layers",
                "list the input layer and 1 to " + Limits.MAX_LAYERS + " more"), "layers");
        if (layers.size() < 2 || layers.size() > Limits.MAX_LAYERS + 1) {
            throw json.error("layers", "must hold the input layer and 1 to " + Limits.MAX_LAYERS
                    + " more, was " + count(layers.size(), "layer"));
        }
        for (int i = 0; i < layers.size(); i++) {
            String path = JsonPath.index("layers", i);
            ObjectNode layer = json.object(layers.get(i), path);
            json.rejectUnknown(layer, path, LAYER_FIELDS);
            JsonNode size = json.required(layer, path, "size",
                    "give the number of units, " + Limits.MIN_WIDTH + " to " + Limits.MAX_WIDTH);
            sizes.add((int) json.integer(size, JsonPath.field(path, "size"), Limits.MIN_WIDTH, Limits.MAX_WIDTH));
            String activationPath = JsonPath.field(path, "activation");
            if (i == 0) {
                if (layer.has("activation")) {
                    throw json.error(activationPath, "the input layer has no activation; remove this field");
                }
            } else {
                JsonNode name = json.required(layer, path, "activation", "expected one of " + activationNames());
                activations.add(activation(json.text(name, activationPath), activationPath));
            }
        }
        long parameters = 0;
        for (int l = 1; l < sizes.size(); l++) {
            parameters += (long) sizes.get(l) * (sizes.get(l - 1) + 1);
        }
        if (parameters > Limits.MAX_PARAMETERS) {
            throw json.error("layers", "these widths make " + parameters + " weights and biases; a network may have"
                    + " at most " + Limits.MAX_PARAMETERS);
        }
    }

    private Activation activation(String name, String path) {
        for (Activation activation : Activation.all()) {
            if (activation.name().equals(name)) {
                return activation;
            }
        }
        throw json.error(path, "must be one of " + activationNames() + ", was " + JsonPath.quote(name));
    }

    private Loss loss(ObjectNode root) {
        List<String> names = Loss.all().stream().map(Loss::name).toList();
        String expected = String.join(", ", names);
        String name = json.text(json.required(root, "", "loss", "expected one of " + expected), "loss");
        Loss loss = Loss.all().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> json.error("loss", "must be one of " + expected + ", was " + JsonPath.quote(name)));
        Activation output = activations.get(activations.size() - 1);
        if (loss instanceof CrossEntropy && !(output instanceof Sigmoid || output instanceof Softmax)) {
            throw json.error("loss", "cross_entropy needs outputs that are probabilities (a and 1 - a in (0, 1)),"
                    + " so the output layer layers[" + activations.size() + "] must use sigmoid or softmax, not "
                    + output.name());
        }
        return loss;
    }

    /** The inputs (n_0 × m) and the targets (n_L × m), one example per column. */
    private List<Matrix> examples(ObjectNode root, Loss loss) {
        boolean single = root.has("input") || root.has("target");
        boolean batch = root.has("inputs") || root.has("targets");
        if (single && batch) {
            throw json.error(root.has("inputs") ? "inputs" : "targets",
                    "cannot be mixed with input or target; " + PAIRING);
        }
        if (!single && !batch) {
            throw json.error("input", "missing; " + PAIRING);
        }
        int outputLayer = sizes.size() - 1;
        String inputWhy = "layers[0].size";
        String targetWhy = "the output layer's size, layers[" + outputLayer + "].size";
        double[][] inputs;
        double[][] targets;
        if (single) {
            inputs = new double[][] {json.numbers(json.required(root, "", "input",
                    "a target needs an input of " + count(sizes.get(0), "number")), "input", sizes.get(0), inputWhy)};
            targets = new double[][] {json.numbers(json.required(root, "", "target",
                    "an input needs a target of " + count(sizes.get(outputLayer), "number")),
                    "target", sizes.get(outputLayer), targetWhy)};
        } else {
            ArrayNode in = json.array(json.required(root, "", "inputs", "targets need inputs, one per example"),
                    "inputs");
            ArrayNode out = json.array(json.required(root, "", "targets", "inputs need targets, one per example"),
                    "targets");
            if (in.isEmpty() || in.size() > Limits.MAX_EXAMPLES) {
                throw json.error("inputs", "must hold 1 to " + Limits.MAX_EXAMPLES + " examples, was " + in.size());
            }
            Optional<String> tooMany = Limits.examplesTooMany(sizes, in.size());
            if (tooMany.isPresent()) {
                throw json.error("inputs", tooMany.get());
            }
            if (out.size() != in.size()) {
                throw json.error("targets", "must hold one target per input (" + in.size() + "), was " + out.size());
            }
            inputs = new double[in.size()][];
            targets = new double[in.size()][];
            for (int k = 0; k < in.size(); k++) {
                inputs[k] = json.numbers(in.get(k), JsonPath.index("inputs", k), sizes.get(0), inputWhy);
                targets[k] = json.numbers(out.get(k), JsonPath.index("targets", k), sizes.get(outputLayer), targetWhy);
            }
        }
        if (loss instanceof CrossEntropy) {
            checkProbabilities(targets, single);
        }
        return List.of(Matrix.ofColumns(inputs), Matrix.ofColumns(targets));
    }

    private void checkProbabilities(double[][] targets, boolean single) {
        for (int k = 0; k < targets.length; k++) {
            for (int i = 0; i < targets[k].length; i++) {
                double y = targets[k][i];
                if (!(y >= 0 && y <= 1)) {
                    String path = single
                            ? JsonPath.index("target", i)
                            : JsonPath.index(JsonPath.index("targets", k), i);
                    throw json.error(path, "must be between 0 and 1 with cross_entropy (targets are probabilities),"
                            + " was " + y);
                }
            }
        }
    }

    private List<DenseLayer> parameters(ObjectNode root, long seed) {
        JsonNode weights = root.get("weights");
        JsonNode biases = root.get("biases");
        if (weights == null && biases == null) {
            return Initialisation.layers(sizes.get(0), sizes.subList(1, sizes.size()), activations, seed);
        }
        if (weights == null || biases == null) {
            throw json.error(weights == null ? "weights" : "biases",
                    "missing; weights and biases go together (leave out both to draw them from seed)");
        }
        int depth = activations.size();
        ArrayNode weightList = json.array(weights, "weights");
        ArrayNode biasList = json.array(biases, "biases");
        if (weightList.size() != depth) {
            throw json.error("weights", "must hold one matrix per layer after the input (" + depth + "), was "
                    + weightList.size());
        }
        if (biasList.size() != depth) {
            throw json.error("biases", "must hold one list per layer after the input (" + depth + "), was "
                    + biasList.size());
        }
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            Matrix w = weightMatrix(weightList.get(l - 1), JsonPath.index("weights", l - 1), l);
            Matrix b = Matrix.column(json.numbers(biasList.get(l - 1), JsonPath.index("biases", l - 1),
                    sizes.get(l), "layers[" + l + "].size"));
            layers.add(new DenseLayer(w, b, activations.get(l - 1)));
        }
        return layers;
    }

    /** W^l, n_l rows of n_{l−1} numbers. */
    private Matrix weightMatrix(JsonNode node, String path, int l) {
        int rows = sizes.get(l);
        int columns = sizes.get(l - 1);
        String shape = "W^" + l + " is " + rows + "x" + columns + ": layers[" + l + "].size rows of layers["
                + (l - 1) + "].size numbers";
        ArrayNode array = json.array(node, path);
        if (array.size() != rows) {
            throw json.error(path, "must hold " + count(rows, "row") + " (" + shape + "), was " + array.size());
        }
        double[][] values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            values[r] = json.numbers(array.get(r), JsonPath.index(path, r), columns, shape);
        }
        return Matrix.of(values);
    }

    private double learningRate(ObjectNode root) {
        if (!root.has("learningRate")) {
            return DEFAULT_LEARNING_RATE;
        }
        double eta = json.number(root.get("learningRate"), "learningRate");
        if (!(eta > 0)) {
            throw json.error("learningRate", "must be greater than 0, was " + eta);
        }
        return eta;
    }

    private static String activationNames() {
        return String.join(", ", Activation.all().stream().map(Activation::name).toList());
    }
}
