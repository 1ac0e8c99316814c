package dev.deltascope.view.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo over immutable states: each entry keeps the state before an edit and the edit's
 * name. Keeps at most {@value #CAPACITY} entries, dropping the oldest.
 *
 * @param <T> the state, immutable
 */
public final class UndoHistory<T> {

    static final int CAPACITY = 500;

    private record Entry<T>(T state, String description) {
    }

    private final Deque<Entry<T>> undo = new ArrayDeque<>();
    private final Deque<Entry<T>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    // Properties

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The name of the edit Undo would take back, or "" when there is none. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** The name of the edit Redo would make again, or "" when there is none. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    // Commands

    /** Records an edit that left {@code before}; forgets everything that could be redone. */
    public void record(T before, String description) {
        undo.push(new Entry<>(before, description));
        if (undo.size() > CAPACITY) {
            undo.removeLast();
        }
        redo.clear();
        publish();
    }

    /** The state before the last edit; {@code current} becomes redoable. Call only when canUndo. */
    public T undo(T current) {
        Entry<T> entry = take(undo, "undo");
        redo.push(new Entry<>(current, entry.description()));
        publish();
        return entry.state();
    }

    /** The state the last undone edit made; {@code current} becomes undoable. Call only when canRedo. */
    public T redo(T current) {
        Entry<T> entry = take(redo, "redo");
        undo.push(new Entry<>(current, entry.description()));
        publish();
        return entry.state();
    }

    /** Forgets every entry, as when another document is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        publish();
    }

    private Entry<T> take(Deque<Entry<T>> stack, String what) {
        if (stack.isEmpty()) {
            throw new IllegalStateException("nothing to " + what);
        }
        return stack.pop();
    }

    private void publish() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }
}
