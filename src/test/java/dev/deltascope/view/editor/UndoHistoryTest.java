package dev.deltascope.view.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    @Test
    void undoAndRedoWalkBackAndForthThroughStates() {
        UndoHistory<String> history = new UndoHistory<>();
        history.record("a", "to b");
        history.record("b", "to c");
        assertEquals("b", history.undo("c"));
        assertEquals("a", history.undo("b"));
        assertEquals("to b", history.redoDescriptionProperty().get());
        assertEquals("b", history.redo("a"));
        assertEquals("c", history.redo("b"));
    }

    @Test
    void keepsOnlyTheNewestEntries() {
        UndoHistory<Integer> history = new UndoHistory<>();
        for (int i = 0; i < UndoHistory.CAPACITY + 10; i++) {
            history.record(i, "edit " + i);
        }
        int state = UndoHistory.CAPACITY + 10;
        int undone = 0;
        while (history.canUndoProperty().get()) {
            state = history.undo(state);
            undone++;
        }
        assertEquals(UndoHistory.CAPACITY, undone);
        assertEquals(10, state);
    }

    @Test
    void undoingWithNothingRecordedIsAnError() {
        assertThrows(IllegalStateException.class, () -> new UndoHistory<String>().undo("x"));
    }
}
