package dev.deltascope.view.help;

import dev.deltascope.view.session.ConfigDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the guided tour was already seen, kept as a small marker file in the config folder so
 * that the tour opens on the first start only.
 */
public final class TourProgress {

    static final String FILE_NAME = "tour-seen";

    private final Path marker;

    public TourProgress(Path marker) {
        this.marker = marker;
    }

    public static TourProgress inConfigDirectory() {
        return new TourProgress(ConfigDirectory.resolve().resolve(FILE_NAME));
    }

    public boolean seen() {
        return Files.exists(marker);
    }

    /** Remembers that the tour was seen. Throws UncheckedIOException if the marker cannot be written. */
    public void markSeen() {
        if (seen()) {
            return;
        }
        try {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "The guided tour was shown; delete this file to see it again on the next start.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not remember that the tour was seen in " + marker, e);
        }
    }
}
