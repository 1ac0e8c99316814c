package dev.deltascope.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The batch cost of a network with one weight or bias moved by an offset, evaluated forward from
 * one pass of the unmoved network. Moving W^l_rc or b^l_r leaves a^0 … a^{l−1} as they were and,
 * since z^l = W^l a^{l−1} + b^l 1ᵀ is linear in both, changes only row r of z^l: by
 * offset · a^{l−1}_c in each example's column for the weight, by offset for the bias. From there
 * σ^l and the layers after l run as {@link ForwardPass#of} runs them, and the loss gives the cost.
 * No derivative is used: the costs stay an independent oracle for the backward methods, at the
 * price of one row of z^l and the layers after l instead of the whole network.
 */
final class MovedParameterCost {

    private final ForwardPass base;

    MovedParameterCost(ForwardPass base) {
        this.base = base;
    }

    /** C with W^l[r][c] moved by {@code offset}. */
    double weight(int l, int r, int c, double offset) {
        Matrix previous = base.a(l - 1);
        double[] shift = new double[base.network().batchSize()];
        for (int k = 0; k < shift.length; k++) {
            shift[k] = offset * previous.get(c, k);
        }
        return withRowShifted(l, r, shift);
    }

    /** C with b^l[r] moved by {@code offset}. */
    double bias(int l, int r, double offset) {
        double[] shift = new double[base.network().batchSize()];
        Arrays.fill(shift, offset);
        return withRowShifted(l, r, shift);
    }

    private double withRowShifted(int l, int r, double[] shift) {
        DMatrixRMaj z = base.z(l).toDense();
        for (int k = 0; k < shift.length; k++) {
            z.add(r, k, shift[k]);
        }
        return ForwardPass.costFrom(base.network(), l, Matrix.adopt(z));
    }
}
