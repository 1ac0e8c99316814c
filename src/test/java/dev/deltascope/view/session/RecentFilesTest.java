package dev.deltascope.view.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path folder;

    @Test
    void theNewestFileComesFirstWithoutDuplicates() {
        RecentFiles recent = new RecentFiles(folder.resolve("recent.txt"));
        recent.add(folder.resolve("a.json"));
        recent.add(folder.resolve("b.json"));
        recent.add(folder.resolve("a.json"));
        assertEquals(List.of(folder.resolve("a.json"), folder.resolve("b.json")), recent.files());
    }

    @Test
    void theListSurvivesARestart() {
        Path store = folder.resolve("config").resolve("recent.txt");
        new RecentFiles(store).add(folder.resolve("a.json"));
        assertEquals(List.of(folder.resolve("a.json")), new RecentFiles(store).files());
    }

    @Test
    void onlyTheTenNewestAreKept() {
        RecentFiles recent = new RecentFiles(folder.resolve("recent.txt"));
        for (int i = 0; i < 12; i++) {
            recent.add(folder.resolve(i + ".json"));
        }
        assertEquals(10, recent.files().size());
        assertEquals(folder.resolve("11.json"), recent.files().get(0));
        assertEquals(folder.resolve("2.json"), recent.files().get(9));
    }

    @Test
    void removedFilesAreForgotten() {
        Path store = folder.resolve("recent.txt");
        RecentFiles recent = new RecentFiles(store);
        recent.add(folder.resolve("a.json"));
        recent.remove(folder.resolve("a.json"));
        assertTrue(new RecentFiles(store).files().isEmpty());
    }

    @Test
    void aDamagedStoreSkipsLinesThatAreNotAbsolutePaths() throws IOException {
        Path store = folder.resolve("recent.txt");
        Files.writeString(store, "relative.json\n\n" + folder.resolve("a.json") + "\n\u0000bad\n");
        assertEquals(List.of(folder.resolve("a.json")), new RecentFiles(store).files());
    }
}
