package dev.deltascope.view.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.model.DenseLayer;
import dev.deltascope.model.ForwardPass;
import dev.deltascope.model.HalfSquaredError;
import dev.deltascope.model.Identity;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.view.FxThread;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.editor.NetworkEditorModelTest;
import dev.deltascope.view.field.InvalidEditException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingModelTest {

    @Test
    void oneStepMovesTheWeightsAsTheWorkedExampleDoes() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(1));
        FxThread.await(() -> !training.runningProperty().get(), 5000);

        Network trained = FxThread.call(editor::network);
        assertEquals(0.35891648, trained.layer(2).weights().get(0, 0), 1e-8);
        assertEquals(0.149780716, trained.layer(1).weights().get(0, 0), 1e-9);
        List<Double> losses = FxThread.call(() -> List.copyOf(training.losses()));
        assertEquals(2, losses.size());
        assertEquals(0.298371109, losses.get(0), 1e-9);
        assertEquals(ForwardPass.of(trained).cost(), losses.get(1));
        assertTrue(FxThread.call(() -> training.messageProperty().get()).startsWith("Trained 1 step"));
    }

    @Test
    void trainingIsOneEditThatUndoRestores() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(20));
        FxThread.await(() -> !training.runningProperty().get(), 5000);
        assertEquals("Train 20 steps", FxThread.call(() -> editor.history().undoDescriptionProperty().get()));
        FxThread.run(editor::undo);
        assertEquals(TestNetworks.classic(), FxThread.call(editor::network));
    }

    @Test
    void costsFallWhileTrainingTheWorkedExample() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(200));
        FxThread.await(() -> !training.runningProperty().get(), 5000);
        List<Double> losses = FxThread.call(() -> List.copyOf(training.losses()));
        assertEquals(201, losses.size());
        assertTrue(losses.get(200) < losses.get(0) / 2, losses.get(200) + " vs " + losses.get(0));
    }

    @Test
    void continuingTrainingAppendsToTheSameLossCurve() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(3));
        FxThread.await(() -> !training.runningProperty().get(), 5000);
        FxThread.run(() -> training.train(2));
        FxThread.await(() -> !training.runningProperty().get(), 5000);
        assertEquals(6, FxThread.call(() -> training.losses().size()));
    }

    @Test
    void cancellingKeepsTheStepsTakenSoFar() {
        List<Integer> widths = List.of(64, 64, 64);
        NetworkEditorModel editor = new NetworkEditorModel(wide(widths));
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(TrainingModel.MAX_STEPS));
        FxThread.await(() -> training.progressProperty().get() > 0, 10_000);
        FxThread.run(training::cancel);
        FxThread.await(() -> !training.runningProperty().get(), 5000);

        String message = FxThread.call(() -> training.messageProperty().get());
        assertTrue(message.startsWith("Cancelled after "), message);
        assertNotEquals(wide(widths), FxThread.call(editor::network));
        assertTrue(FxThread.call(() -> training.losses().size()) < TrainingModel.MAX_STEPS);
        assertTrue(FxThread.call(() -> training.canResetProperty().get()));
    }

    @Test
    void trainingStopsWithAMessageWhenTheCostBlowsUp() {
        Network exploding = new Network("exploding", 1,
                List.of(new DenseLayer(Matrix.column(1.0), Matrix.column(0.0), Identity.INSTANCE)),
                HalfSquaredError.INSTANCE, Matrix.column(1.0), Matrix.column(0.0), 100, 1);
        NetworkEditorModel editor = new NetworkEditorModel(exploding);
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(10_000));
        FxThread.await(() -> !training.runningProperty().get(), 5000);

        String message = FxThread.call(() -> training.messageProperty().get());
        assertTrue(message.startsWith("Training stopped after "), message);
        assertTrue(message.contains("smaller learning rate"), message);
        List<Double> losses = FxThread.call(() -> List.copyOf(training.losses()));
        assertFalse(Double.isFinite(losses.get(losses.size() - 1)));
        assertTrue(losses.size() < 400, "stopped after " + losses.size());
    }

    @Test
    void resetPutsBackTheWeightsFromBeforeTrainingAndKeepsOtherSettings() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        FxThread.run(() -> training.train(5));
        FxThread.await(() -> !training.runningProperty().get(), 5000);
        FxThread.run(() -> editor.setLearningRate(0.1));
        FxThread.run(training::resetWeights);

        Network reset = FxThread.call(editor::network);
        assertEquals(TestNetworks.classic().layers(), reset.layers());
        assertEquals(0.1, reset.learningRate());
        assertTrue(FxThread.call(() -> training.losses().isEmpty()));
        assertFalse(FxThread.call(() -> training.canResetProperty().get()));
    }

    @Test
    void stepCountsOutsideTheRangeAreRefused() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        TrainingModel training = FxThread.call(() -> new TrainingModel(editor));
        assertThrows(InvalidEditException.class, () -> training.train(0));
        assertThrows(InvalidEditException.class, () -> training.train(TrainingModel.MAX_STEPS + 1));
        assertThrows(InvalidEditException.class, training::resetWeights);
    }

    private static Network wide(List<Integer> widths) {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setLayerWidth(0, widths.get(0));
        editor.setLayerWidth(1, widths.get(1));
        editor.setLayerWidth(2, widths.get(2));
        Network network = editor.network();
        assertEquals(Collections.nCopies(network.depth(), Sigmoid.INSTANCE),
                network.layers().stream().map(DenseLayer::activation).toList());
        return network;
    }
}
