package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StepPictureTest {

    private final Derivation classic = Derivations.classic();

    private static Rectangle ink(StepPicture picture) {
        BufferedImage image = new BufferedImage((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        picture.draw(graphics);
        graphics.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int width = image.getWidth();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int i = 0; i < pixels.length; i++) {
            if ((pixels[i] >>> 24) > 64) {
                int x = i % width;
                int y = i / width;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
        }
        return right < 0 ? null : new Rectangle(left, top, right - left + 1, bottom - top + 1);
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

    /** Every step of every built-in network, alone and with each of its views, keeps its ink off the margins. */
    @TestFactory
    Stream<DynamicTest> everyFormulaOfEveryPresetFitsInsideThePicture() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Preset preset : Presets.all()) {
            Derivation derivation = Derivations.of(preset);
            for (Step step : derivation.steps()) {
                List<ViewKind> views = new ArrayList<>();
                views.add(null);
                step.views().stream().map(View::kind).forEach(views::add);
                for (ViewKind view : views) {
                    String name = preset.id() + " step " + (step.index() + 1) + (view == null ? "" : " " + view);
                    tests.add(DynamicTest.dynamicTest(name, () -> assertInkInsideMargins(
                            new StepPicture(derivation, step, view, PictureTheme.LIGHT.transparent()), name)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aTitleWithAWordWiderThanThePictureIsBrokenToFit() {
        Derivation titled = Derivations.titled(Presets.CLASSIC, "x".repeat(400));

        StepPicture picture = new StepPicture(titled, titled.steps().get(0), null, PictureTheme.LIGHT.transparent());

        assertInkInsideMargins(picture, "a 400-letter title");
        assertTrue(picture.width() < 1000, "the picture keeps its width: " + picture.width());
    }

    private static void assertInkInsideMargins(StepPicture picture, String name) {
        Rectangle ink = ink(picture);
        assertTrue(ink.x >= 20 && ink.y >= 20, name + ": ink " + ink);
        assertTrue(ink.getMaxX() <= picture.width() - 20, name + ": ink " + ink + ", width " + picture.width());
        assertTrue(ink.getMaxY() <= picture.height() - 20, name + ": ink " + ink + ", height " + picture.height());
    }

    @Test
    void everyViewIsDrawnByDefaultAndAViewRepeatingTheStepsFormulasIsNotDrawnTwice() {
        var step = classic.steps().get(firstBackwardStep());

        StepPicture vjp = new StepPicture(classic, step, ViewKind.VJP, PictureTheme.LIGHT);
        StepPicture jacobian = new StepPicture(classic, step, ViewKind.JACOBIAN, PictureTheme.LIGHT);
        StepPicture every = new StepPicture(classic, step, null, PictureTheme.LIGHT);

        assertTrue(jacobian.height() > vjp.height() + 100, vjp.height() + " vs " + jacobian.height());
        assertTrue(every.height() > jacobian.height() + 100, jacobian.height() + " vs " + every.height());
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
