package dev.deltascope.derivation;

import static dev.deltascope.derivation.MatrixLatex.shape;
import static dev.deltascope.derivation.MatrixLatex.under;

import java.util.List;

/**
 * A chain of factors multiplied left to right as matrices, as a learner writes the chain rule: each
 * factor's shape under it, the first product whose inner sizes differ in red, or, when every
 * product fits, the result's shape against the shape δ needs.
 */
final class ShapeChain {

    /** A chain written out, and where (if anywhere) it goes wrong, as a phrase to follow "it". */
    record Chain(String symbolic, String problem) {
    }

    private ShapeChain() {
    }

    /**
     * The chain of {@code factors} set equal (with a question mark) to {@code target}, whose shape
     * is targetRows × targetColumns; {@code wrongWeights} when the chain uses a layer's weights
     * that cannot carry the error back.
     */
    static Chain chain(String target, List<Factor> factors, int targetRows, int targetColumns, boolean wrongWeights) {
        int rows = factors.get(0).rows();
        int columns = factors.get(0).columns();
        int broken = -1;
        for (int i = 1; i < factors.size() && broken < 0; i++) {
            if (columns != factors.get(i).rows()) {
                broken = i;
            } else {
                columns = factors.get(i).columns();
            }
        }
        StringBuilder symbolic = new StringBuilder(target).append(" \\overset{?}{=} ");
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            boolean red = broken > 0 && i <= broken;
            String operator = i == 0 ? "" : " \\cdot ";
            symbolic.append(operator).append(red(red, f.labelled()));
        }
        boolean allScalars = factors.stream().allMatch(f -> f.rows() == 1 && f.columns() == 1);
        String problem;
        String mark;
        if (broken > 0) {
            Factor right = factors.get(broken);
            String left = broken == 1 ? "a " + rows + " × " + columns
                    : "the " + rows + " × " + columns + " product of the first " + broken + " factors";
            problem = "multiplies " + left + " by a " + right.rows() + " × " + right.columns() + ": the inner sizes "
                    + columns + " and " + right.rows() + " do not match";
            mark = "\\quad\\textcolor{red}{\\text{inner sizes } " + columns + " \\neq " + right.rows() + "}";
        } else if (rows != targetRows || columns != targetColumns) {
            problem = "fits, but gives a " + rows + " × " + columns + " instead of the " + targetRows + " × "
                    + targetColumns + (targetColumns == 1 ? " column" : targetRows == 1 ? " row" : "") + " δ needs";
            mark = "\\quad\\textcolor{red}{" + shape(rows, columns) + " \\neq " + shape(targetRows, targetColumns) + "}";
        } else if (wrongWeights) {
            problem = (allScalars ? "fits only because every factor is 1 × 1" : "fits") + ", and uses the wrong weights";
            mark = "\\quad\\textcolor{red}{\\text{wrong weights}}";
        } else if (allScalars) {
            problem = "works here only because every factor is 1 × 1";
            mark = "\\quad\\text{fits, every factor is } 1 \\times 1";
        } else {
            Factor last = factors.get(factors.size() - 1);
            problem = "works here only because the last factor is " + last.rows() + " × " + last.columns()
                    + ", a single number, so the product and ⊙ coincide";
            mark = "\\quad\\text{fits, the last factor is } " + shape(last.rows(), last.columns());
        }
        return new Chain(symbolic.append(mark).toString(), problem);
    }

    /**
     * {@code latex} in red when {@code red}; each factor is coloured on its own, so that a long
     * chain can still be broken into lines between its factors.
     */
    static String red(boolean red, String latex) {
        return red ? "\\textcolor{red}{" + latex + "}" : latex;
    }
}
