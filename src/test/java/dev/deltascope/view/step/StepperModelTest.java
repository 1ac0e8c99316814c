package dev.deltascope.view.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.StepKind;
import dev.deltascope.file.Presets;
import dev.deltascope.model.FiniteDifferences;
import dev.deltascope.model.GradientCheck;
import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.field.InvalidEditException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StepperModelTest {

    /** Tasks the model handed to its background, checker and JavaFX threads, run when a test says so. */
    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> checker = new ArrayList<>();
    private final List<Runnable> foreground = new ArrayList<>();

    /** A model on the queues, with hidden layer 1 widened to 100 units and that network's derivation shown; its check is queued. */
    private StepperModel wideNetworkShown(NetworkEditorModel editor) {
        StepperModel stepper = new StepperModel(editor.networkProperty(), background::add, checker::add, foreground::add);
        editor.setLayerWidth(1, 100);
        runAll(background);
        runAll(foreground);
        return stepper;
    }

    private static StepperModel immediate(NetworkEditorModel editor) {
        return new StepperModel(editor.networkProperty(), Runnable::run, Runnable::run);
    }

    @Test
    void aNetworkOfThreeLayersHasTheDocumentedNumberOfSteps() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = immediate(editor);
        int depth = 3;
        assertEquals(2 * depth + 2 + (depth - 1) + 2 * depth + depth + 1, stepper.steps().size());
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
        assertEquals(StepKind.SUMMARY, stepper.step().kind());
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

    @Test
    void aLargeNetworksComputationSaysWhatItComputesAndCanBeCancelledKeepingThePreviousDerivation() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = new StepperModel(editor.networkProperty(), background::add, foreground::add);
        Network before = editor.network();
        Trace shown = stepper.traceProperty().get();
        assertEquals(before, shown.network());

        editor.setLayerWidth(1, 100);
        Network edited = editor.network();
        assertTrue(stepper.computingProperty().get());
        assertEquals("Computing the derivation of " + String.format(Locale.ROOT, "%,d", edited.parameterCount())
                + " parameters × 1 example…", stepper.computingTextProperty().get());

        stepper.cancel();
        assertFalse(stepper.computingProperty().get());
        assertEquals("", stepper.computingTextProperty().get());
        assertTrue(stepper.cancelledProperty().get().contains("before the last edit"),
                stepper.cancelledProperty().get());
        runAll(background);
        runAll(foreground);
        assertSame(shown, stepper.traceProperty().get(), "the cancelled result is discarded");
        assertEquals(edited, editor.network(), "the edit is kept");
        stepper.next();
        assertEquals(1, stepper.stepIndex(), "the window keeps stepping the previous derivation");

        editor.undo();
        assertEquals(before, stepper.traceProperty().get().network());
        assertEquals("", stepper.cancelledProperty().get());
        assertFalse(stepper.computingProperty().get());
    }

    @Test
    void aLargeNetworksDerivationIsShownBeforeItsCheckWhichArrivesLater() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = wideNetworkShown(editor);
        Network wide = editor.network();

        Trace shown = stepper.traceProperty().get();
        assertEquals(wide, shown.network());
        assertTrue(shown.check().isPending(), "the check has not run yet");
        assertFalse(stepper.steps().isEmpty(), "the derivation is shown without waiting for the check");
        assertTrue(Double.isNaN(agreementOfLayer(stepper, 1)), "no finite-difference figure before the check");
        assertEquals(1, checker.size());

        runAll(checker);
        runAll(foreground);

        Trace checked = stepper.traceProperty().get();
        GradientCheck oracle = FiniteDifferences.check(wide, Trace.of(wide).vjp());
        assertEquals(oracle, checked.check());
        assertFalse(Double.isNaN(agreementOfLayer(stepper, 1)), "the steps now carry the check");
    }

    @Test
    void aCheckThatArrivesAfterANewerEditIsDiscarded() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = wideNetworkShown(editor);
        runAll(checker);
        List<Runnable> stalePublication = new ArrayList<>(foreground);
        foreground.clear();
        editor.setWeight(1, 0, 0, 2.5);
        Network newest = editor.network();
        runAll(background);
        runAll(foreground);
        runAll(stalePublication);

        assertTrue(stepper.traceProperty().get().check().isPending(), "the stale check was not published");
        assertEquals(newest, stepper.traceProperty().get().network());

        runAll(checker);
        runAll(foreground);

        assertEquals(FiniteDifferences.check(newest, Trace.of(newest).vjp()), stepper.traceProperty().get().check());
        assertEquals(newest, stepper.traceProperty().get().network());
    }

    @Test
    void aCheckThatLandsAfterTheDigitsChangedIsShownWithTheNewDigits() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = wideNetworkShown(editor);
        runAll(checker);
        stepper.setPrecision(7);
        assertTrue(stepper.traceProperty().get().check().isPending(), "the check has not landed yet");

        runAll(foreground);

        assertFalse(stepper.traceProperty().get().check().isPending());
        assertEquals(7, stepper.derivationProperty().get().style().significantDigits());
        assertFalse(Double.isNaN(agreementOfLayer(stepper, 1)));
    }

    @Test
    void aCheckNotYetStartedIsSkippedWhenANewerEditCame() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        StepperModel stepper = wideNetworkShown(editor);
        editor.setWeight(1, 0, 0, 2.5);
        runAll(background);
        runAll(foreground);
        assertEquals(2, checker.size());

        checker.get(0).run();

        assertTrue(foreground.isEmpty(), "the older check did not run");
        runAll(checker);
        runAll(foreground);
        assertFalse(stepper.traceProperty().get().check().isPending());
    }

    @Test
    void smallNetworksAreCheckedAtOnce() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        List<Runnable> pending = new ArrayList<>();
        StepperModel stepper = new StepperModel(editor.networkProperty(), pending::add, pending::add, pending::add);
        editor.setWeight(1, 0, 0, 2.5);

        assertTrue(pending.isEmpty());
        assertEquals(FiniteDifferences.check(editor.network(), Trace.of(editor.network()).vjp()),
                stepper.traceProperty().get().check());
    }

    /** Runs the tasks queued so far, and any they queue on the same list. */
    private static void runAll(List<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.remove(0).run();
        }
    }

    /** The finite-difference figure of the backward step of layer 1. */
    private static double agreementOfLayer(StepperModel stepper, int layer) {
        return stepper.steps().stream()
                .filter(step -> step.kind() == StepKind.BACKWARD && step.layer() == layer)
                .findFirst().orElseThrow().agreement().finiteDifferenceRelativeError();
    }

    private static int indexOf(StepperModel stepper, StepKind kind) {
        return stepper.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().index();
    }
}
