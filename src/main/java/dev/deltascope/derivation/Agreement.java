package dev.deltascope.derivation;

/**
 * How well a backward step's numbers are confirmed.
 *
 * @param maxViewDifference largest |difference| in δ^l between the VJP, Jacobian and component-wise methods
 * @param finiteDifferenceRelativeError worst relative error of finite differences against
 *     backpropagation among layer l's weights and biases; NaN when none of them was checked
 */
public record Agreement(double maxViewDifference, double finiteDifferenceRelativeError) {
}
