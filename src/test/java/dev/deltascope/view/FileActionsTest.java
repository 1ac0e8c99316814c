package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.file.NetworkFile;
import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.view.dialog.Dialogs;
import dev.deltascope.view.dialog.Prompts;
import dev.deltascope.view.editor.DocumentModel;
import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.session.RecentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved changes are never lost without asking; files that cannot be read or written are reported. */
class FileActionsTest {

    @TempDir
    Path folder;

    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private Dialogs.Choice answer = Dialogs.Choice.CANCEL;
    private DocumentModel document;
    private FileActions files;
    private Path other;

    @BeforeEach
    void setUp() {
        document = new DocumentModel(new NetworkEditorModel(Presets.defaultNetwork()),
                new RecentFiles(folder.resolve("recent.txt")));
        files = new FileActions(document, () -> null, new Prompts() {
            @Override
            public Dialogs.Choice unsavedChanges(String name, String action) {
                asked.add(action);
                return answer;
            }

            @Override
            public void error(String header, String details) {
                errors.add(header + " " + details);
            }
        });
        other = folder.resolve("other.json");
        NetworkFile.write(Presets.CLASSIC.load(), other);
    }

    @Test
    void openingWithoutChangesDoesNotAsk() {
        assertTrue(files.open(other));
        assertTrue(asked.isEmpty());
        assertEquals(Presets.CLASSIC.load(), document.editor().network());
    }

    @Test
    void cancellingThePromptKeepsTheEditedNetwork() {
        document.editor().setLearningRate(0.3);
        Network edited = document.editor().network();
        assertFalse(files.open(other));
        assertEquals(List.of("opening another network"), asked);
        assertEquals(edited, document.editor().network());
        assertFalse(files.mayDiscard("quitting"));
        files.newFromPreset(Presets.RELU);
        assertEquals(edited, document.editor().network());
        assertEquals(List.of("opening another network", "quitting", "starting a new network"), asked);
    }

    @Test
    void discardingThePromptOpensTheOtherFile() {
        document.editor().setLearningRate(0.3);
        answer = Dialogs.Choice.DISCARD;
        assertTrue(files.open(other));
        assertEquals(Presets.CLASSIC.load(), document.editor().network());
        assertFalse(document.isDirty());
    }

    @Test
    void savingFromThePromptWritesTheChangesFirst() {
        Path mine = folder.resolve("mine.json");
        assertTrue(files.write(mine));
        document.editor().setLearningRate(0.3);
        Network edited = document.editor().network();
        answer = Dialogs.Choice.SAVE;
        assertTrue(files.open(other));
        assertEquals(edited, NetworkFile.read(mine));
        assertEquals(other, document.path());
    }

    @Test
    void aFileThatIsNotANetworkIsReportedAndChangesNothing() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"deltascope-network\", \"version\": 1, \"layers\": [{\"size\": 0}]}");
        Network before = document.editor().network();
        assertFalse(files.open(broken));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("broken.json"), errors.get(0));
        assertEquals(before, document.editor().network());
    }

    @Test
    void aMissingRecentFileIsReportedAndForgotten() {
        Path gone = folder.resolve("gone.json");
        assertTrue(files.write(gone));
        assertTrue(gone.toFile().delete());
        assertFalse(files.open(gone));
        assertEquals(1, errors.size());
        assertFalse(document.recentFiles().files().contains(gone.toAbsolutePath().normalize()));
    }

    @Test
    void aFailedSaveLeavesTheEarlierFileAndTheDirtyFlag() throws IOException {
        Path mine = folder.resolve("mine.json");
        assertTrue(files.write(mine));
        String earlier = Files.readString(mine);
        Path folderInTheWay = folder.resolve("folder.json");
        Files.createDirectory(folderInTheWay);
        document.editor().setLearningRate(0.3);
        assertFalse(files.write(folderInTheWay));
        assertEquals(1, errors.size());
        assertTrue(document.isDirty());
        assertEquals(earlier, Files.readString(mine));
    }

    @Test
    void aNewNetworkFromAPresetStartsCleanWithoutAFile() {
        files.newFromPreset(Presets.SOFTMAX);
        assertEquals(Presets.SOFTMAX.load(), document.editor().network());
        assertFalse(document.isDirty());
        assertEquals(null, document.path());
    }
}
