package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.model.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixLatexTest {

    @Test
    void writesASmallMatrixInFull() {
        MatrixLatex latex = new MatrixLatex(NumberStyle.DEFAULT);
        assertEquals("\\begin{bmatrix}0.15 & 0.2 \\\\ 0.25 & -0.3\\end{bmatrix}",
                latex.matrix(Matrix.of(new double[][] {{0.15, 0.2}, {0.25, -0.3}})));
    }

    @Test
    void elidesRowsAndColumnsBeyondTheLimitKeepingTheLastOfEach() {
        MatrixLatex latex = new MatrixLatex(new NumberStyle(4, 3, 2));
        double[][] rows = new double[5][4];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 4; c++) {
                rows[r][c] = 10 * r + c;
            }
        }
        assertEquals("\\begin{bmatrix}0 & \\cdots & 3 \\\\ \\vdots & \\ddots & \\vdots"
                + " \\\\ 40 & \\cdots & 43\\end{bmatrix}", latex.matrix(Matrix.of(rows)));
    }

    @Test
    void writesTheDiagonalMatrixOfAColumnWithItsZeros() {
        MatrixLatex latex = new MatrixLatex(NumberStyle.DEFAULT);
        assertEquals("\\begin{bmatrix}0.2 & 0 \\\\ 0 & 0.7\\end{bmatrix}",
                latex.diagonal(Matrix.ofColumns(new double[][] {{0.2, 0.7}, {9, 9}}), 0));
    }

    @Test
    void writesAColumnAsARowForTheTranspose() {
        MatrixLatex latex = new MatrixLatex(NumberStyle.DEFAULT);
        assertEquals("\\begin{bmatrix}1 & 2\\end{bmatrix}", latex.row(Matrix.column(1, 2), 0));
    }

    @Test
    void elidesTheMiddleOfALongSum() {
        MatrixLatex latex = new MatrixLatex(new NumberStyle(4, 8, 4));
        assertEquals("a + b + \\cdots + e", latex.joined(List.of("a", "b", "c", "d", "e"), " + "));
        assertEquals("a + b + c + d", latex.joined(List.of("a", "b", "c", "d"), " + "));
    }
}
