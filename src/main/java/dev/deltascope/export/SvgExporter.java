package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;
import org.jfree.graphics2d.svg.ViewBox;

/**
 * SVG of each step with a viewBox, so it scales: formulas, titles, prose and numbers all as vector
 * paths, so it looks the same with no fonts installed and no title can make it ill-formed XML. No
 * DOCTYPE, so XML parsers need not fetch anything.
 */
public final class SvgExporter implements Exporter {

    SvgExporter() {
    }

    @Override
    public String name() {
        return "svg";
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public boolean perStep() {
        return true;
    }

    @Override
    public List<Path> plannedFiles(Derivation derivation, ExportRequest request) {
        return PerStepFiles.planned(derivation, request, extension());
    }

    @Override
    public List<Path> export(Derivation derivation, ExportRequest request, ExportMonitor monitor)
            throws ExportException {
        return PerStepFiles.export(derivation, request, monitor, extension(),
                (picture, out) -> out.write(document(picture).getBytes(StandardCharsets.UTF_8)));
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
