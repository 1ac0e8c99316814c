package dev.deltascope.derivation;

/**
 * Why a step's formula changes between two conventions, in one sentence. A row convention writes
 * the transpose of the column formula, (X Y)ᵀ = Yᵀ Xᵀ; W stored out × in is the column layout's W, so
 * its transposes move, while W stored in × out is the column layout's Wᵀ, so the transpose a column
 * formula puts on W is already in the storage.
 */
final class TranslationSentence {

    private TranslationSentence() {
    }

    static String why(Step step, Convention from, Convention to) {
        if (from.vectors() == to.vectors()) {
            if (from.derivatives() != to.derivatives()) {
                return "Only the Jacobian view changes: in denominator layout every derivative is the transpose of its "
                        + "numerator-layout one, so the chain runs right to left and ∂C/∂z is a column; the formula "
                        + "and the numbers here are the same.";
            }
            return from.index() == to.index() ? "The two conventions write this step alike."
                    : "Only the way the layer is written changes (" + from.index().example() + " against "
                            + to.index().example() + "); every matrix and number is the same.";
        }
        VectorLayout columns = from.vectors() == VectorLayout.COLUMNS ? from.vectors() : to.vectors();
        VectorLayout rows = from.vectors() == VectorLayout.COLUMNS ? to.vectors() : from.vectors();
        if (columns != VectorLayout.COLUMNS) {
            return rowsAgainstRows(step);
        }
        boolean outByIn = rows == VectorLayout.ROWS_OUT_BY_IN;
        String source = outByIn ? "PyTorch's layout" : "CS231n's layout";
        return switch (step.kind()) {
            case FORWARD_LINEAR -> outByIn
                    ? "In " + source + " an example is a row, so z = W a + b is written transposed, aᵀ-first: "
                            + "(W a)ᵀ = aᵀWᵀ, and since W is stored out × in, as in the column layout, it now meets the "
                            + "activations transposed."
                    : "In " + source + " an example is a row and W is stored in × out, the column layout's Wᵀ, so "
                            + "(W a)ᵀ = aᵀWᵀ is written a W with no transpose at all.";
            case OUTPUT_ERROR, FORWARD_ACTIVATION, COST -> "The row layout writes every matrix here transposed, one "
                    + "row per example instead of one column; an elementwise product (⊙) is unchanged by that, and "
                    + "softmax's Jacobian J, being symmetric, multiplies a row from the right: (Jᵀg)ᵀ = gᵀJ.";
            case BACKWARD -> outByIn
                    ? "In " + source + " the error travels back as Δ W, without a transpose, because W is stored "
                            + "out × in and the batch is rows: ((W)ᵀΔ)ᵀ = ΔᵀW, written Δ W for Δ with rows."
                    : "In " + source + " W is stored in × out, the column layout's Wᵀ, so the error travels back "
                            + "as Δ Wᵀ: the transpose stays on the stored W while Δ turns into rows.";
            case WEIGHT_GRADIENT -> outByIn
                    ? "∂C/∂W has the shape W is stored in; with W out × in it is the same matrix as Δ Aᵀ, and with "
                            + "the examples as rows it is written Δᵀ A: the transpose moves from A to Δ."
                    : "∂C/∂W has the shape W is stored in, in × out, so it is the transpose of Δ Aᵀ: (Δ Aᵀ)ᵀ = A Δᵀ, "
                            + "written Aᵀ Δ for A and Δ with rows.";
            case BIAS_GRADIENT -> outByIn
                    ? "The bias is a column as in the column layout, so the sum over examples, the rows of Δ, is "
                            + "written Δᵀ 1."
                    : "The bias is stored as a row, so the sum over examples, the rows of Δ, is written 1ᵀ Δ.";
            case UPDATE -> "The update subtracts the gradient entry by entry, in the shape each parameter is stored in"
                    + (outByIn ? ": W out × in, as in the column layout." : ": W in × out, the column layout's Wᵀ.");
            case SUMMARY -> "BP2 carries the error back with " + (outByIn ? "W, not (W)ᵀ, because W is stored out × in "
                    + "and the errors are rows." : "(W)ᵀ on the right, because W is stored in × out and the errors "
                    + "are rows.");
        };
    }

    private static String rowsAgainstRows(Step step) {
        return switch (step.kind()) {
            case FORWARD_LINEAR, BACKWARD, WEIGHT_GRADIENT, BIAS_GRADIENT, UPDATE, SUMMARY -> "Both lay the examples out "
                    + "as rows; W stored in × out is the transpose of W stored out × in, so every transpose on W moves "
                    + "and so does each gradient's shape.";
            default -> "Both lay the examples out as rows, so this step reads the same in both.";
        };
    }
}
