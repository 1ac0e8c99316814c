package dev.deltascope.view.diagram;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Text on the diagram's canvas: written centred on a point, and measured in its font. */
final class DiagramText {

    private DiagramText() {
    }

    /** {@code text} centred on (x, y). */
    static void draw(GraphicsContext g, String text, double x, double y, Font font, Color colour) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    /** The width {@code text} takes in {@code font}. */
    static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
