package dev.deltascope.cost;

/**
 * Median times of the same computation by both methods, in nanoseconds per call.
 *
 * @param jacobianNanos the Jacobian chain
 * @param vjpNanos the vector–Jacobian product
 */
public record Timing(double jacobianNanos, double vjpNanos) {

    public Timing {
        if (!(jacobianNanos > 0) || !(vjpNanos > 0) || Double.isInfinite(jacobianNanos)
                || Double.isInfinite(vjpNanos)) {
            throw new IllegalArgumentException("times must be finite and > 0, were " + jacobianNanos + " ns and "
                    + vjpNanos + " ns");
        }
    }

    /** How many times longer the Jacobian chain took. */
    public double ratio() {
        return jacobianNanos / vjpNanos;
    }
}
