package dev.deltascope.practice;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Activation;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.Gradients;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The named wrong entries a learner may give for the quantity a step computes. The right
 * quantities (z, a, δ, W, σ′(z), ∂C/∂a, the batch) are read from the trace; only the wrong
 * answers are computed here. A mistake whose wrong answer has another shape than the quantity is
 * left to {@link WrongShapes}.
 */
final class WrongAnswers {

    private WrongAnswers() {
    }

    /** The wrong answers for the quantity of a step of this kind about layer l, in {@link Mistake} order. */
    static List<WrongAnswer> of(Trace trace, StepKind kind, int l) {
        List<WrongAnswer> out = new ArrayList<>();
        ForwardPass forward = trace.forward();
        Gradients gradients = trace.gradients();
        Network network = trace.network();
        int m = network.batchSize();
        switch (kind) {
            case FORWARD_LINEAR -> out.add(new WrongAnswer(Mistake.FORGOT_BIAS,
                    product(network.layer(l).weights(), forward.a(l - 1))));
            case OUTPUT_ERROR, BACKWARD -> errorMistakes(trace, l, out);
            case WEIGHT_GRADIENT -> {
                Matrix delta = gradients.delta(l);
                Matrix input = forward.a(l - 1);
                if (delta.rows() == input.rows()) {
                    out.add(new WrongAnswer(Mistake.WEIGHT_GRADIENT_WRONG_ORDER,
                            scaled(product(input, delta.transpose()), 1.0 / m)));
                }
                if (m > 1) {
                    out.add(new WrongAnswer(Mistake.FORGOT_MEAN, product(delta, input.transpose())));
                }
            }
            case BIAS_GRADIENT -> {
                if (m > 1) {
                    out.add(new WrongAnswer(Mistake.FORGOT_MEAN, product(gradients.delta(l), Matrix.of(ones(m)))));
                }
            }
            case UPDATE -> out.add(new WrongAnswer(Mistake.UPDATE_SIGN, network.layer(l).weights()
                    .minusScaled(-network.learningRate(), gradients.weightGradient(l))));
            default -> {
            }
        }
        return out;
    }

    /**
     * δ^l's wrong answers, with g = ∂C/∂a^l from the trace (∇_a C at the output, (W^{l+1})ᵀ δ^{l+1}
     * below): (W^{l+1} δ^{l+1}) through σ′ when W^{l+1} is square; g ⊙ a^l; and g ⊙ diag(J) for softmax.
     */
    private static void errorMistakes(Trace trace, int l, List<WrongAnswer> out) {
        ForwardPass forward = trace.forward();
        Network network = trace.network();
        Activation activation = network.layer(l).activation();
        Matrix upstream = trace.gradients().upstream(l);
        if (l < network.depth()) {
            Matrix weights = network.layer(l + 1).weights();
            if (weights.rows() == weights.columns()) {
                Matrix untransposed = product(weights, trace.gradients().delta(l + 1));
                out.add(new WrongAnswer(Mistake.FORGOT_TRANSPOSE, activation.vjp(forward.z(l), untransposed)));
            }
        }
        out.add(new WrongAnswer(Mistake.ACTIVATION_INSTEAD_OF_SLOPE, hadamard(upstream, forward.a(l))));
        if (!activation.isElementwise()) {
            out.add(new WrongAnswer(Mistake.SOFTMAX_DIAGONAL_ONLY, hadamard(upstream, forward.slope(l))));
        }
    }

    /** left · right; (r × k)(k × c) = r × c. Inputs not modified. */
    static Matrix product(Matrix left, Matrix right) {
        DMatrixRMaj out = new DMatrixRMaj(left.rows(), right.columns());
        CommonOps_DDRM.mult(left.toDense(), right.toDense(), out);
        return Matrix.from(out);
    }

    /** left ⊙ right, entry by entry; both r × c. Inputs not modified. */
    static Matrix hadamard(Matrix left, Matrix right) {
        DMatrixRMaj out = new DMatrixRMaj(left.rows(), left.columns());
        CommonOps_DDRM.elementMult(left.toDense(), right.toDense(), out);
        return Matrix.from(out);
    }

    private static Matrix scaled(Matrix values, double factor) {
        DMatrixRMaj out = values.toDense();
        CommonOps_DDRM.scale(factor, out);
        return Matrix.from(out);
    }

    private static double[][] ones(int m) {
        double[][] column = new double[m][1];
        for (double[] row : column) {
            row[0] = 1;
        }
        return column;
    }
}
