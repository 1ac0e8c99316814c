package dev.deltascope.view.step;

import static dev.deltascope.view.step.StepViewFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Elision;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.StepKind;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.file.Presets;
import dev.deltascope.view.WindowFixture;
import dev.deltascope.view.editor.NetworkEditorModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A fitted step too tall for its pane even at the smallest readable size: where tighter elision is
 * allowed, its formula is printed by the derivation with fewer rows and columns and its grids draw
 * the same ones; where it is not, the step keeps the derivation's own limit.
 */
@ExtendWith(ApplicationExtension.class)
class StepPaneElisionTest {

    private final NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>();
    private StepperModel stepper;
    private StepPane pane;

    @Start
    void start(Stage stage) {
        StepViewFixtures.useLightTheme();
        editor.setLayerWidth(1, 8);
        editor.setLayerWidth(2, 8);
        stepper = new StepperModel(editor.networkProperty(), Runnable::run, Runnable::run);
        stepper.goTo(stepper.steps().stream()
                .filter(step -> step.kind() == StepKind.BACKWARD && step.layer() == 1).findFirst().orElseThrow().index());
        stepper.viewProperty().set(ViewKind.JACOBIAN);
        pane = new StepPane(stepper.stepProperty(), stepper.viewProperty(), stepper.unitProperty(),
                new SimpleDoubleProperty(1), new SimpleIntegerProperty(4), hover);
        pane.setElidedSteps(stepper::elided);
        pane.fitProperty().set(true);
        WindowFixture.show(stage, pane, 1100, 640);
    }

    private void change(Runnable edit) {
        onFx(() -> {
            edit.run();
            pane.applyCss();
            pane.layout();
            return null;
        });
    }

    @Test
    void withoutTighterElisionTheStepKeepsEightRowsAndDoesNotFit() {
        change(() -> { });

        assertEquals(8, (int) onFx(pane::maxShown));
        assertFalse(onFx(pane::fits));
        assertEquals(StepPane.formulasOf(stepper.step(), ViewKind.JACOBIAN, 0).numeric(),
                onFx(() -> pane.numeric().getFormula()));
    }

    @Test
    void withTighterElisionTheFormulaAndGridsShowFewerRowsOfTheSameMatrices() {
        change(() -> pane.tighterElisionProperty().set(true));

        int limit = onFx(pane::maxShown);
        assertTrue(limit < 8, "elided past " + limit);
        assertTrue(onFx(pane::fits), "fits when elided past " + limit);
        Step elided = stepper.elided(stepper.step(), limit);
        assertEquals(StepPane.formulasOf(elided, ViewKind.JACOBIAN, 0).numeric(), onFx(() -> pane.numeric().getFormula()));
        assertTrue(pane.numeric().getFormula().contains("\\vdots"));
        List<NamedMatrix> matrices = stepper.step().view(ViewKind.JACOBIAN).matrices();
        List<MatrixGridView> grids = onFx(pane::grids);
        assertEquals(matrices.size(), grids.size());
        for (int i = 0; i < grids.size(); i++) {
            MatrixGridView grid = grids.get(i);
            assertEquals(matrices.get(i).values(), grid.values(), grid.name());
            assertArrayEquals(Elision.shown(grid.values().rows(), limit), grid.shownRows(), grid.name());
            assertArrayEquals(Elision.shown(grid.values().columns(), limit), grid.shownColumns(), grid.name());
        }

        change(() -> pane.fitProperty().set(false));

        assertEquals(8, (int) onFx(pane::maxShown));
        assertEquals(StepPane.formulasOf(stepper.step(), ViewKind.JACOBIAN, 0).numeric(),
                onFx(() -> pane.numeric().getFormula()));
    }
}
