package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Trace;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JLaTeXMath shares one atom per sign among all formulas, and some LaTeX ({@code {=}}, an
 * ordinary sign in a group) changes that atom for good: after it every "=" of the JVM loses its
 * spaces and ≠ draws its slash before the "=", in the window and in the pictures alike. So every
 * formula of every preset is laid out first, as the window does when it steps through them, and
 * then the signs are checked: their spaces against TeX's rules (a thick space each side of a
 * relation, a medium one each side of a binary operator, measured on their own), and the slash
 * of ≠ in pixels, on a Canvas and in an AWT image.
 */
class SharedSignsTest {

    private static final double POINTS = 40;
    private static final IntPredicate DARK =
            argb -> ((argb >> 16) & 0xFF) < 128 && ((argb >> 8) & 0xFF) < 128 && (argb & 0xFF) < 128;

    @BeforeAll
    static void layOutEveryFormulaOfEveryPreset() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (Preset preset : Presets.all()) {
            for (Step step : DerivationBuilder.build(Trace.of(preset.load()), NumberStyle.DEFAULT).steps()) {
                List<String> formulas = new ArrayList<>(List.of(step.symbolic(), step.numeric()));
                for (View view : step.views()) {
                    formulas.addAll(List.of(view.symbolic(), view.numeric()));
                    formulas.addAll(view.unitFormulas());
                }
                formulas.forEach(latex -> FormulaRenderer.layout(latex, 22));
            }
        }
    }

    @Test
    void relationsAndOperatorsKeepTheirSpacesAfterEveryFormula() {
        double thick = width("1\\;4") - width("14");
        double medium = width("1\\:4") - width("14");
        Map<String, Double> spaces = Map.of("=", thick, "\\neq", thick, "\\leftarrow", thick, "+", medium,
                "-", medium, "\\odot", medium, "\\cdot", medium);
        List<String> wrong = new ArrayList<>();
        spaces.forEach((sign, space) -> {
            double expected = width("14") + width("\\mathord{" + sign + "}") + 2 * space;
            double actual = width("1 " + sign + " 4");
            if (Math.abs(actual - expected) > 0.5) {
                wrong.add(sign + ": 1 " + sign + " 4 is " + Math.round(actual) + " pt wide, not " + Math.round(expected));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSlashOfNotEqualCrossesTheEqualsSignOnACanvas() throws Exception {
        for (String sign : List.of("\\neq", "\\ne", "\\not=", "≠")) {
            assertCrosses(sign, onCanvas(sign), onCanvas("="));
        }
    }

    @Test
    void theSlashOfNotEqualCrossesTheEqualsSignInAnAwtImage() {
        for (String sign : List.of("\\neq", "\\ne", "\\not=", "≠")) {
            assertCrosses(sign, inAwtImage(sign), inAwtImage("="));
        }
    }

    private static double width(String latex) {
        return FormulaRenderer.layout(latex, POINTS).width();
    }

    /**
     * In "1 ≠ 4", the sign's ink between the digits spans the "=" of "1 = 4" to a tenth of its width
     * on either side (its slash is over it, not before it) and reaches well above and below it.
     */
    private static void assertCrosses(String sign, BufferedImage drawn, BufferedImage equals) {
        Rectangle slashed = Ink.bounds(drawn, DARK);
        Rectangle plain = Ink.bounds(equals, DARK);
        double slack = 0.1 * plain.width;
        String where = sign + ": ink " + slashed + " against '=' " + plain;
        assertTrue(slashed.x >= plain.x - slack && slashed.x + slashed.width <= plain.x + plain.width + slack, where);
        assertTrue(slashed.height > 2 * plain.height, where);
    }

    /** The sign drawn alone, at the place it takes between two digits: its left space is kept. */
    private static BufferedImage onCanvas(String sign) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(300, 120);
            var context = canvas.getGraphicsContext2D();
            context.setFill(Color.WHITE);
            context.fillRect(0, 0, 300, 120);
            FxFormulas.draw(context, between(sign), POINTS, 20, 20, Color.BLACK);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            return SwingFXUtils.fromFXImage(canvas.snapshot(parameters, null), null);
        }).get(60, TimeUnit.SECONDS);
    }

    private static BufferedImage inAwtImage(String sign) {
        return FormulaRenderer.image(between(sign), POINTS, 1, java.awt.Color.BLACK, java.awt.Color.WHITE).pixels();
    }

    /** "1 sign 4" with the digits drawn in white, so that only the sign leaves dark ink. */
    private static String between(String sign) {
        return "\\textcolor{white}{1} " + sign + " \\textcolor{white}{4}";
    }
}
