package dev.deltascope.practice;

import dev.deltascope.derivation.ViewKind;

/**
 * A wrong answer learners commonly give, named, with one sentence that points to the view which
 * explains the right one (the window opens that view when it reveals the step). The order is the order in which coinciding mistakes are named: when two
 * wrong answers are numerically the same (a square symmetric W makes W δ equal Wᵀ δ) both are
 * reported, in this order.
 *
 * @param description what the learner did, one line
 * @param hint one sentence naming where the window explains it
 * @param view the view of a backward step that explains it, or null when the step itself does
 */
public enum Mistake {
    FORGOT_TRANSPOSE("Forgot the transpose: W δ instead of Wᵀ δ (the shapes fit because W is square).",
            "The Jacobian chain view shows where the transpose comes from: the row ∂C/∂z turned back into a column.",
            ViewKind.JACOBIAN),
    ACTIVATION_INSTEAD_OF_SLOPE("Used σ(z), the activation a itself, instead of its slope σ′(z).",
            "The VJP / Hadamard view shows what the activation contributes on the way back: its slope σ′(z), not its value.",
            ViewKind.VJP),
    MATRIX_PRODUCT_INSTEAD_OF_HADAMARD("A matrix product instead of ⊙: the result is not the shape of z.",
            "The VJP / Hadamard view shows the shortcut: ⊙ multiplies entry by entry, so δ keeps the shape of z.",
            ViewKind.VJP),
    SOFTMAX_DIAGONAL_ONLY("Only the softmax Jacobian's diagonal s ⊙ (1 − s) was used.",
            "The Softmax Jacobian view shows the whole Jacobian diag(s) − s sᵀ: its off-diagonal entries change δ.",
            ViewKind.SOFTMAX),
    WEIGHT_GRADIENT_WRONG_ORDER("The outer product in the wrong order: a δᵀ instead of δ aᵀ.",
            "The gradient step's explanation: row j of ∂C/∂W belongs to unit j of this layer, so δ comes first.",
            null),
    WEIGHT_GRADIENT_WITHOUT_TRANSPOSE("δᵀ a instead of δ aᵀ: dot products (m × m, one number for one example),"
            + " not the outer product with the shape of W.",
            "The gradient step's explanation: δ aᵀ is an outer product with exactly the shape of W.",
            null),
    FORGOT_MEAN("The 1/m of the mini-batch was forgotten: the sum over the examples, not the mean.",
            "The gradient step's explanation: the cost is the mean over the batch, so its gradient is too.",
            null),
    UPDATE_SIGN("The sign of the update: W + η ∂C/∂W climbs the cost instead of descending it.",
            "The update step: gradient descent moves against the gradient, W − η ∂C/∂W.",
            null),
    FORGOT_BIAS("The bias was left out: W a without + b.",
            "The forward step z = W a + b adds the bias to every column.",
            null);

    private final String description;
    private final String hint;
    private final ViewKind view;

    Mistake(String description, String hint, ViewKind view) {
        this.description = description;
        this.hint = hint;
        this.view = view;
    }

    public String description() {
        return description;
    }

    public String hint() {
        return hint;
    }

    /** The backward step's view that explains this mistake, or null when the step's own text does. */
    public ViewKind view() {
        return view;
    }
}
