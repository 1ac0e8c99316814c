package dev.deltascope;

import java.net.URI;
import java.util.List;

/**
 * A third-party library shipped inside Deltascope, as the About dialog lists it.
 *
 * @param name the library's usual name, e.g. "Apache PDFBox"
 * @param version the version bundled in this build
 * @param licence the licence as an SPDX-style name, e.g. "Apache-2.0"
 * @param home the project's home page
 * @param artifacts the Maven coordinates ({@code groupId:artifactId}) that make up the library
 */
public record BundledLibrary(String name, String version, String licence, URI home, List<String> artifacts) {

    /** Where the full texts of the bundled libraries' licences are, in the jar and the app image. */
    public static final String LICENCE_TEXTS = "/META-INF/third-party/licences/";

    public BundledLibrary {
        artifacts = List.copyOf(artifacts);
    }

    /**
     * The class-path resource holding the full text of this library's licence: its SPDX identifier, with the
     * Classpath exception kept with the GPL it qualifies. The library's own licence and notice files, where its
     * jars have any, are in the jar beside it under META-INF/third-party/ARTIFACT-VERSION/.
     */
    public String licenceText() {
        String identifier = licence.split(" ", 2)[0].replace("-or-later", "");
        if (licence.contains("Classpath Exception")) {
            identifier += "-with-Classpath-exception";
        }
        return LICENCE_TEXTS + identifier + ".txt";
    }
}
