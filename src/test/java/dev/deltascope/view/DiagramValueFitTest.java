package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.Step;
import dev.deltascope.file.Preset;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.diagram.NetworkDiagram;
import dev.deltascope.view.diagram.UnitValue;
import dev.deltascope.view.step.HoverTarget;
import dev.deltascope.view.step.StepViewFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every number the diagram writes in a unit lies inside its circle, at every size the window gives
 * the diagram (1600×1000, the preferred 1440×900, 1280×720, and 1920×1080 in presentation mode with
 * its type scale, and that diagram dragged taller), for every step of every preset and of a network
 * 24 units wide: its width, measured in the font it is drawn in, is at most the circle's diameter
 * less 2.5 px on each side (the highlighted outline's inner half and 1 px), in a font of at least
 * {@value UnitValue#SMALLEST_FONT} px.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramValueFitTest {

    /** The room kept clear inside each side of a circle: the 3 px outline's inner half and 1 px of air. */
    private static final double MARGIN = 2.5;

    @TempDir
    static Path folder;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = WindowFixture.open(shown, Presets.defaultNetwork(), folder, 1440, 900);
    }

    @AfterEach
    void leavePresentation(FxRobot robot) {
        robot.interact(() -> window.presentation().leave());
    }

    @Test
    void everyValueFitsItsUnitAtEveryWindowSize(FxRobot robot) {
        Map<String, Dimension2D> sizes = new LinkedHashMap<>();
        Map<String, Double> typeScales = new LinkedHashMap<>();
        for (double[] size : new double[][] {{1600, 1000, 0}, {1440, 900, 0}, {1280, 720, 0}, {1920, 1080, 1}}) {
            String name = (int) size[0] + "×" + (int) size[1] + (size[2] > 0 ? " presenting" : "");
            NetworkDiagram diagram = diagramAt(robot, size[0], size[1], size[2] > 0);
            sizes.put(name, new Dimension2D(diagram.getWidth(), diagram.getHeight()));
            typeScales.put(name, diagram.typeScaleProperty().get());
            sizes.put(name + ", diagram dragged to 560 px", new Dimension2D(diagram.getWidth(), 560));
            typeScales.put(name + ", diagram dragged to 560 px", diagram.typeScaleProperty().get());
        }
        assertTrue(sizes.get("1440×900").getHeight() > 150, "the diagram's height at 1440×900: " + sizes);
        assertEquals(1.0, typeScales.get("1280×720"));
        assertTrue(typeScales.get("1920×1080 presenting") > 1.5, typeScales.toString());

        List<Network> networks = new ArrayList<>(Presets.all().stream().map(Preset::load).toList());
        networks.add(StepViewFixtures.wide(24));
        List<String> misfits = new ArrayList<>();
        int written = 0;
        for (Map.Entry<String, Dimension2D> size : sizes.entrySet()) {
            for (Network network : networks) {
                for (UnitValue value : drawnValues(robot, network, size.getValue(), typeScales.get(size.getKey()))) {
                    written++;
                    double width = textWidth(value);
                    if (width > 2 * value.radius() - 2 * MARGIN || value.font().getSize() < UnitValue.SMALLEST_FONT) {
                        misfits.add(size.getKey() + ", " + network.title() + ": '" + value.text() + "' "
                                + Math.round(width) + " px wide at " + String.format("%.1f", value.font().getSize()) + " px in a circle "
                                + Math.round(2 * value.radius()) + " px across");
                    }
                }
            }
        }
        assertEquals(List.of(), misfits);
        assertTrue(written > 1000, "values written: " + written);
    }

    /**
     * At 1600×1000, the preferred 1440×900 and in presentation mode at 1920×1080, where the default
     * network's units are at least 26 px across, every unit of every step carries its number, the
     * small δ's (−0.0091, 33 px wide at 9 px type) in a layer scaled by a power of ten; and every
     * number written is 10^k times its value, rounded to no less than its leading digit. (At
     * 1280×720 the units are 15 px across and show their colour alone, as they did before.)
     */
    @Test
    void theDefaultNetworksUnitsAllCarryTheirNumbers(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int scaled = 0;
        for (double[] window : new double[][] {{1600, 1000, 0}, {1440, 900, 0}, {1920, 1080, 1}}) {
            NetworkDiagram diagram = diagramAt(robot, window[0], window[1], window[2] > 0);
            Dimension2D size = new Dimension2D(diagram.getWidth(), diagram.getHeight());
            double typeScale = diagram.typeScaleProperty().get();
            String where = (int) window[0] + "×" + (int) window[1] + (window[2] > 0 ? " presenting" : "");
            Network network = Presets.defaultNetwork();
            Trace trace = Trace.of(network);
            for (Step step : StepViewFixtures.derivation(trace).steps()) {
                NetworkDiagram drawn = draw(robot, trace, step, size, typeScale);
                int expected = 0;
                for (int l = 0; l < drawn.captions().size(); l++) {
                    expected += drawn.captions().get(l).isEmpty() ? 0 : network.size(l);
                }
                for (UnitValue value : drawn.values()) {
                    double written = Double.parseDouble(value.text().replace('−', '-'));
                    double exact = value.value() * Math.pow(10, value.scale());
                    double leadingDigit = Math.pow(10, Math.floor(Math.log10(Math.abs(exact))));
                    scaled += value.scale() != 0 ? 1 : 0;
                    if (Math.abs(written - exact) > 0.5 * leadingDigit) {
                        wrong.add(where + " step " + (step.index() + 1) + ": " + value.text() + " for 10^" + value.scale()
                                + " · " + value.value());
                    }
                }
                if (drawn.values().size() != expected) {
                    missing.add(where + " step " + (step.index() + 1) + ": " + drawn.values().size() + " of " + expected
                            + " units carry a number, radius " + Math.round(drawn.values().isEmpty() ? 0
                            : drawn.values().get(0).radius()) + ", diagram " + size);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(List.of(), wrong);
        assertTrue(scaled > 40, "numbers written scaled: " + scaled);
    }

    /** The window's own diagram at width × height, presenting or not. */
    private NetworkDiagram diagramAt(FxRobot robot, double width, double height, boolean presenting) {
        robot.interact(() -> {
            window.presentation().setFullScreen(false);
            WindowFixture.resize(stage, width, height);
            window.presentation().activeProperty().set(presenting);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return (NetworkDiagram) window.root().lookup("#network-diagram");
    }

    /** The values written in the units over every step of the network, the diagram at this size and type scale. */
    private List<UnitValue> drawnValues(FxRobot robot, Network network, Dimension2D size, double typeScale) {
        Trace trace = Trace.of(network);
        Derivation derivation = StepViewFixtures.derivation(trace);
        List<UnitValue> values = new ArrayList<>();
        for (Step step : derivation.steps()) {
            values.addAll(draw(robot, trace, step, size, typeScale).values());
        }
        return values;
    }

    /** A diagram of the step, alone on a scene of the given size. */
    private NetworkDiagram draw(FxRobot robot, Trace trace, Step step, Dimension2D size, double typeScale) {
        NetworkDiagram diagram = new NetworkDiagram(new SimpleObjectProperty<>(trace), new SimpleObjectProperty<>(step),
                new SimpleObjectProperty<HoverTarget>());
        robot.interact(() -> {
            diagram.typeScaleProperty().set(typeScale);
            diagram.setPrefSize(size.getWidth(), size.getHeight());
            Pane root = new Pane(diagram);
            new Scene(root, size.getWidth(), size.getHeight());
            root.layout();
        });
        return diagram;
    }

    private static double textWidth(UnitValue value) {
        Text probe = new Text(value.text());
        probe.setFont(value.font());
        return probe.getLayoutBounds().getWidth();
    }
}
