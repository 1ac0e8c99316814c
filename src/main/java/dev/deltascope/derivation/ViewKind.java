package dev.deltascope.derivation;

/** The ways a backward step can be looked at. */
public enum ViewKind {
    /** Vector–Jacobian product: ((W^{l+1})ᵀ δ^{l+1}) ⊙ σ′(z^l), the Hadamard shortcut. */
    VJP,
    /** Jacobian chain in numerator layout: (δ^{l+1})ᵀ W^{l+1} diag(σ′(z^l)), then transposed. */
    JACOBIAN,
    /** Index sums: δ^l_j = Σ_k w^{l+1}_{kj} δ^{l+1}_k σ′(z^l_j), one unit at a time. */
    COMPONENT,
    /** The learner's δ^{l+1} · W^{l+1} · σ′(z^l), where its shapes stop fitting, and the fix. */
    NAIVE,
    /** A softmax layer's full Jacobian diag(s) − s sᵀ and why the Hadamard shortcut fails there. */
    SOFTMAX
}
