package dev.deltascope.render;

import java.awt.image.BufferedImage;

/**
 * A formula drawn into pixels at a scale, with an empty margin of {@code padding} points on
 * every side. Pixels = points × scale. The image is shared (for example by a cache): do not
 * draw into it.
 */
public record FormulaImage(BufferedImage pixels, Formula formula, double scale, double padding) {

    /** Distance from the top of the image to the formula's baseline, in pixels. */
    public double baseline() {
        return (padding + formula.height()) * scale;
    }

    /** Bytes of pixel memory the image holds (four per pixel). */
    public long bytes() {
        return 4L * pixels.getWidth() * pixels.getHeight();
    }
}
