package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * The chain rule in numerator layout with every Jacobian built: per example, the row gradient
 * ∂C/∂z^L = (∇_a C)ᵀ J^L, then ∂C/∂z^l = (∂C/∂z^{l+1}) W^{l+1} J^l with J^l = ∂a^l/∂z^l
 * (diag(σ′(z^l)), or diag(s) − s sᵀ for softmax). δ^l is that row transposed into a column, and
 * ∂C/∂W^l = (1/m) Δ^l (A^{l−1})ᵀ, ∂C/∂b^l = (1/m) Δ^l 1 as matrix products. Where the loss
 * gives ∂C/∂z^L in closed form from the logits ({@link Loss#outputDelta}), the chain starts there.
 */
public final class JacobianChain implements GradientMethod {

    public static final JacobianChain INSTANCE = new JacobianChain();

    private JacobianChain() {
    }

    @Override
    public String name() {
        return "jacobian";
    }

    @Override
    public Gradients backward(ForwardPass forward) {
        Network network = forward.network();
        int depth = network.depth();
        int m = network.batchSize();
        DMatrixRMaj[] deltaColumns = new DMatrixRMaj[depth + 1];
        DMatrixRMaj[] upstreamColumns = new DMatrixRMaj[depth + 1];
        for (int l = 1; l <= depth; l++) {
            deltaColumns[l] = new DMatrixRMaj(network.size(l), m);
            upstreamColumns[l] = new DMatrixRMaj(network.size(l), m);
        }
        Optional<Matrix> outputDelta = forward.outputDelta();
        for (int k = 0; k < m; k++) {
            Interruption.check();
            Matrix row = forward.outputGradient().columnMatrix(k).transpose();
            for (int l = depth; l >= 1; l--) {
                if (l < depth) {
                    row = throughWeights(row, network.layer(l + 1).weights());
                }
                setColumn(upstreamColumns[l], k, row);
                row = l == depth && outputDelta.isPresent()
                        ? outputDelta.get().columnMatrix(k).transpose()
                        : throughActivation(row, forward.jacobian(l, k));
                setColumn(deltaColumns[l], k, row);
            }
        }
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        List<Matrix> weightGradients = new ArrayList<>();
        List<Matrix> biasGradients = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            Matrix delta = Matrix.adopt(deltaColumns[l]);
            deltas.add(delta);
            upstreams.add(Matrix.adopt(upstreamColumns[l]));
            weightGradients.add(delta.timesTransposeOver(forward.a(l - 1), m));
            biasGradients.add(delta.timesTransposeOver(onesRow(m), m));
        }
        return new Gradients(deltas, upstreams, weightGradients, biasGradients);
    }

    /**
     * One step of the chain through z^{l+1} = W^{l+1} a^l + b^{l+1}: the row ∂C/∂a^l = (∂C/∂z^{l+1}) W^{l+1},
     * 1 × n_{l+1} times n_{l+1} × n_l. Inputs not modified.
     */
    public static Matrix throughWeights(Matrix row, Matrix weights) {
        return row.times(weights);
    }

    /**
     * One step of the chain through a^l = σ(z^l): the row ∂C/∂z^l = (∂C/∂a^l) J^l, 1 × n times the built
     * n × n Jacobian J^l = ∂a^l/∂z^l. Inputs not modified.
     */
    public static Matrix throughActivation(Matrix row, Matrix jacobian) {
        return row.times(jacobian);
    }

    /** Column k of {@code columns} set to the entries of a 1 × n row. */
    private static void setColumn(DMatrixRMaj columns, int k, Matrix row) {
        for (int j = 0; j < row.columns(); j++) {
            columns.set(j, k, row.get(0, j));
        }
    }

    /** 1ᵀ, a 1 × m row of ones. */
    private static Matrix onesRow(int m) {
        DMatrixRMaj ones = new DMatrixRMaj(1, m);
        ones.fill(1);
        return Matrix.adopt(ones);
    }
}
