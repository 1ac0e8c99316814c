package dev.deltascope.model;

/**
 * σ(x) = 1 / (1 + e^{−x}); σ′(x) = σ(x)(1 − σ(x)), computed as e^{−|x|} / (1 + e^{−|x|})² so
 * that it stays exact (not 0) where σ(x) rounds to 1, from x ≈ 37 on.
 */
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
        double e = Math.exp(-Math.abs(x));
        return e / ((1 + e) * (1 + e));
    }
}
