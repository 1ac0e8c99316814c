package dev.deltascope.file;

/** The network file of DESIGN.md, the classic 2-2-2 example, written out by hand as a user would (with a neutral title). */
public final class DesignExample {

    public static final String TEXT = """
            {
              "format": "deltascope-network", "version": 1,
              "title": "The classic 2-2-2 example",
              "layers": [ {"size": 2}, {"size": 2, "activation": "sigmoid"}, {"size": 2, "activation": "sigmoid"} ],
              "loss": "half_squared_error",
              "input": [0.05, 0.10],
              "target": [0.01, 0.99],
              "weights": [ [[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]] ],
              "biases": [ [0.35, 0.35], [0.60, 0.60] ],
              "learningRate": 0.5,
              "seed": 7
            }
            """;

    private DesignExample() {
    }
}
