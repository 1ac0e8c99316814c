package dev.deltascope.derivation;

/** What a step of the derivation computes. */
public enum StepKind {
    /** z^l = W^l a^{l−1} + b^l. */
    FORWARD_LINEAR,
    /** a^l = σ(z^l). */
    FORWARD_ACTIVATION,
    /** C, the mean over the batch. */
    COST,
    /** δ^L = ∇_a C ⊙ σ′(z^L). */
    OUTPUT_ERROR,
    /** δ^l = ((W^{l+1})ᵀ δ^{l+1}) ⊙ σ′(z^l) for a hidden layer. */
    BACKWARD,
    /** ∂C/∂W^l = δ^l (a^{l−1})ᵀ. */
    WEIGHT_GRADIENT,
    /** ∂C/∂b^l = δ^l. */
    BIAS_GRADIENT,
    /** W^l ← W^l − η ∂C/∂W^l and b^l ← b^l − η ∂C/∂b^l. */
    UPDATE,
    /** The four equations BP1–BP4 and the size of every layer's error; the last step. */
    SUMMARY
}
