package dev.deltascope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class BundledLibrariesTest {

    /** groupId:artifactId of every dependency of the project itself (not of a profile) that is not test scoped. */
    static List<String> runtimeDependencies(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        List<String> found = new ArrayList<>();
        for (Node section = document.getDocumentElement().getFirstChild(); section != null;
                section = section.getNextSibling()) {
            if (!(section instanceof Element element) || !element.getTagName().equals("dependencies")) {
                continue;
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element dependency && !"test".equals(text(dependency, "scope"))) {
                    found.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }

    @Test
    void everyRuntimeDependencyOfThePomHasALicenceEntry() throws Exception {
        List<String> dependencies = runtimeDependencies(Path.of("pom.xml"));
        assertTrue(dependencies.size() >= 10, "dependencies read from pom.xml: " + dependencies);
        assertTrue(dependencies.contains("org.jfree:jfreesvg"), dependencies.toString());
        assertFalse(dependencies.contains("org.junit.jupiter:junit-jupiter"), "test dependencies are not shipped");
        List<String> missing = dependencies.stream().filter(dependency -> !covered(dependency)).toList();
        assertTrue(missing.isEmpty(), "no line in bundled-libraries.tsv for " + missing);
    }

    @Test
    void theLicencesAreTheOnesTheLibrariesState() {
        assertTrue(licenceOf("org.jfree:jfreesvg").startsWith("GPL-3.0"));
        assertTrue(licenceOf("org.openjfx:javafx-controls").contains("Classpath Exception"));
        assertTrue(licenceOf("org.scilab.forge:jlatexmath").contains("linking exception"));
        assertTrue(licenceOf("org.jfree:org.jfree.fxgraphics2d").equals("BSD-3-Clause"));
        assertTrue(licenceOf("io.github.mkpaz:atlantafx-base").equals("MIT"));
        assertTrue(licenceOf("net.sf.jasperreports:jasperreports-fonts").startsWith("Bitstream-Vera"));
    }

    @Test
    void theDejaVuLicenceTextIsTheFontJarsOwn() throws Exception {
        String shipped = BundledLibrary.LICENCE_TEXTS + "Bitstream-Vera.txt";
        assertEquals(shipped, licenceTextOf("net.sf.jasperreports:jasperreports-fonts"));
        String fontJars = "/net/sf/jasperreports/fonts/dejavu/LICENSE";
        try (InputStream ours = BundledLibrary.class.getResourceAsStream(shipped);
                InputStream theirs = BundledLibrary.class.getResourceAsStream(fontJars)) {
            assertNotNull(theirs, "the font jar's LICENSE");
            String text = new String(ours.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(new String(theirs.readAllBytes(), StandardCharsets.UTF_8), text);
            assertTrue(text.contains("Bitstream Vera Fonts Copyright"), text.substring(0, 200));
        }
        assertNotNull(BundledLibrary.class.getResource(BundledLibrary.LICENCE_TEXTS + "LGPL-3.0.txt"),
                "the LGPL of the font jar's font list");
    }

    @Test
    void everyBundledLibrarysLicenceTextShipsInTheJar() {
        for (BundledLibrary library : Version.bundledLibraries()) {
            assertNotNull(BundledLibrary.class.getResource(library.licenceText()),
                    library.name() + " (" + library.licence() + "): no " + library.licenceText());
        }
        assertEquals(BundledLibrary.LICENCE_TEXTS + "GPL-2.0-with-Classpath-exception.txt",
                licenceTextOf("org.openjfx:javafx-controls"));
        assertEquals(BundledLibrary.LICENCE_TEXTS + "GPL-2.0.txt", licenceTextOf("org.scilab.forge:jlatexmath"));
    }

    private static String licenceTextOf(String artifact) {
        return Version.bundledLibraries().stream().filter(library -> library.artifacts().contains(artifact))
                .findFirst().orElseThrow().licenceText();
    }

    private static boolean covered(String artifact) {
        return Version.bundledLibraries().stream().anyMatch(library -> library.artifacts().contains(artifact));
    }

    private static String licenceOf(String artifact) {
        return Version.bundledLibraries().stream().filter(library -> library.artifacts().contains(artifact))
                .findFirst().orElseThrow().licence();
    }
}
