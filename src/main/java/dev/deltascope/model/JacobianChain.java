package dev.deltascope.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * The chain rule in numerator layout with every Jacobian built: per example, the row gradient
 * ∂C/∂z^L = (∇_a C)ᵀ J^L, then ∂C/∂z^l = (∂C/∂z^{l+1}) W^{l+1} J^l with J^l = ∂a^l/∂z^l
 * (diag(σ′(z^l)), or diag(s) − s sᵀ for softmax). δ^l is that row transposed into a column, and
 * ∂C/∂W^l = (1/m) Δ^l (A^{l−1})ᵀ, ∂C/∂b^l = (1/m) Δ^l 1 as matrix products.
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
        SimpleMatrix[] deltaColumns = new SimpleMatrix[depth + 1];
        SimpleMatrix[] upstreamColumns = new SimpleMatrix[depth + 1];
        for (int l = 1; l <= depth; l++) {
            deltaColumns[l] = new SimpleMatrix(network.size(l), m);
            upstreamColumns[l] = new SimpleMatrix(network.size(l), m);
        }
        for (int k = 0; k < m; k++) {
            SimpleMatrix row = forward.outputGradient().columnMatrix(k).toSimple().transpose();
            for (int l = depth; l >= 1; l--) {
                if (l < depth) {
                    row = row.mult(network.layer(l + 1).weights().toSimple());
                }
                upstreamColumns[l].insertIntoThis(0, k, row.transpose());
                row = row.mult(forward.jacobian(l, k).toSimple());
                deltaColumns[l].insertIntoThis(0, k, row.transpose());
            }
        }
        List<Matrix> deltas = new ArrayList<>();
        List<Matrix> upstreams = new ArrayList<>();
        List<Matrix> weightGradients = new ArrayList<>();
        List<Matrix> biasGradients = new ArrayList<>();
        SimpleMatrix ones = SimpleMatrix.ones(m, 1);
        for (int l = 1; l <= depth; l++) {
            deltas.add(Matrix.from(deltaColumns[l]));
            upstreams.add(Matrix.from(upstreamColumns[l]));
            SimpleMatrix previous = forward.a(l - 1).toSimple();
            weightGradients.add(Matrix.from(deltaColumns[l].mult(previous.transpose()).divide(m)));
            biasGradients.add(Matrix.from(deltaColumns[l].mult(ones).divide(m)));
        }
        return new Gradients(deltas, upstreams, weightGradients, biasGradients);
    }
}
