package dev.deltascope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;
import org.jfree.graphics2d.svg.ViewBox;

/**
 * SVG of each step with a viewBox, so it scales: formulas, titles, prose and numbers all as vector
 * paths, so it looks the same with no fonts installed and no title can make it ill-formed XML. No
 * DOCTYPE, so XML parsers need not fetch anything.
 */
public final class SvgExporter extends PictureExporter {

    SvgExporter() {
        super("svg");
    }

    @Override
    void encode(StepPicture picture, ExportRequest request, OutputStream out) throws IOException {
        out.write(document(picture).getBytes(StandardCharsets.UTF_8));
    }

    /** The picture as a standalone SVG document. */
    public static String document(StepPicture picture) {
        int width = (int) Math.ceil(picture.width());
        int height = (int) Math.ceil(picture.height());
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        picture.draw(svg);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
    }
}
