package dev.deltascope.view.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.file.Presets;
import dev.deltascope.model.CrossEntropy;
import dev.deltascope.model.Matrix;
import dev.deltascope.model.Network;
import dev.deltascope.model.Relu;
import dev.deltascope.model.Sigmoid;
import dev.deltascope.model.Tanh;
import dev.deltascope.view.field.InvalidEditException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

public class NetworkEditorModelTest {

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("title", (Consumer<NetworkEditorModel>) e -> e.setTitle("Renamed")),
                Arguments.of("hidden width", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(1, 3)),
                Arguments.of("input width", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(0, 1)),
                Arguments.of("output width", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(2, 4)),
                Arguments.of("add layer", (Consumer<NetworkEditorModel>) NetworkEditorModel::addLayer),
                Arguments.of("activation", (Consumer<NetworkEditorModel>) e -> e.setActivation(2, Tanh.INSTANCE)),
                Arguments.of("loss", (Consumer<NetworkEditorModel>) e -> e.setLoss(CrossEntropy.INSTANCE)),
                Arguments.of("examples", (Consumer<NetworkEditorModel>) e -> e.setExamples(
                        Matrix.ofColumns(new double[][] {{1, 2}, {3, 4}}), Matrix.ofColumns(new double[][] {{0, 1}, {1, 0}}))),
                Arguments.of("weight", (Consumer<NetworkEditorModel>) e -> e.setWeight(2, 1, 0, -3.5)),
                Arguments.of("bias", (Consumer<NetworkEditorModel>) e -> e.setBias(1, 0, 9)),
                Arguments.of("seed", (Consumer<NetworkEditorModel>) e -> e.setSeed(42)),
                Arguments.of("reinitialise", (Consumer<NetworkEditorModel>) e -> e.reinitialise(42)),
                Arguments.of("learning rate", (Consumer<NetworkEditorModel>) e -> e.setLearningRate(0.1)),
                Arguments.of("preset", (Consumer<NetworkEditorModel>) e -> e.loadPreset(Presets.defaultNetwork())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyEditCanBeUndoneAndRedone(String name, Consumer<NetworkEditorModel> edit) {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        edit.accept(editor);
        Network edited = editor.network();
        assertNotEquals(TestNetworks.classic(), edited, name + " changed nothing");
        assertTrue(editor.history().canUndoProperty().get());

        editor.undo();
        assertEquals(TestNetworks.classic(), editor.network());
        assertFalse(editor.history().canUndoProperty().get());
        assertTrue(editor.history().canRedoProperty().get());

        editor.redo();
        assertEquals(edited, editor.network());
    }

    @Test
    void removingAHiddenLayerCanBeUndone() {
        NetworkEditorModel editor = new NetworkEditorModel(Presets.defaultNetwork());
        editor.removeLayer(1);
        assertEquals(2, editor.network().depth());
        assertEquals(3, editor.network().layer(1).inputSize());
        editor.undo();
        assertEquals(Presets.defaultNetwork(), editor.network());
    }

    static Stream<Arguments> refusedEdits() {
        return Stream.of(
                Arguments.of("width 0", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(1, 0)),
                Arguments.of("width -1", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(1, -1)),
                Arguments.of("width 1025", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(0, 1025)),
                Arguments.of("layer 3", (Consumer<NetworkEditorModel>) e -> e.setLayerWidth(3, 2)),
                Arguments.of("remove output", (Consumer<NetworkEditorModel>) e -> e.removeLayer(2)),
                Arguments.of("remove input", (Consumer<NetworkEditorModel>) e -> e.removeLayer(0)),
                Arguments.of("activation of input", (Consumer<NetworkEditorModel>) e -> e.setActivation(0, Relu.INSTANCE)),
                Arguments.of("weight NaN", (Consumer<NetworkEditorModel>) e -> e.setWeight(1, 0, 0, Double.NaN)),
                Arguments.of("weight ∞", (Consumer<NetworkEditorModel>) e -> e.setWeight(1, 0, 0, Double.POSITIVE_INFINITY)),
                Arguments.of("weight row", (Consumer<NetworkEditorModel>) e -> e.setWeight(1, 2, 0, 1)),
                Arguments.of("bias NaN", (Consumer<NetworkEditorModel>) e -> e.setBias(2, 1, Double.NaN)),
                Arguments.of("η 0", (Consumer<NetworkEditorModel>) e -> e.setLearningRate(0)),
                Arguments.of("η negative", (Consumer<NetworkEditorModel>) e -> e.setLearningRate(-0.5)),
                Arguments.of("η ∞", (Consumer<NetworkEditorModel>) e -> e.setLearningRate(Double.POSITIVE_INFINITY)),
                Arguments.of("inputs rows", (Consumer<NetworkEditorModel>) e -> e.setExamples(
                        Matrix.column(1, 2, 3), Matrix.column(0, 1))),
                Arguments.of("examples count", (Consumer<NetworkEditorModel>) e -> e.setExamples(
                        Matrix.ofColumns(new double[][] {{1, 2}, {3, 4}}), Matrix.column(0, 1))),
                Arguments.of("targets NaN", (Consumer<NetworkEditorModel>) e -> e.setExamples(
                        Matrix.column(1, 2), Matrix.column(0, Double.NaN))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEdits")
    void invalidEditsAreRefusedAndChangeNothing(String name, Consumer<NetworkEditorModel> edit) {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        Network before = editor.network();
        InvalidEditException refused = assertThrows(InvalidEditException.class, () -> edit.accept(editor));
        assertFalse(refused.getMessage().isBlank());
        assertSame(before, editor.network());
        assertFalse(editor.history().canUndoProperty().get());
    }

    @Test
    void aLayerCannotBeAddedBeyondSixteen() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        for (int i = 0; i < 14; i++) {
            editor.addLayer();
        }
        assertEquals(16, editor.network().depth());
        Network full = editor.network();
        assertThrows(InvalidEditException.class, editor::addLayer);
        assertSame(full, editor.network());
    }

    @Test
    void wideningAHiddenLayerKeepsEveryExistingWeight() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setLayerWidth(1, 3);
        Network wider = editor.network();
        assertEquals(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}),
                Matrix.of(new double[][] {
                    {wider.layer(1).weights().get(0, 0), wider.layer(1).weights().get(0, 1)},
                    {wider.layer(1).weights().get(1, 0), wider.layer(1).weights().get(1, 1)}}));
        assertEquals(0.35, wider.layer(1).biases().get(1, 0));
        assertEquals(0.45, wider.layer(2).weights().get(0, 1));
        assertEquals(0.55, wider.layer(2).weights().get(1, 1));
        double glorot = Math.sqrt(6.0 / (2 + 3));
        for (int c = 0; c < 2; c++) {
            assertTrue(Math.abs(wider.layer(1).weights().get(2, c)) <= glorot);
        }
        assertEquals(3, wider.layer(2).inputSize());
    }

