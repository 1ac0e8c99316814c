package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG export and the PNG export's text print a number as the derivation's LaTeX and the
 * window's grid do (view.SameNumberEverywhereTest): 1.2345 at 4 digits is 1.235, 1234 at 3 digits
 * is 1230, and a column of 6.722×10⁻⁵ and 0.00047 is scientific throughout.
 */
class SameNumberInPicturesTest {

    @TempDir
    Path folder;

    /** The classic network with W¹[1][1] = 1.2345, W¹[2][2] = 1234 and b¹ = (6.722×10⁻⁵, 0.00047). */
    private static Network network() {
        Network classic = Presets.CLASSIC.load();
        return classic.withLayer(1, classic.layer(1)
                .withWeights(Matrix.of(new double[][] {{1.2345, 0.2}, {0.25, 1234}}))
                .withBiases(Matrix.column(6.722e-5, 0.00047)));
    }

    @Test
    void theSvgAndPngGridsPrintTheSameDigitsAndNotation() throws Exception {
        Derivation four = DerivationBuilder.build(Trace.of(network()), NumberStyle.DEFAULT);
        Derivation three = DerivationBuilder.build(Trace.of(network()), NumberStyle.DEFAULT.withSignificantDigits(3));

        for (String text : new String[] {svgText(four), pngText(four)}) {
            assertTrue(text.contains("1.235") && !text.contains("1.234"), text);
            assertTrue(text.contains("6.722×10⁻⁵") && text.contains("4.7×10⁻⁴") && !text.contains("0.00047"), text);
        }
        for (String text : new String[] {svgText(three), pngText(three)}) {
            assertTrue(text.contains("1230") && !text.contains("1.23×10³"), text);
        }
    }

    /** The text of the SVG export of step 1, its elements joined (10 then ⁻⁵ are drawn as two runs). */
    private String svgText(Derivation derivation) throws Exception {
        Path file = folder.resolve("step-" + derivation.style().significantDigits() + ".svg");
        Exporter.SVG.export(derivation, ExportRequest.of(file, 0, 0), ExportMonitor.NONE);
        return Files.readString(file).replaceAll("<[^>]*>", "");
    }

    /** The text the PNG export draws for step 1: the picture drawn as for a PNG, onto a Graphics2D that records text. */
    private static String pngText(Derivation derivation) {
        StepPicture picture = new StepPicture(derivation, derivation.steps().get(0), null, PictureTheme.LIGHT);
        SVGGraphics2D recorder = new SVGGraphics2D((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()));
        picture.draw(recorder, false);
        return recorder.getSVGElement().replaceAll("<[^>]*>", "");
    }
}
