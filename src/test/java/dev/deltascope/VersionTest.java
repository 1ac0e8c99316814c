package dev.deltascope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void theVersionIsTheOneInThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher projectVersion = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(projectVersion.find(), "pom.xml has no project version");
        assertEquals(projectVersion.group(1), Version.number());
    }

    @Test
    void everyBundledLibraryNamesTheVersionOnTheClassPath() {
        List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        for (BundledLibrary library : Version.bundledLibraries()) {
            for (String artifact : library.artifacts()) {
                String[] coordinates = artifact.split(":");
                String directory = "/" + coordinates[0].replace('.', '/') + "/" + coordinates[1] + "/"
                        + library.version() + "/";
                assertTrue(classPath.stream().anyMatch(entry -> entry.replace('\\', '/').contains(directory)),
                        library.name() + ": " + artifact + " " + library.version() + " is not on the class path");
            }
        }
    }

    @Test
    void everyBundledLibraryHasALicenceAndAHomePage() {
        List<BundledLibrary> libraries = Version.bundledLibraries();
        assertTrue(libraries.size() >= 12, "only " + libraries.size() + " libraries listed");
        Set<String> artifacts = new HashSet<>();
        for (BundledLibrary library : libraries) {
            assertFalse(library.licence().isBlank(), library.name());
            assertEquals("https", library.home().getScheme(), library.name());
            for (String artifact : library.artifacts()) {
                assertTrue(artifacts.add(artifact), artifact + " listed twice");
            }
        }
    }
}
