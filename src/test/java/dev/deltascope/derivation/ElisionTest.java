package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Matrix;
import org.junit.jupiter.api.Test;

class ElisionTest {

    @Test
    void showsEveryIndexUpToTheLimit() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, Elision.shown(8, 8));
    }

    @Test
    void beyondTheLimitTheEllipsisTakesOneOfTheSlots() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, Elision.ELIDED, 8}, Elision.shown(9, 8));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, Elision.ELIDED, 63}, Elision.shown(64, 8));
    }

    @Test
    void neverTakesMoreSlotsThanTheLimitOrThree() {
        for (int limit = 1; limit <= 12; limit++) {
            for (int count = 1; count <= 40; count++) {
                int[] shown = Elision.shown(count, limit);
                assertTrue(shown.length <= Math.max(limit, Elision.MIN_SLOTS), count + " at limit " + limit);
                assertEquals(count - 1, shown[shown.length - 1], "the last is always shown");
                assertEquals(0, shown[0], "the first is always shown");
            }
        }
    }

    @Test
    void refusesAnEmptyRun() {
        assertThrows(IllegalArgumentException.class, () -> Elision.shown(0, 8));
    }

    @Test
    void theLatexShowsTheRowsAndColumnsTheRuleShows() {
        NumberStyle style = new NumberStyle(4, 5, 4);
        double[][] entries = new double[11][9];
        for (int r = 0; r < 11; r++) {
            for (int c = 0; c < 9; c++) {
                entries[r][c] = 100 * r + c;
            }
        }
        String latex = new MatrixLatex(style).matrix(Matrix.of(entries));
        String body = latex.substring("\\begin{bmatrix}".length(), latex.length() - "\\end{bmatrix}".length());
        String[] rows = body.split(" \\\\\\\\ ");
        int[] shownRows = Elision.shown(11, 5);
        int[] shownColumns = Elision.shown(9, 4);
        assertEquals(shownRows.length, rows.length);
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split(" & ");
            assertEquals(shownColumns.length, cells.length);
            for (int j = 0; j < cells.length; j++) {
                int r = shownRows[i];
                int c = shownColumns[j];
                String expected = r == Elision.ELIDED ? (c == Elision.ELIDED ? "\\ddots" : "\\vdots")
                        : c == Elision.ELIDED ? "\\cdots" : String.valueOf(100 * r + c);
                assertEquals(expected, cells[j], "row " + i + ", column " + j);
            }
        }
    }
}
