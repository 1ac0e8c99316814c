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
    void aStepSvgParsesAsXmlWithAViewBoxAndEverythingAsPaths() throws Exception {
        Derivation classic = Derivations.classic();
        Path file = folder.resolve("step.svg");

        Exporter.SVG.export(classic, ExportRequest.of(file, 6, 6), ExportMonitor.NONE);

        Document document = parse(file);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        int paths = document.getElementsByTagNameNS("*", "path").getLength();
        assertTrue(paths > 40, "formula glyphs as paths: " + paths);
        assertEquals("", allText(document), "prose is drawn as paths too, so no font is needed");
        String[] viewBox = document.getDocumentElement().getAttribute("viewBox").split(" ");
        assertEquals(4, viewBox.length);
        assertEquals(document.getDocumentElement().getAttribute("width").replace("px", ""), viewBox[2]);
    }

    @Test
    void aTitleWithEveryControlAndBidiCharacterStillParsesAsXml() throws Exception {
        StringBuilder title = new StringBuilder("title");
        for (char c = 0; c < 0x20; c++) {
            title.append(c);
        }
        title.append("\u007f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\ufffe\uffff");
        Derivation derivation = Derivations.titled(Presets.CLASSIC, title.toString());
        Path file = folder.resolve("controls.svg");

        Exporter.SVG.export(derivation, ExportRequest.of(file, 0, 0), ExportMonitor.NONE);

        assertEquals("svg", parse(file).getDocumentElement().getLocalName());
    }

    @ParameterizedTest
    @ValueSource(strings = {Derivations.MARKUP_HOSTILE, Derivations.LATEX_HOSTILE})
    void aHostileNetworkTitleAddsNoElements(String title) throws Exception {
        Derivation derivation = Derivations.titled(Presets.CLASSIC, title);
        Path file = folder.resolve("hostile.svg");

        Exporter.SVG.export(derivation, ExportRequest.of(file, 0, 0), ExportMonitor.NONE);

        Document document = parse(file);
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
        assertEquals("", allText(document), "the title is drawn, not written as markup");
        assertFalse(Files.readString(file).contains("<script"));
    }
}
