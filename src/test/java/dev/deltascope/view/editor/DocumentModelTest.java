package dev.deltascope.view.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.TestNetworks;
import dev.deltascope.file.Presets;
import dev.deltascope.view.session.RecentFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentModelTest {

    @TempDir
    Path folder;

    private DocumentModel document() {
        NetworkEditorModel editor = new NetworkEditorModel(TestNetworks.classic());
        return new DocumentModel(editor, new RecentFiles(folder.resolve("recent.txt")));
    }

    @Test
    void aNewDocumentIsCleanAndNamedAfterItsNetwork() {
        DocumentModel document = document();
        assertFalse(document.isDirty());
        assertNull(document.path());
        assertEquals("2-2-2 step by step — Deltascope", document.titleProperty().get());
    }

    @Test
    void anEditMakesTheDocumentDirtyAndMarksTheTitle() {
        DocumentModel document = document();
        document.editor().setBias(1, 0, 2);
        assertTrue(document.isDirty());
        assertEquals("• 2-2-2 step by step — Deltascope", document.titleProperty().get());
    }

    @Test
    void undoingBackToTheSavedNetworkMakesItCleanAgain() {
        DocumentModel document = document();
        document.editor().setBias(1, 0, 2);
        document.editor().undo();
        assertFalse(document.isDirty());
    }

    @Test
    void savingClearsTheDirtyFlagAndNamesTheWindowAfterTheFile() {
        DocumentModel document = document();
        document.editor().setBias(1, 0, 2);
        Path file = folder.resolve("lesson.json");
        document.savedAs(file, document.editor().network());
        assertFalse(document.isDirty());
        assertEquals("lesson.json — Deltascope", document.titleProperty().get());
        assertEquals(file.toAbsolutePath().normalize(), document.recentFiles().files().get(0));
    }

    @Test
    void openingReplacesTheNetworkAndForgetsTheUndoHistory() {
        DocumentModel document = document();
        document.editor().setBias(1, 0, 2);
        document.opened(folder.resolve("other.json"), Presets.defaultNetwork());
        assertFalse(document.isDirty());
        assertFalse(document.editor().history().canUndoProperty().get());
        assertEquals(Presets.defaultNetwork(), document.editor().network());
    }

    @Test
    void aNewDocumentHasNoFile() {
        DocumentModel document = document();
        document.opened(folder.resolve("other.json"), Presets.defaultNetwork());
        document.newDocument(TestNetworks.classic());
        assertNull(document.path());
        assertFalse(document.isDirty());
    }
}
