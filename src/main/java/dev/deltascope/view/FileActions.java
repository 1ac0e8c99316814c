package dev.deltascope.view;

import dev.deltascope.file.NetworkFile;
import dev.deltascope.file.NetworkFileException;
import dev.deltascope.file.Preset;
import dev.deltascope.model.Network;
import dev.deltascope.view.dialog.Prompts;
import dev.deltascope.view.editor.DocumentModel;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * New, Open, Save and Save As for the network file, recent files and dropped files, each asking
 * before unsaved changes are lost and reporting failures in plain words.
 */
final class FileActions {

    private final DocumentModel document;
    private final Supplier<Window> window;
    private final Prompts prompts;
    private Consumer<Preset> replaced = preset -> { };

    /** @param window the owner of file choosers */
    FileActions(DocumentModel document, Supplier<Window> window, Prompts prompts) {
        this.document = document;
        this.window = window;
        this.prompts = prompts;
    }

    /** Starts a new document from a preset. */
    void newFromPreset(Preset preset) {
        if (!mayDiscard("starting a new network")) {
            return;
        }
        try {
            document.newDocument(preset.load());
            replaced.accept(preset);
        } catch (NetworkFileException | UncheckedIOException failure) {
            prompts.error("The built-in network could not be loaded.", failure.getMessage());
        }
    }

    /**
     * Runs {@code action} after a network from a file or a preset replaced the whole one before,
     * with the preset (null for a file).
     */
    void setOnReplaced(Consumer<Preset> action) {
        replaced = action;
    }

    void chooseAndOpen() {
        if (!mayDiscard("opening another network")) {
            return;
        }
        File chosen = chooser("Open a network").showOpenDialog(window.get());
        if (chosen != null) {
            read(chosen.toPath());
        }
    }

    /** Opens {@code file}, asking first about unsaved changes; returns true when it was opened. */
    boolean open(Path file) {
        return mayDiscard("opening another network") && read(file);
    }

    /** Saves to the document's file, or asks for one; returns true when saved. */
    boolean save() {
        Path path = document.path();
        return path == null ? chooseAndSaveAs() : write(path);
    }

    boolean chooseAndSaveAs() {
        FileChooser chooser = chooser("Save the network as");
        Path current = document.path();
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : suggestedName());
        File chosen = chooser.showSaveDialog(window.get());
        return chosen != null && write(withExtension(chosen.toPath()));
    }

    /** Writes the network to {@code file}, which becomes the document's file; returns true when saved. */
    boolean write(Path file) {
        Network network = document.editor().network();
        try {
            NetworkFile.write(network, file);
        } catch (NetworkFileException | UncheckedIOException failure) {
            prompts.error("The network could not be saved.", failure.getMessage());
            return false;
        }
        try {
            document.savedAs(file, network);
        } catch (UncheckedIOException recentListFailure) {
            prompts.error("The network was saved, but the list of recent files could not be updated.",
                    recentListFailure.getMessage());
        }
        return true;
    }

    /** True when there are no unsaved changes, or they were saved or may be dropped. */
    boolean mayDiscard(String action) {
        if (!document.isDirty()) {
            return true;
        }
        String name = document.path() != null ? document.path().getFileName().toString() : document.editor().network().title();
        return switch (prompts.unsavedChanges(name, action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Accepts a dragged file that looks like a network. */
    void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    /** Opens a dropped file. */
    void dropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        boolean opened = files.size() == 1 && open(files.get(0).toPath());
        event.setDropCompleted(opened);
        event.consume();
    }

    private boolean read(Path file) {
        Network network;
        try {
            network = NetworkFile.read(file);
        } catch (NetworkFileException | UncheckedIOException failure) {
            if (!Files.exists(file)) {
                document.recentFiles().remove(file);
            }
            prompts.error("The file could not be opened.", failure.getMessage());
            return false;
        }
        try {
            document.opened(file, network);
        } catch (UncheckedIOException recentListFailure) {
            prompts.error("The network was opened, but the list of recent files could not be updated.",
                    recentListFailure.getMessage());
        }
        replaced.accept(null);
        return true;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Deltascope networks (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path current = document.path();
        if (current != null && current.toAbsolutePath().getParent() != null
                && Files.isDirectory(current.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private String suggestedName() {
        String title = document.editor().network().title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (title.isEmpty() ? "network" : title) + ".json";
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".json");
    }
}
