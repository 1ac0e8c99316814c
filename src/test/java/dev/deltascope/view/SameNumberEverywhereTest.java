package dev.deltascope.view;

import static dev.deltascope.view.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.DerivationBuilder;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.NumberStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.export.ExportMonitor;
import dev.deltascope.export.ExportRequest;
import dev.deltascope.export.Exporter;
import dev.deltascope.export.PictureTheme;
import dev.deltascope.export.StepPicture;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One number prints the same in the derivation's LaTeX, the window's grid, the SVG export and the
 * PNG export's text: 1.2345 at 4 digits is 1.235 (half up), 1234 at 3 digits is 1230, and a column
 * holding 6.722×10⁻⁵ and 0.00047 is written in scientific form throughout.
 */
@ExtendWith(ApplicationExtension.class)
class SameNumberEverywhereTest {

    @TempDir
    Path folder;
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    /** The classic network with W¹[1][1] = 1.2345, W¹[2][2] = 1234 and b¹ = (6.722×10⁻⁵, 0.00047). */
    private static Network network() {
        Network classic = StepViewFixtures.classicTrace().network();
        return classic.withLayer(1, classic.layer(1)
                .withWeights(Matrix.of(new double[][] {{1.2345, 0.2}, {0.25, 1234}}))
                .withBiases(Matrix.column(6.722e-5, 0.00047)));
    }

    @Test
    void aWeightOfOnePointTwoThreeFourFivePrintsAsOnePointTwoThreeFiveEverywhere() throws Exception {
        check(NumberStyle.DEFAULT, "1.235", "1.235", 0, 0);
    }

    @Test
    void twelveThirtyFourAtThreeDigitsPrintsAsTwelveThirtyEverywhere() throws Exception {
        check(NumberStyle.DEFAULT.withSignificantDigits(3), "1230", "1230", 1, 1);
    }

    @Test
    void aColumnThatNeedsScientificFormUsesItForEveryEntryEverywhere() throws Exception {
        Derivation derivation = DerivationBuilder.build(Trace.of(network()), NumberStyle.DEFAULT);
        Step first = derivation.steps().get(0);
        NamedMatrix biases = first.matrices().get(2);

        assertTrue(first.numeric().contains("\\begin{bmatrix}6.722 \\times 10^{-5} \\\\ 4.7 \\times 10^{-4}\\end{bmatrix}"),
                first.numeric());
        assertEquals("4.7×10⁻⁴", gridText(biases, 4, 1, 0));
        String svg = svgText(derivation);
        assertTrue(svg.contains("6.722×10⁻⁵") && svg.contains("4.7×10⁻⁴"), svg);
        String png = pngText(derivation);
        assertTrue(png.contains("6.722×10⁻⁵") && png.contains("4.7×10⁻⁴"), png);
    }

    private void check(NumberStyle style, String latex, String text, int row, int column) throws Exception {
        Derivation derivation = DerivationBuilder.build(Trace.of(network()), style);
        Step first = derivation.steps().get(0);
        NamedMatrix weights = first.matrices().get(0);

        assertTrue(first.numeric().contains(latex + " & ") || first.numeric().contains(" & " + latex),
                first.numeric());
        assertEquals(text, gridText(weights, style.significantDigits(), row, column));
        assertTrue(svgText(derivation).contains(text), "the SVG grid");
        assertTrue(pngText(derivation).contains(text), "the PNG grid");
    }

    private String gridText(NamedMatrix matrix, int digits, int row, int column) {
        return onFx(() -> {
            MatrixGridView grid = new MatrixGridView(matrix, CellTargets.none(), new SimpleObjectProperty<>());
            grid.significantDigitsProperty().set(digits);
            root.getChildren().setAll(grid);
            return grid.cellText(row, column);
        });
    }

    /** The text elements of the SVG export of step 1. */
    private String svgText(Derivation derivation) throws Exception {
        Path file = folder.resolve("step-" + derivation.style().significantDigits() + ".svg");
        Exporter.SVG.export(derivation, ExportRequest.of(file, 0, 0), ExportMonitor.NONE);
        return textOf(Files.readString(file));
    }

    /** The text of an SVG document, its elements joined: a number drawn in runs (10 then ⁻⁵) reads whole. */
    private static String textOf(String svg) {
        return svg.replaceAll("<[^>]*>", "");
    }

    /**
     * The text the PNG export draws for step 1: the same picture drawn as for a PNG (not as
     * vectors), onto a Graphics2D that records text instead of pixels.
     */
    private static String pngText(Derivation derivation) {
        StepPicture picture = new StepPicture(derivation, derivation.steps().get(0), null, PictureTheme.LIGHT);
        SVGGraphics2D recorder = new SVGGraphics2D((int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()));
        picture.draw(recorder, false);
        return textOf(recorder.getSVGElement());
    }
}
