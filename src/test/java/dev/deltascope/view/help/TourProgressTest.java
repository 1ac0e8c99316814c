package dev.deltascope.view.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.view.session.ConfigDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourProgressTest {

    @TempDir
    Path folder;

    @Test
    void aFreshConfigFolderHasNotSeenTheTour() {
        assertFalse(new TourProgress(folder.resolve("config").resolve("tour-seen")).seen());
    }

    @Test
    void markingTheTourSeenIsRememberedByTheNextStart() {
        Path marker = folder.resolve("config").resolve("tour-seen");
        new TourProgress(marker).markSeen();
        assertTrue(new TourProgress(marker).seen());
        new TourProgress(marker).markSeen();
        assertTrue(Files.isRegularFile(marker));
    }

    @Test
    void theMarkerLivesInTheConfigFolderTheSystemPropertyNames() {
        String before = System.getProperty(ConfigDirectory.PROPERTY);
        try {
            System.setProperty(ConfigDirectory.PROPERTY, folder.toString());
            TourProgress.inConfigDirectory().markSeen();
            assertTrue(Files.exists(folder.resolve(TourProgress.FILE_NAME)));
        } finally {
            if (before == null) {
                System.clearProperty(ConfigDirectory.PROPERTY);
            } else {
                System.setProperty(ConfigDirectory.PROPERTY, before);
            }
        }
    }

    @Test
    void aMarkerThatCannotBeWrittenIsReportedWithItsPath() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path marker = blocker.resolve("tour-seen");
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> new TourProgress(marker).markSeen());
        assertTrue(failure.getMessage().contains(marker.toString()), failure.getMessage());
    }
}
