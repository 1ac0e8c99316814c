package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * The exported pictures (PNG, SVG and PDF draw the same StepPicture; the SVG export turns its text
 * into paths, so the text is recorded from the drawing) print a number as the derivation's LaTeX and the
 * window's grid do (view.SameNumberEverywhereTest): 1.2345 at 4 digits is 1.235, 1234 at 3 digits
 * is 1230, and a column of 6.722×10⁻⁵ and 0.00047 is scientific throughout.
 */
class SameNumberInPicturesTest {

    /** The classic network with W¹[1][1] = 1.2345, W¹[2][2] = 1234 and b¹ = (6.722×10⁻⁵, 0.00047). */
    private static Network network() {
        Network classic = Presets.CLASSIC.load();
        return classic.withLayer(1, classic.layer(1)
                .withWeights(Matrix.of(new double[][] {{1.2345, 0.2}, {0.25, 1234}}))
                .withBiases(Matrix.column(6.722e-5, 0.00047)));
    }

    @Test
    void thePicturesGridsPrintTheSameDigitsAndNotation() {
        Derivation four = DerivationBuilder.build(Trace.of(network()), NumberStyle.DEFAULT);
        Derivation three = DerivationBuilder.build(Trace.of(network()), NumberStyle.DEFAULT.withSignificantDigits(3));

        String text = pictureText(four);
        assertTrue(text.contains("1.235") && !text.contains("1.234"), text);
        assertTrue(text.contains("6.722×10⁻⁵") && text.contains("4.7×10⁻⁴") && !text.contains("0.00047"), text);
        String threeDigits = pictureText(three);
        assertTrue(threeDigits.contains("1230") && !threeDigits.contains("1.23×10³"), threeDigits);
    }

    /** The text the picture of step 1 draws, recorded by a Graphics2D that keeps text as text. */
    private static String pictureText(Derivation derivation) {
        StepPicture picture = new StepPicture(derivation, derivation.steps().get(0), null, PictureTheme.LIGHT);
        SVGGraphics2D recorder = new SVGGraphics2D((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()));
        picture.draw(recorder);
        return recorder.getSVGElement().replaceAll("<[^>]*>", "");
    }
}
