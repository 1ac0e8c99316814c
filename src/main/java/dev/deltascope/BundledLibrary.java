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

    public BundledLibrary {
        artifacts = List.copyOf(artifacts);
    }
}
