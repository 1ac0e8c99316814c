package dev.deltascope.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deltascope.model.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Python literals: numbers that read back exactly, comments on one line, matrices as lists of rows. */
class PythonTextTest {

    @Test
    void randomDoublesReadBackToTheSameBitsSeed11() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = PythonText.number(value);
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
        }
    }

    @Test
    void wholeNumbersAreWrittenAsFloatsSoNumPyMakesFloatArrays() {
        assertEquals("1.0", PythonText.number(1));
        assertEquals("-3.0", PythonText.number(-3));
        assertEquals("np.array([[1.0, 0.0]])", PythonText.matrix("np.array", Matrix.of(new double[][] {{1, 0}}), 0));
    }

    @Test
    void numbersThatAreNotFiniteAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PythonText.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PythonText.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void commentsCannotBreakOutOfTheirLine() {
        assertEquals("title   with breaks", PythonText.comment("title\r\n with\u2028breaks\n"));
    }

    @Test
    void aLongMatrixPutsEachRowOnItsOwnLine() {
        Matrix wide = Matrix.of(new double[][] {{0.123456789, 0.223456789, 0.323456789, 0.423456789},
            {0.523456789, 0.623456789, 0.723456789, 0.823456789}, {1, 2, 3, 4}});
        assertEquals("""
                np.array([
                        [0.123456789, 0.223456789, 0.323456789, 0.423456789],
                        [0.523456789, 0.623456789, 0.723456789, 0.823456789],
                        [1.0, 2.0, 3.0, 4.0],
                    ])""", PythonText.matrix("np.array", wide, 4));
        assertEquals("np.array([\n    [1.0],\n    [2.0],\n])",
                PythonText.matrixByRows("np.array", Matrix.column(1, 2), 0));
    }
}
