package dev.deltascope.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** PNG of each step at the request's scale (pixels = points × scale), on the theme's background or transparent. */
public final class PngExporter extends PictureExporter {

    /** Images larger than this many pixels are refused rather than exhausting memory. */
    static final long MAX_PIXELS = 100L * 1024 * 1024;

    PngExporter() {
        super("png");
    }

    @Override
    void encode(StepPicture picture, ExportRequest request, OutputStream out) throws IOException {
        encode(image(picture, request.scale()), out);
    }

    /** Encodes the image as PNG in memory, without the temporary cache file ImageIO.write would use. */
    static void encode(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG encoder available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    /** The picture drawn at a scale: ceil(points × scale) pixels per side. */
    public static BufferedImage image(StepPicture picture, double scale) throws IOException {
        long width = (long) Math.ceil(picture.width() * scale);
        long height = (long) Math.ceil(picture.height() * scale);
        if (width * height > MAX_PIXELS) {
            throw new IOException("the picture would be " + width + "×" + height + " pixels; use a smaller scale");
        }
        BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            picture.draw(graphics);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
