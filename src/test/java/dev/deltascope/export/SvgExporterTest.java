package dev.deltascope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.file.Presets;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgExporterTest {

    @TempDir
    Path folder;

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static String allText(Document document) {
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aStepSvgParsesAsXmlWithFormulasAsPaths() throws Exception {
        Derivation classic = Derivations.classic();
        Path file = folder.resolve("step.svg");

        Exporter.SVG.export(classic, ExportRequest.of(file, 6, 6), ExportMonitor.NONE);

        Document document = parse(file);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        int paths = document.getElementsByTagNameNS("*", "path").getLength();
        assertTrue(paths > 40, "formula glyphs as paths: " + paths);
        String text = allText(document);
        assertTrue(text.contains("Backward"), "the title stays text");
        assertFalse(text.contains("\\delta"), "no LaTeX source leaks into the text");
    }

    @ParameterizedTest
    @ValueSource(strings = {Derivations.MARKUP_HOSTILE, Derivations.LATEX_HOSTILE})
    void aHostileNetworkTitleIsEscapedTextAndAddsNoElements(String title) throws Exception {
        Derivation derivation = Derivations.titled(Presets.CLASSIC, title);
        Path file = folder.resolve("hostile.svg");

        Exporter.SVG.export(derivation, ExportRequest.of(file, 0, 0), ExportMonitor.NONE);

        Document document = parse(file);
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
        assertTrue(allText(document).contains(title), "the title appears literally, as text");
        assertFalse(Files.readString(file).contains("<script"));
    }
}
