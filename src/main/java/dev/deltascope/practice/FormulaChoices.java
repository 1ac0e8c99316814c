package dev.deltascope.practice;

import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The candidate formulas for the quantity a step computes: the right one and one per mistake
 * that has a formula of its own, shuffled by the exercise's seed, every symbol named as the
 * derivation names it (layers through {@link LayerIndex}). A mini-batch is written with its
 * examples as columns (Z, A, Δ, and ∇_a C_i for the matrix whose column i is example i's cost
 * gradient, since Δ^{(L)} = m ∂C/∂Z^{(L)}); a softmax layer's δ one example at a time, since its
 * Jacobian J is per example.
 */
final class FormulaChoices {

    private FormulaChoices() {
    }

    /** The candidates for a step of this kind about layer l, or an empty list when there is nothing to choose. */
    static List<FormulaChoice> of(Network network, StepKind kind, int l, Random random) {
        boolean batch = network.batchSize() > 1;
        List<FormulaChoice> out = switch (kind) {
            case FORWARD_LINEAR -> linear(batch, l);
            case OUTPUT_ERROR, BACKWARD -> error(network, kind, l);
            case WEIGHT_GRADIENT -> weightGradient(batch, l);
            case BIAS_GRADIENT -> batch ? List.of(
                    new FormulaChoice(gradient("b", l) + " = \\frac{1}{m}" + delta(true, l) + "\\mathbf{1}", null),
                    new FormulaChoice(gradient("b", l) + " = " + delta(true, l) + "\\mathbf{1}",
                            Mistake.FORGOT_MEAN)) : List.of();
            case UPDATE -> List.of(
                    new FormulaChoice(layered("W", l) + " \\leftarrow " + layered("W", l) + " - \\eta\\,"
                            + gradient("W", l), null),
                    new FormulaChoice(layered("W", l) + " \\leftarrow " + layered("W", l) + " + \\eta\\,"
                            + gradient("W", l), Mistake.UPDATE_SIGN));
            default -> List.of();
        };
        List<FormulaChoice> shuffled = new ArrayList<>(out);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    private static List<FormulaChoice> linear(boolean batch, int l) {
        String z = layered(batch ? "Z" : "z", l);
        String product = layered("W", l) + layered(batch ? "A" : "a", l - 1);
        String bias = layered("b", l) + (batch ? "\\mathbf{1}^{\\top}" : "");
        return List.of(new FormulaChoice(z + " = " + product + " + " + bias, null),
                new FormulaChoice(z + " = " + product, Mistake.FORGOT_BIAS));
    }

    private static List<FormulaChoice> error(Network network, StepKind kind, int l) {
        boolean softmax = !network.layer(l).activation().isElementwise();
        boolean batch = network.batchSize() > 1 && !softmax;
        String g;
        String untransposed = null;
        if (kind == StepKind.OUTPUT_ERROR) {
            g = batch ? "\\nabla_{a} C_{i}" : "\\nabla_{a} C";
        } else {
            g = "\\left((" + layered("W", l + 1) + ")^{\\top}" + delta(batch, l + 1) + "\\right)";
            untransposed = "\\left(" + layered("W", l + 1) + delta(batch, l + 1) + "\\right)";
        }
        String left = delta(batch, l) + " = ";
        String slope = "\\sigma'(" + layered(batch ? "Z" : "z", l) + ")";
        String value = "\\sigma(" + layered(batch ? "Z" : "z", l) + ")";
        List<FormulaChoice> out = new ArrayList<>();
        if (softmax) {
            String jacobian = "(" + layered("J", l) + ")^{\\top}";
            out.add(new FormulaChoice(left + jacobian + g, null));
            out.add(new FormulaChoice(left + g + " \\odot " + slope, Mistake.SOFTMAX_DIAGONAL_ONLY));
            if (untransposed != null) {
                out.add(new FormulaChoice(left + jacobian + untransposed, Mistake.FORGOT_TRANSPOSE));
            }
            return out;
        }
        out.add(new FormulaChoice(left + g + " \\odot " + slope, null));
        if (untransposed != null) {
            out.add(new FormulaChoice(left + untransposed + " \\odot " + slope, Mistake.FORGOT_TRANSPOSE));
        }
        out.add(new FormulaChoice(left + g + " \\odot " + value, Mistake.ACTIVATION_INSTEAD_OF_SLOPE));
        out.add(new FormulaChoice(left + g + "^{\\top}" + slope, Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD));
        return out;
    }

    private static List<FormulaChoice> weightGradient(boolean batch, int l) {
        String mean = batch ? "\\frac{1}{m}" : "";
        String delta = delta(batch, l);
        String input = layered(batch ? "A" : "a", l - 1);
        String left = gradient("W", l) + " = ";
        List<FormulaChoice> out = new ArrayList<>();
        out.add(new FormulaChoice(left + mean + delta + "(" + input + ")^{\\top}", null));
        out.add(new FormulaChoice(left + mean + input + "(" + delta + ")^{\\top}", Mistake.WEIGHT_GRADIENT_WRONG_ORDER));
        out.add(new FormulaChoice(left + mean + "(" + delta + ")^{\\top}" + input,
                Mistake.WEIGHT_GRADIENT_WITHOUT_TRANSPOSE));
        if (batch) {
            out.add(new FormulaChoice(left + delta + "(" + input + ")^{\\top}", Mistake.FORGOT_MEAN));
        }
        return out;
    }

    private static String delta(boolean batch, int l) {
        return layered(batch ? "\\Delta" : "\\delta", l);
    }

    private static String gradient(String parameter, int l) {
        return "\\frac{\\partial C}{\\partial " + layered(parameter, l) + "}";
    }

    /** A letter with its layer index, written as the derivation writes it: W^{(2)}. */
    private static String layered(String letter, int l) {
        return letter + LayerIndex.latex(l);
    }
}