    @Test
    void wideningTheOutputPadsTargetsWithZero() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setLayerWidth(2, 3);
        assertEquals(Matrix.column(0.01, 0.99, 0), editor.network().targets());
    }

    @Test
    void narrowingTheInputDropsTheLastInputAndItsWeights() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setLayerWidth(0, 1);
        assertEquals(Matrix.column(0.05), editor.network().inputs());
        assertEquals(Matrix.column(0.15, 0.25), editor.network().layer(1).weights());
    }

    @Test
    void addingALayerInsertsAHiddenLayerBeforeTheOutput() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.addLayer();
        Network deeper = editor.network();
        assertEquals(3, deeper.depth());
        assertEquals(TestNetworks.classic().layer(1), deeper.layer(1));
        assertEquals(TestNetworks.classic().layer(2), deeper.layer(3));
        assertEquals(2, deeper.size(2));
        assertSame(Sigmoid.INSTANCE, deeper.layer(2).activation());
    }

    @Test
    void aWidthOrLayerThatWouldPassTheParameterLimitIsRefusedAndChangesNothing() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setLayerWidth(0, 1024);
        editor.setLayerWidth(1, 97);
        Network largest = editor.network();
        assertEquals(97 * 1025 + 2 * 98, largest.parameterCount());

        InvalidEditException wider = assertThrows(InvalidEditException.class, () -> editor.setLayerWidth(1, 98));
        assertEquals("That would make 100648 weights and biases; a network can have at most 100000.",
                wider.getMessage());
        InvalidEditException deeper = assertThrows(InvalidEditException.class, editor::addLayer);
        assertEquals("That would make " + (97 * 1025 + 97 * 98 + 2 * 98)
                + " weights and biases; a network can have at most 100000.", deeper.getMessage());
        assertSame(largest, editor.network());
        assertEquals("Change the width of hidden layer 1", editor.history().undoDescriptionProperty().get());
    }

    /**
     * 1-1024-1 takes at most 1,023 examples: 1,024 would make Σ n_l² × m = 1,073,742,848 Jacobian
     * entries, past 2^30; and with 1,023 examples a wider hidden layer is refused the same way.
     */
    @Test
    void aBatchOrWidthThatWouldPassTheWorkLimitIsRefusedAndChangesNothing() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setLayerWidth(0, 1);
        editor.setLayerWidth(2, 1);
        editor.setLayerWidth(1, 1024);
        editor.setExamples(Matrix.zeros(1, 1023), Matrix.zeros(1, 1023));
        Network largest = editor.network();
        assertEquals(1023, largest.batchSize());

        InvalidEditException larger = assertThrows(InvalidEditException.class,
                () -> editor.setExamples(Matrix.zeros(1, 1024), Matrix.zeros(1, 1024)));
        assertEquals("The batch must hold at most 1023 examples with these layers (the entries of the Jacobians,"
                + " Σ n_l² × m, may be at most 1073741824), was 1024.", larger.getMessage());
        assertThrows(InvalidEditException.class, editor::addLayer);
        assertSame(largest, editor.network());
        assertEquals("Change the examples", editor.history().undoDescriptionProperty().get());
    }

    @Test
    void editsThatChangeNothingAreNotRecorded() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setWeight(1, 0, 0, 0.15);
        editor.setLayerWidth(1, 2);
        assertFalse(editor.history().canUndoProperty().get());
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setBias(1, 0, 1);
        editor.undo();
        editor.setBias(1, 0, 2);
        assertFalse(editor.history().canRedoProperty().get());
        assertEquals("Change bias b⁽¹⁾₁", editor.history().undoDescriptionProperty().get());
    }

    @Test
    void resettingStartsAnEmptyHistory() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        editor.setBias(1, 0, 1);
        editor.reset(Presets.defaultNetwork());
        assertFalse(editor.history().canUndoProperty().get());
        assertEquals(Presets.defaultNetwork(), editor.network());
    }

    @Test
    void reinitialisingDrawsTheSameWeightsFromTheSameSeed() {
        NetworkEditorModel first = new NetworkEditorModel(TestNetworks.classic());
        NetworkEditorModel second = new NetworkEditorModel(TestNetworks.classic());
        first.reinitialise(11);
        second.reinitialise(11);
        assertEquals(first.network(), second.network());
        assertEquals(11, first.network().seed());
        assertEquals(TestNetworks.classic().inputs(), first.network().inputs());
    }
}
