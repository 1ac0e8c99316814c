package dev.deltascope.view.practice;

import dev.deltascope.io.AtomicWriter;
import dev.deltascope.view.session.ConfigDirectory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The practice score kept across runs: how many questions were asked and how many were answered
 * right the first time, over every session, in a small properties file in the config folder.
 */
public final class PracticeScores {

    static final String ASKED = "asked";
    static final String RIGHT_FIRST_TIME = "rightFirstTime";

    private final Path store;
    private int asked;
    private int rightFirstTime;

    /** Reads the totals; a missing or unreadable file starts from zero. */
    public PracticeScores(Path store) {
        this.store = store;
        if (Files.isRegularFile(store)) {
            Properties values = new Properties();
            try (Reader reader = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
                values.load(reader);
                asked = Math.max(0, Integer.parseInt(values.getProperty(ASKED, "0").strip()));
                rightFirstTime = Math.min(asked, Math.max(0, Integer.parseInt(values.getProperty(RIGHT_FIRST_TIME,
                        "0").strip())));
            } catch (IOException | IllegalArgumentException unreadable) {
                asked = 0;
                rightFirstTime = 0;
            }
        }
    }

    public static PracticeScores inConfigDirectory() {
        return new PracticeScores(ConfigDirectory.resolve().resolve("practice.properties"));
    }

    public int asked() {
        return asked;
    }

    public int rightFirstTime() {
        return rightFirstTime;
    }

    /** Counts one question and writes the totals. Throws UncheckedIOException if they cannot be written. */
    public void record(boolean right) {
        asked++;
        if (right) {
            rightFirstTime++;
        }
        String text = ASKED + "=" + asked + "\n" + RIGHT_FIRST_TIME + "=" + rightFirstTime + "\n";
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            AtomicWriter.write(store, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the practice score " + store, e);
        }
    }
}
