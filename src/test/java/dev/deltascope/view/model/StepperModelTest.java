package dev.deltascope.view.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepperModelTest {

    private static StepperModel immediate(NetworkEditorModel editor) {
        return new StepperModel(editor.networkProperty(), Runnable::run, Runnable::run);
    }

    @Test
    void aNetworkOfThreeLayersHasTheDocumentedNumberOfSteps() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = immediate(editor);
        int depth = 3;
        assertEquals(2 * depth + 2 + (depth - 1) + 2 * depth + depth, stepper.steps().size());
        assertEquals(0, stepper.stepIndex());
        assertEquals(StepKind.FORWARD_LINEAR, stepper.step().kind());
    }

    @Test
    void navigationStaysWithinTheSteps() {
        StepperModel stepper = immediate(new NetworkEditorModel(Presets.defaultNetwork()));
        stepper.previous();
        assertEquals(0, stepper.stepIndex());
        stepper.next();
        assertEquals(1, stepper.stepIndex());
        stepper.last();
        int last = stepper.steps().size() - 1;
        assertEquals(last, stepper.stepIndex());
        assertEquals(StepKind.UPDATE, stepper.step().kind());
        stepper.next();
        assertEquals(last, stepper.stepIndex());
        stepper.goTo(-5);
        assertEquals(0, stepper.stepIndex());
        stepper.goTo(4);
        stepper.first();
        assertEquals(0, stepper.stepIndex());
    }

    @Test
    void anEditRecomputesAndStaysOnTheSameKindOfStep() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = immediate(editor);
        int outputError = indexOf(stepper, StepKind.OUTPUT_ERROR);
        stepper.goTo(outputError);
        String before = stepper.step().numeric();
        editor.setWeight(3, 0, 0, 2.5);
        assertEquals(StepKind.OUTPUT_ERROR, stepper.step().kind());
        assertNotEquals(before, stepper.step().numeric());
        assertEquals(editor.network(), stepper.traceProperty().get().network());

        editor.addLayer();
        assertEquals(StepKind.OUTPUT_ERROR, stepper.step().kind());
        assertEquals(4, stepper.step().layer());
    }

    @Test
    void precisionChangesTheDigitsPrinted() {
        StepperModel stepper = immediate(new NetworkEditorModel(Presets.defaultNetwork()));
        stepper.goTo(1);
        String four = stepper.step().numeric();
        stepper.setPrecision(8);
        assertEquals(8, stepper.derivationProperty().get().style().significantDigits());
        assertTrue(stepper.step().numeric().length() > four.length());
        assertThrows(InvalidEditException.class, () -> stepper.setPrecision(0));
        assertThrows(InvalidEditException.class, () -> stepper.setPrecision(13));
        assertEquals(8, stepper.precisionProperty().get());
    }

    @Test
    void zoomStaysWithinItsBounds() {
        StepperModel stepper = immediate(new NetworkEditorModel(Presets.defaultNetwork()));
        for (int i = 0; i < 20; i++) {
            stepper.zoomIn();
        }
        assertEquals(StepperModel.MAX_ZOOM, stepper.zoomProperty().get());
        for (int i = 0; i < 40; i++) {
            stepper.zoomOut();
        }
        assertEquals(StepperModel.MIN_ZOOM, stepper.zoomProperty().get());
        stepper.resetZoom();
        assertEquals(1, stepper.zoomProperty().get());
    }

    @Test
    void largeNetworksAreTracedInTheBackgroundAndOnlyTheNewestIsPublished() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        List<Runnable> background = new ArrayList<>();
        List<Runnable> foreground = new ArrayList<>();
        StepperModel stepper = new StepperModel(editor.networkProperty(), background::add, foreground::add);
        assertTrue(background.isEmpty(), "the default network is traced at once");

        editor.setLayerWidth(1, 100);
        editor.setLayerWidth(2, 40);
        Network newest = editor.network();
        assertTrue(stepper.computingProperty().get());
        assertEquals(2, background.size(), "both edits made a network too large to trace at once");
        background.forEach(Runnable::run);
        assertEquals(1, foreground.size(), "the stale request is skipped");
        foreground.forEach(Runnable::run);
        assertFalse(stepper.computingProperty().get());
        assertEquals(newest, stepper.traceProperty().get().network());
    }

    private static int indexOf(StepperModel stepper, StepKind kind) {
        return stepper.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().index();
    }
}
