package dev.deltascope.derivation;

/**
 * How the Jacobian view lays out the derivative of an m-vector y by an n-vector x. In numerator
 * layout ∂y/∂x is m × n (rows follow y), so ∂C/∂z is a 1 × n row and a chain multiplies left to right
 * from the cost; in denominator layout ∂y/∂x is n × m, ∂C/∂z is an n × 1 column and a chain
 * multiplies right to left. Each is the other's transpose.
 */
public enum DerivativeLayout {
    /** ∂y/∂x is m × n: ∂C/∂z is a row. */
    NUMERATOR("numerator layout"),
    /** ∂y/∂x is n × m: ∂C/∂z is a column, the gradient's shape. */
    DENOMINATOR("denominator layout");

    private final String label;

    DerivativeLayout(String label) {
        this.label = label;
    }

    /** "numerator layout" or "denominator layout". */
    public String label() {
        return label;
    }
}
