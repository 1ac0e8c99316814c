package dev.deltascope.model;

/** σ(x) = tanh x; σ′(x) = 1 − tanh² x. */
public final class Tanh extends ElementwiseActivation {

    public static final Tanh INSTANCE = new Tanh();

    private Tanh() {
    }

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    protected double value(double x) {
        return Math.tanh(x);
    }

    @Override
    protected double slope(double x) {
        double t = Math.tanh(x);
        return 1 - t * t;
    }
}
