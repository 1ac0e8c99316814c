package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MatrixGridViewWidthsTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static double measuredAlone(Font font, String text) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    @Test
    void aWidthIsTheTextsOwnLayoutWidthInThatFontWhetherMeasuredFirstOrAgain() {
        Font small = Font.font(null, FontWeight.NORMAL, 12);
        Font large = Font.font(null, FontWeight.NORMAL, 36);
        MatrixGridViewWidths first = new MatrixGridViewWidths();
        MatrixGridViewWidths second = new MatrixGridViewWidths();

        for (String text : new String[] {"-0.3104", "0.5", "1.234e-05", "-0.3104"}) {
            double expectedSmall = onFx(() -> measuredAlone(small, text));
            double expectedLarge = onFx(() -> measuredAlone(large, text));
            assertEquals(expectedSmall, (double) onFx(() -> first.width(small, text)), 1e-9, text);
            assertEquals(expectedLarge, (double) onFx(() -> second.width(large, text)), 1e-9, text);
            assertEquals(expectedSmall, (double) onFx(() -> second.width(small, text)), 1e-9, text);
        }
        assertTrue(onFx(() -> first.width(large, "-0.3104")) > 2 * onFx(() -> first.width(small, "-0.3104")));
    }
}
