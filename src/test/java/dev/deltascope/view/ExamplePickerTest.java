package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.LayerIndex;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.FiniteDifferences;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.ParameterCheck;
import dev.deltascope.model.Trace;
import dev.deltascope.view.step.MatrixGridView;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Picking example 3 of the mini-batch XOR network's 4 in the diagram's picker moves the per-example
 * views with the diagram: the Jacobian chain's, the naive chain's and the component-wise view's
 * numbers are those of example 3. The oracle is finite differences on a network holding example 3
 * alone: ∂C₃/∂b^{(l)}_j = δ^{(l)}_j of example 3.
 */
@ExtendWith(ApplicationExtension.class)
class ExamplePickerTest {

    private static final int PICKED = 2;
    private static final Pattern LAST_NUMBER = Pattern.compile(
            "=\\s*([-−]?[\\d.]+)(?:\\s*\\\\times\\s*10\\^\\{([-−]?\\d+)\\})?\\s*$");

    @TempDir
    static Path folder;

    private MainWindow window;
    private Network network;

    @Start
    void start(Stage stage) {
        network = Presets.MINI_BATCH.load();
        window = WindowFixture.open(stage, network, folder, 1440, 900);
    }

    @BeforeEach
    void pickExampleThree(FxRobot robot) {
        robot.interact(() -> window.stepper().goTo(hiddenStep()));
        robot.clickOn("#diagram-example");
        robot.clickOn("3 of 4");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One test for the three views, since each window costs seconds to start on a loaded machine. */
    @Test
    void theJacobianNaiveAndComponentWiseViewsShowThePickedExample(FxRobot robot) {
        theJacobianChainShowsThePickedExample(robot);
        theNaiveChainShowsThePickedExample(robot);
        theComponentWiseViewShowsThePickedExample(robot);
    }

    private void theJacobianChainShowsThePickedExample(FxRobot robot) {
        show(robot, ViewKind.JACOBIAN);
        assertEquals("Jacobian chain (example 3)", window.stepper().step().view(ViewKind.JACOBIAN).title());
        assertTrue(window.stepPane().numeric().getFormula().contains("\\text{example 3 of 4}"),
                window.stepPane().numeric().getFormula());
        assertTrue(window.stepPane().numeric().getFormula().contains("\\frac{\\partial C_{3}}"),
                "the row gradient is of C₃: " + window.stepPane().numeric().getFormula());
        assertClose(exampleErrors(1), grid("δ" + LayerIndex.plain(1)), "δ⁽¹⁾ of example 3");
        assertClose(exampleErrors(2), grid("(δ" + LayerIndex.plain(2) + ")ᵀ").transpose(), "(δ⁽²⁾)ᵀ of example 3");
    }

    private void theNaiveChainShowsThePickedExample(FxRobot robot) {
        show(robot, ViewKind.NAIVE);
        assertTrue(window.stepPane().numeric().getFormula().contains("\\text{example 3 of 4}"),
                window.stepPane().numeric().getFormula());
        assertClose(exampleErrors(2), grid("δ" + LayerIndex.plain(2)), "δ⁽²⁾ of example 3");
    }

    private void theComponentWiseViewShowsThePickedExample(FxRobot robot) {
        show(robot, ViewKind.COMPONENT);
        assertEquals("Component-wise (example 3)", window.stepper().step().view(ViewKind.COMPONENT).title());
        List<String> units = window.stepper().step().view(ViewKind.COMPONENT).unitFormulas();
        Matrix expected = exampleErrors(1);
        for (int j = 0; j < units.size(); j++) {
            Matcher last = LAST_NUMBER.matcher(units.get(j));
            assertTrue(last.find(), units.get(j));
            double shown = Double.parseDouble(last.group(1).replace('−', '-'))
                    * (last.group(2) == null ? 1 : Math.pow(10, Integer.parseInt(last.group(2).replace('−', '-'))));
            assertEquals(expected.get(j, 0), shown, 1e-3 * Math.abs(expected.get(j, 0)) + 1e-9,
                    "δ⁽¹⁾ unit " + (j + 1) + " of example 3: " + units.get(j));
        }
        assertTrue(window.stepPane().numeric().getFormula().startsWith("\\text{example 3 of 4}"),
                window.stepPane().numeric().getFormula());
    }

    @Test
    void theDiagramAndTheViewsFollowTheSameExampleAfterAnotherPick(FxRobot robot) {
        show(robot, ViewKind.JACOBIAN);
        robot.clickOn("#diagram-example");
        robot.clickOn("1 of 4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.stepper().derivationProperty().get().example());
        assertTrue(window.stepPane().numeric().getFormula().contains("\\text{example 1 of 4}"));
        Matrix first = Trace.of(network).gradients().delta(1).columnMatrix(0);
        assertClose(first, grid("δ" + LayerIndex.plain(1)), "δ⁽¹⁾ of example 1");
    }

    private int hiddenStep() {
        return window.stepper().steps().stream()
                .filter(step -> step.kind() == StepKind.BACKWARD && step.layer() == 1)
                .findFirst().orElseThrow().index();
    }

    private void show(FxRobot robot, ViewKind view) {
        robot.interact(() -> window.stepper().viewProperty().set(view));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The values of the grid named {@code name} in the step pane. */
    private Matrix grid(String name) {
        return window.stepPane().grids().stream().filter(grid -> name.equals(grid.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no grid " + name + " among "
                        + window.stepPane().grids().stream().map(MatrixGridView::name).toList()))
                .values();
    }

    /**
     * δ^{(l)} of example 3 by finite differences: on a network holding example 3 alone,
     * ∂C₃/∂b^{(l)}_j = δ^{(l)}_j; n_l × 1.
     */
    private Matrix exampleErrors(int l) {
        Network alone = network.withExamples(network.inputs().columnMatrix(PICKED), network.targets().columnMatrix(PICKED));
        double[] values = new double[network.size(l)];
        for (ParameterCheck check : FiniteDifferences.check(alone, Trace.of(alone).vjp()).parameters()) {
            if (check.layer() == l && check.bias()) {
                values[check.row()] = check.numeric();
            }
        }
        return Matrix.column(values);
    }

    private static void assertClose(Matrix expected, Matrix shown, String what) {
        assertEquals(expected.rows(), shown.rows(), what + ": rows");
        assertEquals(expected.columns(), shown.columns(), what + ": columns");
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                assertEquals(expected.get(r, c), shown.get(r, c), 1e-6 * Math.abs(expected.get(r, c)) + 1e-9,
                        what + " at (" + (r + 1) + ", " + (c + 1) + ")");
            }
        }
    }
}
