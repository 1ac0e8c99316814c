package dev.deltascope.practice;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.model.Network;
import java.util.List;

/**
 * The named wrong shapes a learner may give for the quantity a step computes, where n_l is the
 * layer's width and m the batch size.
 */
final class WrongShapes {

    private WrongShapes() {
    }

    /**
     * For δ^l (n_l × m): a matrix product instead of ⊙ gives g σ′(z)ᵀ, n_l × n_l, or gᵀ σ′(z),
     * m × m. For ∂C/∂W^l (n_l × n_{l−1}): a δᵀ is n_{l−1} × n_l and δᵀ a is m × m.
     */
    static List<WrongShape> of(Network network, StepKind kind, int l) {
        int m = network.batchSize();
        return switch (kind) {
            case OUTPUT_ERROR, BACKWARD -> List.of(
                    new WrongShape(Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD, network.size(l), network.size(l)),
                    new WrongShape(Mistake.MATRIX_PRODUCT_INSTEAD_OF_HADAMARD, m, m));
            case WEIGHT_GRADIENT -> List.of(
                    new WrongShape(Mistake.WEIGHT_GRADIENT_WRONG_ORDER, network.size(l - 1), network.size(l)),
                    new WrongShape(Mistake.WEIGHT_GRADIENT_WITHOUT_TRANSPOSE, m, m));
            default -> List.of();
        };
    }
}
