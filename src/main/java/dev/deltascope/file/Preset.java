package dev.deltascope.file;

import dev.deltascope.model.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A built-in network, stored as a network file among the resources.
 *
 * @param id a short stable name, like {@code classic}
 * @param displayName what menus show
 * @param resource the file name under {@value Presets#FOLDER}
 */
public record Preset(String id, String displayName, String resource) {

    /** Reads and validates the preset's file. */
    public Network load() {
        String path = Presets.FOLDER + resource;
        try (InputStream in = Preset.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new NetworkFileException(resource, "", "built-in network missing from the application");
            }
            return NetworkFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in network " + path, e);
        }
    }

    @Override
    public String toString() {
        return displayName;
    }
}
