package dev.deltascope.render;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/** Pixel facts for tests: where the ink is and how much of it there is. */
final class Ink {

    private Ink() {
    }

    /** A visible pixel: alpha above a quarter. */
    static final IntPredicate OPAQUE = argb -> (argb >>> 24) > 64;

    /** Clearly red: opaque, red strong, green and blue weak. */
    static final IntPredicate RED = argb -> OPAQUE.test(argb)
            && ((argb >> 16) & 0xFF) > 150 && ((argb >> 8) & 0xFF) < 110 && (argb & 0xFF) < 110;

    static int count(BufferedImage image, IntPredicate pixel) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixel.test(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The smallest rectangle holding every matching pixel, or null when none match. */
    static Rectangle bounds(BufferedImage image, IntPredicate pixel) {
        Rectangle bounds = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixel.test(image.getRGB(x, y))) {
                    Rectangle one = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? one : bounds.union(one);
                }
            }
        }
        return bounds;
    }
}
