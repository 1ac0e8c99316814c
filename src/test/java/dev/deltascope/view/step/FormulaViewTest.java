package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static dev.deltascope.view.step.StepViewFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.view.WindowFixture;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FormulaViewTest {

    private static final String BACKWARD = "\\delta^{1} = \\left((W^{2})^{\\top}\\,\\delta^{2}\\right) \\odot \\sigma'(z^{1})";

    private FormulaView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        view = new FormulaView(BACKWARD);
        root = new StackPane(view);
        root.setStyle("-fx-background-color: -color-bg-default;");
        WindowFixture.show(stage, root, 900, 300);
    }

    private void change(Runnable edit) {
        onFx(() -> {
            edit.run();
            root.applyCss();
            root.layout();
            return null;
        });
    }

    /** Pixels darker (or, on a dark theme, lighter) than the middle grey: the glyphs. */
    private static int inkPixels(WritableImage image, boolean darkInk) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double brightness = reader.getColor(x, y).getBrightness();
                if (darkInk ? brightness < 0.4 : brightness > 0.6) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void drawsTheFormulaInTheThemesTextColour() {
        assertTrue(inkPixels(snapshot(view), true) > 300);

        change(StepViewFixtures::useDarkTheme);
        WritableImage dark = snapshot(root);

        assertTrue(inkPixels(dark, false) > 300);
        assertTrue(inkPixels(dark, true) > inkPixels(dark, false), "a dark page with light glyphs");
        change(StepViewFixtures::useLightTheme);
    }

    @Test
    void zoomScalesTheFormula() {
        double width = onFx(() -> view.prefWidth(-1));
        double height = onFx(() -> view.prefHeight(-1));

        change(() -> view.zoomProperty().set(2));

        assertEquals(2 * width, onFx(() -> view.prefWidth(-1)), width * 0.05);
        assertEquals(2 * height, onFx(() -> view.prefHeight(-1)), height * 0.05);
        assertEquals(48, onFx(() -> view.laidOut().pointSize()), 1e-9);
    }

    @Test
    void badLatexShowsAnErrorBoxInsteadOfThrowing() {
        change(() -> view.setFormula("\\frac{1}{"));

        assertTrue(onFx(() -> view.laidOut().isError()));
        WritableImage image = snapshot(view);
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (c.getRed() > c.getBlue() + 0.3 && c.getRed() > c.getGreen() + 0.3) {
                    red++;
                }
            }
        }
        assertTrue(red > 100, red + " red pixels of the error box's border");
    }

    @Test
    void anEmptyFormulaTakesNoRoom() {
        change(() -> view.setFormula(""));

        assertNull(onFx(view::laidOut));
        assertEquals(0, onFx(() -> view.prefWidth(-1)));
        assertFalse(view.getAccessibleText() != null && !view.getAccessibleText().isEmpty());
    }

    @Test
    void aVeryWideFormulaIsDrawnSmallerToFit() {
        StringBuilder sum = new StringBuilder("C = ");
        for (int k = 0; k < 400; k++) {
            sum.append("w_{").append(k).append("} + ");
        }
        change(() -> view.setFormula(sum + "b"));

        assertTrue(onFx(() -> view.prefWidth(-1)) <= FormulaView.MAX_WIDTH + 1);
        assertTrue(onFx(() -> view.laidOut().pointSize()) < 24);
    }
}
