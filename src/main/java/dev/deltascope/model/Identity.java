package dev.deltascope.model;

/** σ(x) = x; σ′(x) = 1. */
public final class Identity extends ElementwiseActivation {

    public static final Identity INSTANCE = new Identity();

    private Identity() {
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    protected double value(double x) {
        return x;
    }

    @Override
    protected double slope(double x) {
        return 1;
    }
}
