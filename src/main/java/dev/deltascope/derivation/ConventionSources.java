package dev.deltascope.derivation;

import java.util.List;

/**
 * Where a learner meets each convention, and how it reads in code: the table the window's help and
 * the README show.
 *
 * @param name the command-line name
 * @param sources the books, courses and libraries that write it
 * @param forward the forward rule and the storage of W
 * @param code how the weights and their gradient look in that source's code
 */
public record ConventionSources(String name, String sources, String forward, String code) {

    /** One row per named convention, in {@link Convention#NAMED} order. */
    public static final List<ConventionSources> TABLE = List.of(
            new ConventionSources("deltascope", "this app's default: Nielsen's layout, layer written a⁽ˡ⁾",
                    "z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾; W⁽ˡ⁾ is n_l × n_(l−1); examples are columns",
                    "∂C/∂W = Δ Aᵀ / m (W out × in, examples as columns)"),
            new ConventionSources("nielsen", "Nielsen, Neural Networks and Deep Learning, ch. 2",
                    "zˡ = wˡaˡ⁻¹ + bˡ; wˡⱼₖ from unit k of layer l−1 to unit j of layer l",
                    "network.py: np.dot(w, a) + b, nabla_w = np.dot(delta, activation.T)"),
            new ConventionSources("ng", "Ng, deeplearning.ai (Coursera) notation",
                    "Z^[l] = W^[l]A^[l−1] + b^[l]; W^[l] is n^[l] × n^[l−1]; examples are columns; dZ shaped like Z",
                    "dW = (1/m) dZ A_prev.T, db = (1/m) np.sum(dZ, axis=1, keepdims=True)"),
            new ConventionSources("pytorch", "PyTorch nn.Linear; torch.autograd.functional.jacobian (output × input)",
                    "Z = A Wᵀ + 1bᵀ; layer.weight is W⁽ˡ⁾, out × in; examples are rows",
                    "z = a @ W.T + b; with the mean loss W.grad = Δᵀ A / m"),
            new ConventionSources("cs231n", "Stanford CS231n notes; Keras Dense (kernel is in × out)",
                    "Z = A W + 1b; W is in × out; examples are rows",
                    "scores = X.dot(W) + b; dW = X.T.dot(dscores)"),
            new ConventionSources("d2l", "Dive into Deep Learning (d2l.ai): its MLPs, and its calculus section, where the gradient of Ax is Aᵀ",
                    "H = σ(X W⁽¹⁾ + b⁽¹⁾); W⁽¹⁾ is d × h (in × out); examples are rows",
                    "X @ W + b; W.grad = Xᵀ Δ / m"));

    /** The row of the named convention, if it is one. */
    static java.util.Optional<ConventionSources> of(Convention convention) {
        return convention.name().flatMap(name -> TABLE.stream().filter(row -> row.name().equals(name)).findFirst());
    }

    /** One sentence naming the convention, for the head of a document. */
    public static String sentence(Convention convention) {
        String forward = switch (convention.vectors()) {
            case COLUMNS -> "examples are columns and z = W a + b with W stored out × in";
            case ROWS_OUT_BY_IN -> "examples are rows and Z = A Wᵀ + 1bᵀ with W stored out × in";
            case ROWS_IN_BY_OUT -> "examples are rows and Z = A W + 1b with W stored in × out";
        };
        return of(convention).map(row -> row.sources() + ": ").orElse("") + forward + "; the Jacobian view is in "
                + convention.derivatives().label() + "; layer l is written " + convention.index().example() + ".";
    }
}
