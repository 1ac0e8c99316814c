package dev.deltascope.view.diagram;

import static dev.deltascope.view.step.StepViewFixtures.countPixels;
import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static dev.deltascope.view.step.StepViewFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.paint.PresentationMode;
import dev.deltascope.view.paint.ValuePalette;
import dev.deltascope.view.step.GridLayout;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.StepViewFixtures;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NetworkDiagramTest {

    private static final Color ACCENT = Color.web("#0969da");

    private final Trace classic = StepViewFixtures.classicTrace();
    private final Derivation derivation = StepViewFixtures.derivation(classic);
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(classic);
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>();
    private NetworkDiagram diagram;
    private StackPane root;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        diagram = new NetworkDiagram(trace, step, hover);
        root = new StackPane(diagram);
        WindowFixture.show(stage, root, 900, 400);
    }

    private void set(Runnable change) {
        onFx(() -> {
            change.run();
            root.layout();
            return null;
        });
    }

    /** The square around layer l's column, from the top of its first unit's band to the bottom of its last. */
    private Bounds column(int l) {
        return onFx(() -> {
            DiagramGeometry geometry = diagram.geometry();
            double r = geometry.radius() + 14;
            return new BoundingBox(geometry.x(l) - r, geometry.top(l) - r, 2 * r, geometry.bottom(l) - geometry.top(l) + 2 * r);
        });
    }

    private Point2D unitOnScreen(int l, int position) {
        return onFx(() -> diagram.localToScreen(diagram.geometry().x(l), diagram.geometry().y(l, position)));
    }

    private static int saturatedPixels(WritableImage image) {
        return saturatedPixels(image, new BoundingBox(0, 0, image.getWidth(), image.getHeight()));
    }

    private static int saturatedPixels(WritableImage image, Bounds bounds) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = (int) bounds.getMinY(); y < (int) bounds.getMaxY(); y++) {
            for (int x = (int) bounds.getMinX(); x < (int) bounds.getMaxX(); x++) {
                Color c = reader.getColor(x, y);
                if (c.getSaturation() > 0.5 && c.getBrightness() > 0.3) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * In presentation mode at 1920 wide, the deep-sigmoid stack's last label ("n₆ = 1 · sigmoid") once
     * ran to within 4 px of the right edge: the first and last layers' labels keep three quarters of
     * the text size clear of the edges.
     */
    @Test
    void theLastLayersLabelStandsClearOfTheRightEdge() {
        Trace deep = Trace.of(Presets.DEEP_SIGMOID.load());
        set(() -> {
            diagram.setPrefSize(1920, 270);
            root.getChildren().setAll(new Pane(diagram));
            diagram.typeScaleProperty().set(PresentationMode.TYPE_SCALE);
            trace.set(deep);
        });
        double clear = onFx(() -> 0.75 * diagram.geometry().textSize());
        WritableImage image = snapshot(diagram);
        int dark = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = (int) (image.getWidth() - clear) + 1; x < (int) image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.7) {
                    dark++;
                }
            }
        }
        assertEquals(1920, image.getWidth(), 1);
        assertEquals(0, dark, "dark pixels within " + clear + " px of the right edge");
    }

    @Test
    void drawsUnitsAndEdgesInColour() {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.COST, 2)));

        assertTrue(saturatedPixels(snapshot(diagram)) > 2000);
    }

    @Test
    void theStepsLayerIsHighlightedAndTheOthersAreNot() {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.FORWARD_ACTIVATION, 1)));
        WritableImage first = snapshot(diagram);
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.FORWARD_ACTIVATION, 2)));
        WritableImage second = snapshot(diagram);

        assertTrue(countPixels(first, column(1), ACCENT) > 200);
        assertEquals(0, countPixels(first, column(2), ACCENT));
        assertTrue(countPixels(second, column(2), ACCENT) > 200);
        assertEquals(0, countPixels(second, column(1), ACCENT));
    }

    @Test
    void theLayerCaptionsWriteTheLayerInTheConventionsIndexStyle() {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.BACKWARD, 1)));
        List<String> parentheses = onFx(diagram::captions);
        WritableImage before = snapshot(diagram);
        set(() -> diagram.indexStyleProperty().set(IndexStyle.BRACKETS));
        List<String> brackets = onFx(diagram::captions);
        WritableImage after = snapshot(diagram);
        set(() -> diagram.indexStyleProperty().set(IndexStyle.SUPERSCRIPT));
        List<String> superscript = onFx(diagram::captions);

        assertTrue(parentheses.contains("δ⁽¹⁾"), parentheses.toString());
        assertTrue(brackets.contains("δ^[1]"), brackets.toString());
        assertTrue(superscript.contains("δ¹"), superscript.toString());
        assertEquals(parentheses.stream().map(caption -> caption.replaceAll("⁽([⁰¹²³⁴⁵⁶⁷⁸⁹])⁾", "$1")).toList(),
                superscript);
        assertTrue(brackets.stream().noneMatch(caption -> caption.contains("⁽")), brackets.toString());
        assertTrue(differentPixels(before, after) > 20, "the captions were not redrawn");
    }

    private static int differentPixels(WritableImage first, WritableImage second) {
        int count = 0;
        for (int y = 0; y < (int) Math.min(first.getHeight(), second.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(first.getWidth(), second.getWidth()); x++) {
                if (first.getPixelReader().getArgb(x, y) != second.getPixelReader().getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void layersTheForwardPassHasNotReachedAreLeftEmpty() {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.FORWARD_LINEAR, 1)));
        WritableImage forward = snapshot(diagram);
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.COST, 2)));
        WritableImage cost = snapshot(diagram);

        assertEquals(0, saturatedPixels(forward, column(2)));
        assertTrue(saturatedPixels(cost, column(2)) > 300);
    }

    @Test
    void hoveringAUnitOrAnEdgeSetsTheSharedHover(FxRobot robot) {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.BACKWARD, 1)));

        robot.moveTo(unitOnScreen(1, 1));
        assertEquals(HoverTarget.unit(1, 1), hover.get());

        Point2D from = unitOnScreen(1, 0);
        Point2D to = unitOnScreen(2, 1);
        robot.moveTo(from.midpoint(to));
        assertEquals(HoverTarget.weight(2, 1, 0), hover.get());

        robot.moveTo(unitOnScreen(1, 0).add(0, 1000));
        assertNull(hover.get());
    }

    @Test
    void aHoverFromAGridRingsTheMatchingUnit() {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.COST, 2)));
        Bounds around = column(0);
        Color foreground = Color.web("#24292f");
        int before = countPixels(snapshot(diagram), around, foreground);

        set(() -> hover.set(HoverTarget.unit(0, 1)));

        assertTrue(countPixels(snapshot(diagram), around, foreground) > before + 100);
    }

    @Test
    void redrawsToFitANewSize() {
        set(() -> step.set(StepViewFixtures.step(derivation, StepKind.COST, 2)));
        double before = onFx(() -> diagram.geometry().x(2));

        onFx(() -> {
            root.getScene().getWindow().setWidth(600);
            return null;
        });
        StepViewFixtures.waitUntil("the diagram takes the new width",
                () -> Math.abs(onFx(diagram::getWidth) - 600) < 1);
        set(() -> { });

        assertNotEquals(before, onFx(() -> diagram.geometry().x(2)));
        assertEquals(600, onFx(diagram::getWidth), 1);
        assertEquals(600 * 2.5 / 3, onFx(() -> diagram.geometry().x(2)), 1);
    }

    @Test
    void widthsUpToTwentyFourAreDrawnInFullAndWiderOnesElided() {
        set(() -> trace.set(Trace.of(StepViewFixtures.wide(24))));
        assertEquals(24, onFx(() -> diagram.geometry().units(1).count()));
        assertEquals(-1, onFx(() -> diagram.geometry().units(1).position(GridLayout.ELLIPSIS)));

        set(() -> trace.set(Trace.of(StepViewFixtures.wide(64))));
        assertEquals(24, onFx(() -> diagram.geometry().units(1).count()));
        assertEquals(22, onFx(() -> diagram.geometry().units(1).position(GridLayout.ELLIPSIS)));
        assertEquals(23, onFx(() -> diagram.geometry().units(1).position(63)));
        assertEquals(-1, onFx(() -> diagram.geometry().units(1).position(40)));
    }

    @Test
    void aValueThatBlewUpIsHatchedInTheNotFiniteColour() {
        Network broken = classic.network().withLayer(2,
                classic.network().layer(2).withWeights(classic.network().layer(2).weights().with(0, 0, Double.NaN)));
        Trace blownUp = Trace.of(broken);
        set(() -> {
            trace.set(blownUp);
            step.set(StepViewFixtures.step(StepViewFixtures.derivation(blownUp), StepKind.COST, 2));
        });

        assertTrue(countPixels(snapshot(diagram), column(2), ValuePalette.NOT_FINITE) > 100);
        assertEquals(0, countPixels(snapshot(diagram), column(0), ValuePalette.NOT_FINITE));
    }

    @Test
    void noTraceDrawsNothing() {
        set(() -> trace.set(null));

        assertNull(onFx(diagram::geometry));
        assertEquals(0, saturatedPixels(snapshot(diagram)));
    }
}
