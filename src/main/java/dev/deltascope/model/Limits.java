package dev.deltascope.model;

/** The bounds every network must respect, shared by the file reader and the editor. */
public final class Limits {

    /** Smallest width of any layer. */
    public static final int MIN_WIDTH = 1;
    /** Largest width of any layer. */
    public static final int MAX_WIDTH = 1024;
    /** Largest number of layers after the input layer. */
    public static final int MAX_LAYERS = 16;
    /** Largest number of examples in a mini-batch. */
    public static final int MAX_EXAMPLES = 4096;
    /**
     * Largest number of weights and biases, Σ n_l (n_{l−1} + 1). Written out, one takes at most
     * 34 bytes (the longest shortest form of a double, with brackets and indentation), so every
     * network's parameters fit in a file of {@link #MAX_FILE_BYTES}; and a short file that leaves
     * the weights to the seed cannot ask for millions of them.
     */
    public static final int MAX_PARAMETERS = 100_000;
    /** Largest network file, in bytes (4 MiB). */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private Limits() {
    }
}
