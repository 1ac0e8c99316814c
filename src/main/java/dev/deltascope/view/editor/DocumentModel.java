package dev.deltascope.view.editor;

import dev.deltascope.model.Network;
import dev.deltascope.view.session.RecentFiles;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The document around the edited network: the file it came from (none for a new document), the
 * network as last saved, whether the current one differs from it, and the window title
 * ("name — Deltascope", with "•" in front while there are unsaved changes).
 */
public final class DocumentModel {

    static final String APPLICATION = "Deltascope";

    private final NetworkEditorModel editor;
    private final RecentFiles recentFiles;
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyObjectWrapper<Network> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

    public DocumentModel(NetworkEditorModel editor, RecentFiles recentFiles) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        saved.set(editor.network());
        dirty.bind(Bindings.createBooleanBinding(() -> !editor.network().equals(saved.get()),
                editor.networkProperty(), saved));
        title.bind(Bindings.createStringBinding(this::composeTitle, path, dirty, editor.networkProperty()));
    }

    // Properties

    /** The file, or null for a document never saved. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Path path() {
        return path.get();
    }

    /** True while the network differs from the one last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public NetworkEditorModel editor() {
        return editor;
    }

    // Commands

    /** Starts a document that has no file yet, with an empty undo history. */
    public void newDocument(Network network) {
        editor.reset(network);
        saved.set(network);
        path.set(null);
    }

    /** Takes over a network just read from {@code file}. */
    public void opened(Path file, Network network) {
        editor.reset(network);
        saved.set(network);
        path.set(file);
        recentFiles.add(file);
    }

    /** Notes that the current network was written to {@code file}. */
    public void savedAs(Path file, Network network) {
        saved.set(network);
        path.set(file);
        recentFiles.add(file);
    }

    private String composeTitle() {
        String name;
        if (path.get() != null) {
            name = path.get().getFileName().toString();
        } else {
            String networkTitle = editor.network().title();
            name = networkTitle.isBlank() ? "Untitled" : networkTitle;
        }
        return (dirty.get() ? "• " : "") + name + " — " + APPLICATION;
    }
}
