package dev.deltascope.model;

/** σ(x) = max(0, x); σ′(x) = 1 for x > 0, else 0 (so σ′(0) = 0). */
public final class Relu extends ElementwiseActivation {

    public static final Relu INSTANCE = new Relu();

    private Relu() {
    }

    @Override
    public String name() {
        return "relu";
    }

    /** max(0, x); NaN stays NaN. */
    @Override
    protected double value(double x) {
        return x > 0 || Double.isNaN(x) ? x : 0;
    }

    /** 1 for x > 0, else 0; NaN stays NaN. */
    @Override
    protected double slope(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x > 0 ? 1 : 0;
    }
}
