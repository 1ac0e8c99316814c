package dev.deltascope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class VectorDrawingTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** An SVG canvas that turns every string into a path, as the SVG export uses. */
    private static SVGGraphics2D vectorSvg(int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        return svg;
    }

    @Test
    void aFormulaDrawnIntoAVectorSvgIsPathsAndNoText() throws Exception {
        Formula formula = FormulaRenderer.layout(
                "\\delta^{l} = (W^{l+1})^{\\top} \\delta^{l+1} \\odot \\sigma'(z^{l})", 20);
        SVGGraphics2D svg = vectorSvg((int) Math.ceil(formula.width()) + 4, (int) Math.ceil(formula.totalHeight()) + 4);

        formula.draw(svg, 2, 2, Color.BLACK);

        Document document = parse(svg.getSVGDocument());
        int paths = document.getElementsByTagNameNS("*", "path").getLength();
        assertTrue(paths >= 15, "one path per glyph at least, got " + paths);
        assertEquals(0, document.getElementsByTagNameNS("*", "text").getLength());
    }

    @Test
    void anErrorBoxDrawnIntoAVectorSvgCarriesNoTextAndNoMarkupFromTheSource() throws Exception {
        Formula formula = FormulaRenderer.layout("\\bm{</svg><script>alert(1)</script>}", 20);
        SVGGraphics2D svg = vectorSvg(600, 60);

        formula.draw(svg, 0, 0, Color.BLACK);

        String document = svg.getSVGDocument();
        assertTrue(formula.isError());
        assertFalse(document.contains("<script"));
        assertEquals(0, parse(document).getElementsByTagNameNS("*", "text").getLength());
        assertEquals(2, parse(document).getElementsByTagNameNS("*", "path").getLength(),
                "the message and the source, outlined");
    }

    @Test
    void plainDrawingIntoSvgKeepsGlyphsAsText() throws Exception {
        SVGGraphics2D svg = new SVGGraphics2D(100, 40);

        FormulaRenderer.draw(svg, "x + y", 20, 0, 0, Color.BLACK);

        assertTrue(parse(svg.getSVGDocument()).getElementsByTagNameNS("*", "text").getLength() > 0,
                "draw() leaves text to the Graphics2D; the SVG export asks JFreeSVG for paths");
    }
}
