package dev.deltascope.derivation;

import dev.deltascope.model.Matrix;
import dev.deltascope.model.Trace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a grid named in a derivation must hold, read from its name and the trace alone, never from
 * the derivation: the trace keeps every quantity with one column per example (W^{(l)} n_l × n_{l−1}),
 * and a convention lays per-example quantities out as rows and stores W (and b) transposed when it
 * stores W in × out. Names are read with the layer written as ⁽ˡ⁾.
 */
final class ConventionOracle {

    private static final Pattern LAYERED = Pattern.compile("([A-Za-zΔδ]+)⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾");
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Trace trace;
    private final Convention convention;
    private final boolean batch;
    private final int example;

    /** For a derivation whose per-example views show example 1. */
    ConventionOracle(Trace trace, Convention convention) {
        this(trace, convention, 0);
    }

    /** For a derivation whose per-example views show column {@code example} (from 0) of the batch. */
    ConventionOracle(Trace trace, Convention convention, int example) {
        this.trace = trace;
        this.convention = convention;
        this.batch = trace.network().batchSize() > 1;
        this.example = example;
    }

    /** The values the grid called {@code name} must hold in this convention. */
    Matrix expected(String name) {
        if (name.equals("(∇ₐCᵢ)ᵀ")) {
            return trace.gradients().upstream(trace.network().depth()).columnMatrix(example).transpose();
        }
        if (name.startsWith("(") && name.endsWith(")ᵀ") && balanced(name.substring(1, name.length() - 2))) {
            return expected(name.substring(1, name.length() - 2)).transpose();
        }
        if (name.endsWith(" (updated)")) {
            return updated(name.substring(0, name.length() - " (updated)".length()));
        }
        if (name.endsWith(" (wrong)")) {
            int l = layer(name);
            Matrix upstream = trace.gradients().upstream(l);
            Matrix slope = trace.forward().slope(l);
            double[] product = new double[slope.rows()];
            for (int j = 0; j < product.length; j++) {
                product[j] = upstream.get(j, example) * slope.get(j, example);
            }
            return laid(Matrix.column(product));
        }
        if (name.endsWith(" (no transpose)")) {
            int l = layer(name) - 1;
            Matrix product = multiply(trace.network().layer(l + 1).weights(),
                    trace.gradients().delta(l + 1).columnMatrix(example));
            return rows() ? product.transpose() : product;
        }
        if (name.startsWith("∂C/∂W")) {
            return stored(trace.gradients().weightGradient(layer(name)));
        }
        if (name.startsWith("∂C/∂b")) {
            return storedBias(trace.gradients().biasGradient(layer(name)));
        }
        if (name.startsWith("∂C/∂z") || name.startsWith("∂" + shownCost() + "/∂z")) {
            Matrix column = trace.jacobian().delta(layer(name)).columnMatrix(example);
            return convention.derivatives() == DerivativeLayout.NUMERATOR ? column.transpose() : column;
        }
        if (name.startsWith("diag(σ′(z")) {
            Matrix slope = trace.forward().slope(layer(name));
            double[][] diagonal = new double[slope.rows()][slope.rows()];
            for (int i = 0; i < diagonal.length; i++) {
                diagonal[i][i] = slope.get(i, example);
            }
            return Matrix.of(diagonal);
        }
        if (name.startsWith("σ′(")) {
            return perExample(trace.forward().slope(layer(name)), name.startsWith("σ′(z"));
        }
        if (name.startsWith("∇ₐC") || name.matches("\\(W⁽\\d*.*\\)ᵀ[Δδ].*") || name.matches("[Δδ]⁽[^⁾]+⁾W.*")
                || name.matches("[Δδ]⁽[^⁾]+⁾\\(W.*")) {
            int l = name.startsWith("∇ₐC") ? trace.network().depth() : layer(name) - 1;
            return perExample(trace.gradients().upstream(l), false);
        }
        if (name.equals("C") || name.equals("Cᵢ")) {
            return laid(Matrix.of(new double[][] {trace.forward().exampleCosts()}));
        }
        if (name.equals("y") || name.equals("Y")) {
            return perExample(trace.network().targets(), name.equals("y"));
        }
        Matcher matcher = LAYERED.matcher(name);
        if (!matcher.matches()) {
            throw new AssertionError("no oracle for the grid named " + name);
        }
        int l = layer(name);
        String letter = matcher.group(1);
        return switch (letter) {
            case "W" -> stored(trace.network().layer(l).weights());
            case "b" -> storedBias(trace.network().layer(l).biases());
            case "J" -> trace.forward().jacobian(l, example);
            case "z", "Z" -> perExample(trace.forward().z(l), letter.equals("z"));
            case "a", "A" -> perExample(trace.forward().a(l), letter.equals("a"));
            case "δ", "Δ" -> perExample(trace.gradients().delta(l), letter.equals("δ"));
            default -> throw new AssertionError("no oracle for the grid named " + name);
        };
    }

    private boolean rows() {
        return convention.vectors() != VectorLayout.COLUMNS;
    }

    private Matrix laid(Matrix columns) {
        return rows() ? columns.transpose() : columns;
    }

    /** A per-example quantity: the whole batch, or the example shown alone when named in lower case in a batch. */
    private Matrix perExample(Matrix columns, boolean lowerCase) {
        return laid(batch && lowerCase ? columns.columnMatrix(example) : columns);
    }

    /** "C₃" for the third example of a batch, written with subscript digits as the derivation does. */
    private String shownCost() {
        StringBuilder out = new StringBuilder("C");
        for (char digit : Integer.toString(example + 1).toCharArray()) {
            out.append((char) ('₀' + (digit - '0')));
        }
        return out.toString();
    }

    private Matrix stored(Matrix weights) {
        return convention.vectors() == VectorLayout.ROWS_IN_BY_OUT ? weights.transpose() : weights;
    }

    private Matrix storedBias(Matrix column) {
        return convention.vectors() == VectorLayout.ROWS_IN_BY_OUT ? column.transpose() : column;
    }

    /** W − η ∂C/∂W or b − η ∂C/∂b, computed here from the trace, as stored. */
    private Matrix updated(String name) {
        int l = layer(name);
        double eta = trace.network().learningRate();
        return name.startsWith("W")
                ? stored(trace.network().layer(l).weights().minusScaled(eta, trace.gradients().weightGradient(l)))
                : storedBias(trace.network().layer(l).biases().minusScaled(eta, trace.gradients().biasGradient(l)));
    }

    /** The first layer number written in the name. */
    private static int layer(String name) {
        int open = name.indexOf('⁽');
        int number = 0;
        for (int i = open + 1; DIGITS.indexOf(name.charAt(i)) >= 0; i++) {
            number = 10 * number + DIGITS.indexOf(name.charAt(i));
        }
        return number;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static Matrix multiply(Matrix left, Matrix right) {
        double[][] out = new double[left.rows()][right.columns()];
        for (int r = 0; r < left.rows(); r++) {
            for (int c = 0; c < right.columns(); c++) {
                for (int k = 0; k < left.columns(); k++) {
                    out[r][c] += left.get(r, k) * right.get(k, c);
                }
            }
        }
        return Matrix.of(out);
    }
}
