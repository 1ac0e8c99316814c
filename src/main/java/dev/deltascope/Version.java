package dev.deltascope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The version of this build and the libraries bundled with it. Both are read from resources
 * the build writes ({@code version.properties} is filled in from the pom), so the jar, the app
 * image and the About dialog report the same thing.
 */
public final class Version {

    /** What {@link #number()} returns when the classes were not built by Maven. */
    public static final String DEVELOPMENT_BUILD = "(development build)";

    private static final String VERSION_RESOURCE = "version.properties";
    private static final String LIBRARIES_RESOURCE = "bundled-libraries.tsv";
    private static final int LIBRARY_FIELDS = 5;

    private Version() {
    }

    /** The project version from the pom, e.g. "0.1.0" or "0.2.0-SNAPSHOT", or {@value #DEVELOPMENT_BUILD}. */
    public static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return DEVELOPMENT_BUILD;
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.contains("${") ? DEVELOPMENT_BUILD : version.strip();
    }

    /** The bundled third-party libraries with their versions and licences, in a fixed order. */
    public static List<BundledLibrary> bundledLibraries() {
        String text;
        try (InputStream in = Version.class.getResourceAsStream(LIBRARIES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(LIBRARIES_RESOURCE + ": missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIBRARIES_RESOURCE, e);
        }
        List<BundledLibrary> libraries = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != LIBRARY_FIELDS) {
                throw new IllegalStateException(LIBRARIES_RESOURCE + ": line " + (i + 1) + ": must have "
                        + LIBRARY_FIELDS + " tab-separated fields, had " + fields.length);
            }
            libraries.add(new BundledLibrary(fields[0], fields[1], fields[2], URI.create(fields[3]),
                    Arrays.asList(fields[4].split(" "))));
        }
        return List.copyOf(libraries);
    }
}
