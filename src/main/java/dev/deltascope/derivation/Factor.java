package dev.deltascope.derivation;

/**
 * One factor of a product as a formula writes it: its LaTeX in symbols, the same with numbers, and
 * its shape rows × columns.
 */
record Factor(String symbol, String numbers, int rows, int columns) {

    /** The symbol with its shape written under it. */
    String labelled() {
        return MatrixLatex.under(symbol, rows, columns);
    }

    /** The symbol and its shape as a term of the step. */
    Term term() {
        return new Term(symbol, rows, columns);
    }
}
