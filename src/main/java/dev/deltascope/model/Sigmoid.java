package dev.deltascope.model;

/** σ(x) = 1 / (1 + e^{−x}); σ′(x) = σ(x)(1 − σ(x)). */
public final class Sigmoid extends ElementwiseActivation {

    public static final Sigmoid INSTANCE = new Sigmoid();

    private Sigmoid() {
    }

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    protected double value(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Override
    protected double slope(double x) {
        double s = value(x);
        return s * (1 - s);
    }
}
