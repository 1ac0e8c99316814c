package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class StepPictureTest {

    private final Derivation classic = Derivations.classic();

    private static Rectangle ink(StepPicture picture) {
        BufferedImage image = new BufferedImage((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        picture.draw(graphics, false);
        graphics.dispose();
        Rectangle bounds = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 64) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return bounds;
    }

    private int firstBackwardStep() {
        return classic.steps().stream().filter(s -> s.kind() == StepKind.BACKWARD).findFirst().orElseThrow().index();
    }

    @Test
    void theMeasuredSizeHoldsTheDrawingWithItsMarginOnEverySide() {
        for (int index = 0; index < classic.steps().size(); index++) {
            StepPicture picture = new StepPicture(classic, classic.steps().get(index), null,
                    PictureTheme.LIGHT.transparent());

            Rectangle ink = ink(picture);

            assertTrue(ink.x >= 20 && ink.y >= 20, "step " + index + " ink " + ink);
            assertTrue(ink.getMaxX() <= picture.width() - 20,
                    "step " + index + " ink " + ink + " width " + picture.width());
            assertEquals(picture.height() - 24, ink.getMaxY(), 4,
                    "step " + index + ": the last block ends at the margin");
        }
    }

    @Test
    void choosingAViewAddsItsFormulasAndMatrices() {
        var step = classic.steps().get(firstBackwardStep());

        StepPicture alone = new StepPicture(classic, step, null, PictureTheme.LIGHT);
        StepPicture withJacobian = new StepPicture(classic, step, ViewKind.JACOBIAN, PictureTheme.LIGHT);

        assertTrue(withJacobian.height() > alone.height() + 100, alone.height() + " vs " + withJacobian.height());
    }

    @Test
    void aViewTheStepDoesNotHaveChangesNothing() {
        var forward = classic.steps().get(0);

        StepPicture alone = new StepPicture(classic, forward, null, PictureTheme.LIGHT);
        StepPicture askedForView = new StepPicture(classic, forward, ViewKind.VJP, PictureTheme.LIGHT);

        assertEquals(alone.height(), askedForView.height(), 1e-9);
        assertEquals(alone.width(), askedForView.width(), 1e-9);
    }
}
