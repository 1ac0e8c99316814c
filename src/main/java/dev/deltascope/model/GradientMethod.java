package dev.deltascope.model;

import java.util.List;

/** One of the three honest ways to run the backward pass. All three must give the same numbers. */
public sealed interface GradientMethod permits VectorJacobianProduct, JacobianChain, ComponentWise {

    /** A short name: vjp, jacobian or component. */
    String name();

    /** δ^l, ∂C/∂W^l and ∂C/∂b^l for every layer of the forward pass. Input not modified. */
    Gradients backward(ForwardPass forward);

    /** The three methods, VJP first. */
    static List<GradientMethod> all() {
        return List.of(VectorJacobianProduct.INSTANCE, JacobianChain.INSTANCE, ComponentWise.INSTANCE);
    }
}
