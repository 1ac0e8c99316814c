package dev.deltascope.derivation;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;

/**
 * The plain words the symbol guide builds its sentences from, with this network's sizes, in the
 * convention's layout: an example is a column (n_l × m) or a row (m × n_l), and W^{(l)} is stored
 * n_l × n_{l−1} (out × in) or n_{l−1} × n_l (in × out).
 */
final class SymbolGuideWords {

    private final Network network;
    private final int example;
    private final Convention convention;

    /** {@code example}: the example k (from 0) of a batch that the per-example views show. */
    SymbolGuideWords(Network network, int example, Convention convention) {
        this.network = network;
        this.example = example;
        this.convention = convention;
    }

    Convention convention() {
        return convention;
    }

    /** Whether an example is a row. */
    boolean rows() {
        return convention.vectors().rows();
    }

    /** Whether W is stored in × out (n_{l−1} × n_l). */
    boolean inByOut() {
        return convention.vectors().weightsTransposed();
    }

    /** Whether the Jacobian view is in numerator layout. */
    boolean numerator() {
        return convention.derivatives() == DerivativeLayout.NUMERATOR;
    }

    /** W^{(l)} as stored: "n_l×n_{l−1}" or "n_{l−1}×n_l". */
    String weightsShape(int l) {
        return inByOut() ? shape(size(l - 1), size(l)) : shape(size(l), size(l - 1));
    }

    /** b^{(l)} as stored: "n_l×1", or "1×n_l" where W is stored in × out. */
    String biasShape(int l) {
        return inByOut() ? shape(1, size(l)) : shape(size(l), 1);
    }

    /** One example's vector of n numbers: "n×1" with columns, "1×n" with rows. */
    String exampleVector(int n) {
        return rows() ? shape(1, n) : shape(n, 1);
    }

    /** "column" or "row": how an example sits in a batch matrix. */
    String exampleLine() {
        return rows() ? "row" : "column";
    }

    /** "row" or "column": how a unit sits in a batch matrix. */
    String unitLine() {
        return rows() ? "column" : "row";
    }

    /** n_l. */
    int size(int l) {
        return network.size(l);
    }

    /** m. */
    int examples() {
        return network.batchSize();
    }

    boolean batch() {
        return examples() > 1;
    }

    /** The names of the quantities, with the example the per-example views show; layers written ⁽ˡ⁾. */
    Symbols symbols() {
        return new Symbols(batch(), example + 1);
    }

    /** The example the per-example views show, counted from 1. */
    int shownExample() {
        return example + 1;
    }

    /** L. */
    int depth() {
        return network.depth();
    }

    Network network() {
        return network;
    }

    boolean softmax(int l) {
        return l >= 1 && network.layer(l).activation() instanceof Softmax;
    }

    boolean crossEntropy() {
        return network.loss() instanceof CrossEntropy;
    }

    /** The layer number as Unicode superscript digits. */
    static String sup(int l) {
        return LayerIndex.plain(l);
    }

    /** "r×c". */
    static String shape(int rows, int columns) {
        return rows + "×" + columns;
    }

    /** "unit j of layer l", or "input j" for layer 0. */
    static String unit(String index, int l) {
        return l == 0 ? "input " + index : "unit " + index + " of layer " + l;
    }

    /** "one number per unit of layer l", or "one number per input". */
    static String perUnit(int l) {
        return l == 0 ? "one number per input" : "one number per unit of layer " + l;
    }

    /**
     * "n_l×m, one row per unit of layer l and one column per example", or "n_l×1, one number per unit of
     * layer l"; with rows "m×n_l, one row per example and one column per unit of layer l", or "1×n_l, a row
     * with one number per unit of layer l".
     */
    String column(int l) {
        String units = l == 0 ? "input" : "unit of layer " + l;
        if (!batch()) {
            return rows() ? shape(1, size(l)) + ", a row with " + perUnit(l) : shape(size(l), 1) + ", " + perUnit(l);
        }
        return rows() ? shape(examples(), size(l)) + ", one row per example and one column per " + units
                : shape(size(l), examples()) + ", one row per " + units + " and one column per example";
    }

    /** " Column i holds example i." (" Row i …" with rows) for a batch; empty for one example. */
    String examplesAsColumns() {
        return batch() ? " " + (rows() ? "Row" : "Column") + " i holds example i." : "";
    }

    /** " (example k of m)" for the example k a batch's per-example views show; empty for one example. */
    String exampleShown() {
        return batch() ? " (example " + shownExample() + " of " + examples() + ")" : "";
    }

    /** The activation of layer l in words, e.g. "the sigmoid σ(x) = 1/(1 + e⁻ˣ)". */
    String activation(int l) {
        return switch (network.layer(l).activation().name()) {
            case "sigmoid" -> "the sigmoid σ(x) = 1/(1 + e⁻ˣ)";
            case "tanh" -> "tanh";
            case "relu" -> "ReLU(x) = max(0, x)";
            case "softmax" -> "softmax";
            default -> "the identity, id(x) = x";
        };
    }

    /** σ′ of layer l's activation in words, e.g. "σ′(x) = σ(x)(1 − σ(x))". */
    String derivative(int l) {
        return switch (network.layer(l).activation().name()) {
            case "sigmoid" -> "for the sigmoid σ′(x) = σ(x)(1 − σ(x))";
            case "tanh" -> "here σ is tanh, so σ′(x) = 1 − tanh²x";
            case "relu" -> "here σ is ReLU, so σ′(x) is 1 where x > 0 and 0 where x < 0; at the kink x = 0 ReLU has "
                    + "no derivative and Deltascope uses 0";
            case "softmax" -> "for softmax this is only a" + sup(l) + "ⱼ(1 − a" + sup(l) + "ⱼ), the diagonal of its Jacobian";
            default -> "here σ is the identity, so σ′(x) = 1";
        };
    }
}
