package dev.deltascope.model;

import java.util.List;

/**
 * Everything the derivation shows for one network: the forward pass, the backward pass by all
 * three methods, how far they disagree and how they compare with finite differences. Immutable;
 * an edit makes a new trace.
 */
public record Trace(
        ForwardPass forward, Gradients vjp, Gradients jacobian, Gradients componentWise, GradientCheck check) {

    /** Runs the forward pass, the three backward methods and the finite-difference check. */
    public static Trace of(Network network) {
        Trace unchecked = withoutCheck(network);
        return unchecked.withCheck(FiniteDifferences.check(network, unchecked.vjp()));
    }

    /**
     * Runs the forward pass and the three backward methods but not the finite-difference check,
     * which costs thousands of forward passes on a wide network: its {@link #check()} is
     * {@link GradientCheck#pending pending} until {@link #withCheck} supplies one.
     */
    public static Trace withoutCheck(Network network) {
        ForwardPass forward = ForwardPass.of(network);
        Gradients vjp = VectorJacobianProduct.INSTANCE.backward(forward);
        Gradients jacobian = JacobianChain.INSTANCE.backward(forward);
        Gradients componentWise = ComponentWise.INSTANCE.backward(forward);
        return new Trace(forward, vjp, jacobian, componentWise, GradientCheck.pending(network.parameterCount()));
    }

    /** This trace with {@code finished} as its check, the one {@link FiniteDifferences#check} gives for its network. */
    public Trace withCheck(GradientCheck finished) {
        return new Trace(forward, vjp, jacobian, componentWise, finished);
    }

    public Network network() {
        return forward.network();
    }

    /** The gradients every later step uses: the VJP's. */
    public Gradients gradients() {
        return vjp;
    }

    /** The gradients of one method. */
    public Gradients gradients(GradientMethod method) {
        if (method instanceof JacobianChain) {
            return jacobian;
        }
        return method instanceof ComponentWise ? componentWise : vjp;
    }

    /** Largest |difference| between the three methods over every δ, ∂C/∂W and ∂C/∂b. */
    public double maxViewDisagreement() {
        double a = vjp.maxDifference(jacobian);
        double b = vjp.maxDifference(componentWise);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        return Math.max(a, b);
    }

    /** Largest |difference| between the three methods for δ^l alone. */
    public double viewDisagreement(int l) {
        double a = vjp.delta(l).maxAbsDifference(jacobian.delta(l));
        double b = vjp.delta(l).maxAbsDifference(componentWise.delta(l));
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }

    /**
     * The quantities holding a NaN or an infinity, named as the derivation writes them and in its
     * order: the network's own a^0 (the inputs), y, W^l and b^l; z^l and a^l for l = 1..L; "cost";
     * ∂C/∂a^l and δ^l for l = L..1; ∂C/∂W^l and ∂C/∂b^l for l = L..1; and "finite differences" when
     * an estimate of the check is not finite. A gradient counts when any of the three methods gives
     * a non-finite value for it. Empty when everything is finite.
     */
    public List<String> nonFiniteQuantities() {
        return NonFiniteQuantities.of(this);
    }

    /** True when every quantity is finite: {@link #nonFiniteQuantities()} is empty. */
    public boolean isFinite() {
        return nonFiniteQuantities().isEmpty();
    }
}
