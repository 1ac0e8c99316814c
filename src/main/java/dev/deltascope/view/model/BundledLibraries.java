package dev.deltascope.view.model;

import java.util.List;

/**
 * The libraries shipped inside Deltascope and their licences, as stated in each library's own
 * pom or META-INF/LICENSE; the About dialog lists them.
 */
public final class BundledLibraries {

    /** A library: its name, the Maven artifacts ("groupId:artifactId") it ships as, its licence and where to read it. */
    public record Library(String name, List<String> artifacts, String licence, String licenceUrl) {

        public Library {
            artifacts = List.copyOf(artifacts);
        }
    }

    public static final List<Library> ALL = List.of(
            new Library("OpenJFX 21", List.of("org.openjfx:javafx-base", "org.openjfx:javafx-graphics",
                    "org.openjfx:javafx-controls", "org.openjfx:javafx-swing"),
                    "GPL-2.0 with Classpath Exception", "https://openjdk.org/legal/gplv2+ce.html"),
            new Library("EJML", List.of("org.ejml:ejml-simple", "org.ejml:ejml-core", "org.ejml:ejml-ddense",
                    "org.ejml:ejml-fdense", "org.ejml:ejml-cdense", "org.ejml:ejml-zdense", "org.ejml:ejml-dsparse",
                    "org.ejml:ejml-fsparse"),
                    "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new Library("JLaTeXMath", List.of("org.scilab.forge:jlatexmath"),
                    "GPL-2.0 or later with a linking exception (fonts: OFL and Knuth's licence)",
                    "https://github.com/opencollab/jlatexmath/blob/master/LICENSE"),
            new Library("FXGraphics2D", List.of("org.jfree:org.jfree.fxgraphics2d"),
                    "BSD-3-Clause", "https://opensource.org/licenses/BSD-3-Clause"),
            new Library("JFreeSVG", List.of("org.jfree:jfreesvg"),
                    "GPL-3.0", "https://www.gnu.org/licenses/gpl-3.0.html"),
            new Library("Apache PDFBox", List.of("org.apache.pdfbox:pdfbox", "org.apache.pdfbox:pdfbox-io",
                    "org.apache.pdfbox:fontbox"),
                    "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new Library("PdfBoxGraphics2D", List.of("de.rototor.pdfbox:graphics2d"),
                    "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new Library("Apache Commons Logging", List.of("commons-logging:commons-logging"),
                    "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new Library("Jackson", List.of("com.fasterxml.jackson.core:jackson-databind",
                    "com.fasterxml.jackson.core:jackson-core", "com.fasterxml.jackson.core:jackson-annotations"),
                    "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new Library("picocli", List.of("info.picocli:picocli"),
                    "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new Library("AtlantaFX", List.of("io.github.mkpaz:atlantafx-base"),
                    "MIT", "https://github.com/mkpaz/atlantafx/blob/master/LICENSE"));

    private BundledLibraries() {
    }

    /** True when some library of the list ships as {@code groupAndArtifact} ("groupId:artifactId"). */
    public static boolean covers(String groupAndArtifact) {
        return ALL.stream().anyMatch(library -> library.artifacts().contains(groupAndArtifact));
    }
}
