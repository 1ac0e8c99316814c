package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.model.Matrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixGridTest {

    private static MatrixGrid grid(double[][] values) {
        return new MatrixGrid(new NamedMatrix("W²", "W^{2}", Matrix.of(values)), NumberStyle.DEFAULT,
                PictureTheme.LIGHT);
    }

    private static double[][] filled(int rows, int columns, double value) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            java.util.Arrays.fill(row, value);
        }
        return values;
    }

    @Test
    void withinTheLimitEveryIndexIsShown() {
        assertEquals(List.of(0, 1, 2, 3, 4), MatrixGrid.shown(5, 8));
        assertEquals(List.of(0, 1, 2, 3), MatrixGrid.shown(4, 4));
    }

    @Test
    void beyondTheLimitTheFirstIndicesAnElisionAndTheLastFillTheLimit() {
        assertEquals(List.of(0, 1, -1, 9), MatrixGrid.shown(10, 4));
    }

    @Test
    void aWideMatrixIsNoWiderThanOneJustBeyondTheLimit() {
        double justBeyond = grid(filled(2, 9, 0.5)).width();
        double muchBeyond = grid(filled(2, 300, 0.5)).width();

        assertEquals(justBeyond, muchBeyond, 1e-9);
        assertTrue(grid(filled(2, 4, 0.5)).width() < justBeyond);
    }

    @Test
    void colourRunsFromBlueThroughNeutralToRedScaledByTheLargestMagnitude() {
        MatrixGrid grid = grid(new double[][] {{-2, 0, 1, 2}});

        assertEquals(MatrixGrid.NEGATIVE, grid.colour(-2));
        assertEquals(PictureTheme.LIGHT.neutral(), grid.colour(0));
        assertEquals(MatrixGrid.POSITIVE, grid.colour(2));
        Color half = grid.colour(1);
        Color neutral = PictureTheme.LIGHT.neutral();
        assertEquals((neutral.getRed() + MatrixGrid.POSITIVE.getRed()) / 2.0, half.getRed(), 1);
        assertEquals((neutral.getGreen() + MatrixGrid.POSITIVE.getGreen()) / 2.0, half.getGreen(), 1);
        assertEquals(MatrixGrid.NOT_A_NUMBER, grid.colour(Double.NaN));
    }

    @Test
    void anAllZeroMatrixIsNeutralEverywhere() {
        assertEquals(PictureTheme.LIGHT.neutral(), grid(filled(2, 2, 0)).colour(0));
    }

    @Test
    void aDrawnGridShowsRedForPositiveAndBlueForNegativeEntriesInsideItsMeasuredSize() {
        MatrixGrid grid = grid(new double[][] {{1, -1}, {0.9, -0.9}});
        BufferedImage image = new BufferedImage((int) Math.ceil(grid.width()) + 20,
                (int) Math.ceil(grid.height()) + 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        grid.draw(graphics, 10, 10);
        graphics.dispose();

        int red = 0;
        int blue = 0;
        int outside = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) == 0) {
                    continue;
                }
                if (x < 9 || y < 9 || x > 11 + grid.width() || y > 11 + grid.height()) {
                    outside++;
                }
                int r = (argb >> 16) & 0xFF;
                int b = argb & 0xFF;
                red += r > 150 && b < 80 ? 1 : 0;
                blue += b > 150 && r < 80 ? 1 : 0;
            }
        }
        assertTrue(red > 100, "red pixels " + red);
        assertTrue(blue > 100, "blue pixels " + blue);
        assertEquals(0, outside, "nothing drawn outside the measured size");
    }
}
