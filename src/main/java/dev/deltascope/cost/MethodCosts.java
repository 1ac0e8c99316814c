package dev.deltascope.cost;

import java.util.Objects;

/**
 * The same computation done by the Jacobian chain and by vector–Jacobian products.
 *
 * @param jacobian the cost when every Jacobian is built and multiplied
 * @param vjp the cost when each node's VJP is applied without building its Jacobian
 */
public record MethodCosts(OperationCount jacobian, OperationCount vjp) {

    public MethodCosts {
        Objects.requireNonNull(jacobian, "jacobian");
        Objects.requireNonNull(vjp, "vjp");
    }

    /** Both parts, one after the other. */
    public MethodCosts plus(MethodCosts other) {
        return new MethodCosts(jacobian.plus(other.jacobian), vjp.plus(other.vjp));
    }

    /** Jacobian multiply-adds ÷ VJP multiply-adds (NaN when both are 0). */
    public double multiplyAddRatio() {
        return (double) jacobian.multiplyAdds() / vjp.multiplyAdds();
    }

    /** Jacobian doubles stored ÷ VJP doubles stored (NaN when both are 0). */
    public double memoryRatio() {
        return (double) jacobian.doubles() / vjp.doubles();
    }

    /** Every count multiplied by m: the batch of m examples processed together. */
    public MethodCosts forBatch(int m) {
        if (m < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + m);
        }
        return new MethodCosts(jacobian.times(m), vjp.times(m));
    }
}
