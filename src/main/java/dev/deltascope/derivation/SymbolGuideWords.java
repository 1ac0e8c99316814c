package dev.deltascope.derivation;

import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Network;
import dev.deltascope.model.Softmax;

/** The plain words the symbol guide builds its sentences from, with this network's sizes. */
final class SymbolGuideWords {

    private final Network network;
    private final int example;

    /** {@code example}: the column k (from 0) of a batch that the per-example views show. */
    SymbolGuideWords(Network network, int example) {
        this.network = network;
        this.example = example;
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

    /** The names of the quantities, with the example the per-example views show. */
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

    /** "n_l×m, one row per unit of layer l and one column per example", or "n_l×1, one number per unit of layer l". */
    String column(int l) {
        if (!batch()) {
            return shape(size(l), 1) + ", " + perUnit(l);
        }
        return shape(size(l), examples()) + ", " + (l == 0 ? "one row per input" : "one row per unit of layer " + l)
                + " and one column per example";
    }

    /** " Column i holds example i." for a batch; empty for one example. */
    String examplesAsColumns() {
        return batch() ? " Column i holds example i." : "";
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
