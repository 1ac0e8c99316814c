package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * SVG of each step: formulas as vector paths (no fonts needed to view them), titles and numbers
 * as XML-escaped text. No DOCTYPE, so XML parsers need not fetch anything.
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
        SVGGraphics2D svg = new SVGGraphics2D((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()));
        picture.draw(svg, true);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n";
    }
}
