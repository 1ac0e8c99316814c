package dev.deltascope.file;

import dev.deltascope.model.Network;
import java.util.List;
import java.util.NoSuchElementException;

/** The built-in networks, each chosen to show one thing about backpropagation. */
public final class Presets {

    /** The resource folder the preset files live in. */
    public static final String FOLDER = "/dev/deltascope/networks/";

    /** 3-4-4-2, sigmoid, ½‖a − y‖², hand-chosen two-decimal weights: the network a new window opens with. */
    public static final Preset DEFAULT = new Preset("default", "3-4-4-2 sigmoid, half squared error", "default.json");
    /** The classic 2-2-2 example worked by hand step by step (inputs 0.05, 0.10; targets 0.01, 0.99). */
    public static final Preset CLASSIC = new Preset("classic", "Classic 2-2-2, step by step", "classic-2-2-2.json");
    /** 2-3-3, tanh hidden, softmax output, cross-entropy, one-hot target: the Jacobian is not diagonal. */
    public static final Preset SOFTMAX = new Preset("softmax", "Softmax classifier, cross-entropy",
            "softmax-classifier.json");
    /** 2-3-3-3-3-3-1, all sigmoid, seeded weights: δ shrinks by orders of magnitude towards the input. */
    public static final Preset DEEP_SIGMOID = new Preset("deep-sigmoid", "Deep sigmoid stack: vanishing gradients",
            "deep-sigmoid.json");
    /** 3-4-3-1, ReLU hidden, identity output: one unit of the first layer is dead, so its δ is 0. */
    public static final Preset RELU = new Preset("relu", "ReLU network with a dead unit", "relu.json");
    /** 2-3-1 sigmoid, cross-entropy, the four XOR examples as one mini-batch (m = 4). */
    public static final Preset MINI_BATCH = new Preset("mini-batch", "Mini-batch XOR (m = 4)", "mini-batch-xor.json");

    private static final List<Preset> ALL = List.of(DEFAULT, CLASSIC, SOFTMAX, DEEP_SIGMOID, RELU, MINI_BATCH);

    private Presets() {
    }

    /** Every preset, in the order menus show them. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset with this id; unknown ids throw, listing the known ones. */
    public static Preset byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new NoSuchElementException(
                "no preset '" + id + "'; known: " + String.join(", ", ALL.stream().map(Preset::id).toList())));
    }

    /** The network a new window opens with. */
    public static Network defaultNetwork() {
        return DEFAULT.load();
    }
}
