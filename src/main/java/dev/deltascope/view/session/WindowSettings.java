package dev.deltascope.view.session;

import dev.deltascope.io.AtomicWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/** Choices the window remembers between sessions (the theme, the notation, where the window was), kept as a small properties file. */
public final class WindowSettings {

    static final String DARK_THEME = "theme.dark";
    static final String WINDOW_BOUNDS = "window.bounds";

    private final Path store;
    private final Properties values = new Properties();

    /** Reads the settings; a missing or unreadable file gives the defaults. */
    public WindowSettings(Path store) {
        this.store = store;
        if (Files.isRegularFile(store)) {
            try (Reader reader = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException unreadable) {
                values.clear();
            }
        }
    }

    public static WindowSettings inConfigDirectory() {
        return new WindowSettings(ConfigDirectory.resolve().resolve("settings.properties"));
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty(DARK_THEME, "false"));
    }

    /** Remembers the theme. Throws UncheckedIOException if the settings cannot be written. */
    public void setDarkTheme(boolean dark) {
        values.setProperty(DARK_THEME, Boolean.toString(dark));
        save();
    }

    /** The stored value of {@code key}, or {@code fallback}; for settings kept by other classes. */
    String value(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Stores the values and writes the file. Throws UncheckedIOException if the settings cannot be written. */
    void setValues(java.util.Map<String, String> changed) {
        changed.forEach(values::setProperty);
        save();
    }

    /** Where the window was last (x, y, width, height in screen pixels); empty when never saved or unreadable. */
    public Optional<Rectangle2D> windowBounds() {
        String[] parts = values.getProperty(WINDOW_BOUNDS, "").split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            double[] numbers = new double[4];
            for (int i = 0; i < 4; i++) {
                numbers[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(numbers[i])) {
                    return Optional.empty();
                }
            }
            if (numbers[2] <= 0 || numbers[3] <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Rectangle2D(numbers[0], numbers[1], numbers[2], numbers[3]));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** Remembers where the window is. Throws UncheckedIOException if the settings cannot be written. */
    public void setWindowBounds(Rectangle2D bounds) {
        values.setProperty(WINDOW_BOUNDS, bounds.getMinX() + "," + bounds.getMinY() + "," + bounds.getWidth()
                + "," + bounds.getHeight());
        save();
    }

    private void save() {
        try {
            Path folder = store.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            AtomicWriter.write(store, true, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "Deltascope window settings");
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the settings " + store, e);
        }
    }
}
