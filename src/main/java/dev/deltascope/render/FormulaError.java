package dev.deltascope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;

/**
 * A visible stand-in for a formula that could not be drawn: a red-bordered box holding the
 * message in plain text and the start of the source. Draws in its own colours, whatever the
 * colour asked for, so it stays readable on light and dark backgrounds.
 */
public final class FormulaError implements Formula {

    static final Color BORDER = new Color(0xD3, 0x2F, 0x2F);
    static final Color FILL = new Color(0xFF, 0xEB, 0xEE);
    static final Color TEXT = new Color(0x8E, 0x1B, 0x1B);
    private static final int MESSAGE_CHARACTERS = 90;
    private static final int SOURCE_CHARACTERS = 48;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final String latex;
    private final double pointSize;
    private final String message;
    private final Font messageFont;
    private final Font sourceFont;
    private final String messageLine;
    private final String sourceLine;
    private final double padding;
    private final double lineHeight;
    private final double ascent;
    private final double width;

    FormulaError(String latex, double pointSize, String message) {
        this.latex = latex;
        this.pointSize = pointSize;
        this.message = message;
        float textSize = (float) Math.max(4, pointSize * 0.8);
        this.messageFont = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(textSize);
        this.sourceFont = new Font(Font.MONOSPACED, Font.PLAIN, 1).deriveFont(textSize);
        this.messageLine = "LaTeX error: " + shorten(message, MESSAGE_CHARACTERS);
        this.sourceLine = shorten(latex, SOURCE_CHARACTERS);
        LineMetrics metrics = messageFont.getLineMetrics(messageLine, MEASURE);
        this.ascent = metrics.getAscent();
        this.lineHeight = metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
        this.padding = textSize * 0.4;
        this.width = Math.max(textWidth(messageFont, messageLine), textWidth(sourceFont, sourceLine)) + 2 * padding;
    }

    /** The error box for a failure while parsing or drawing the given LaTeX. */
    static FormulaError of(String latex, double pointSize, Throwable failure) {
        String text = failure.getMessage();
        return new FormulaError(latex, pointSize,
                text == null || text.isBlank() ? failure.getClass().getSimpleName() : text);
    }

    /** What went wrong, in full. */
    public String message() {
        return message;
    }

    @Override
    public String latex() {
        return latex;
    }

    @Override
    public double pointSize() {
        return pointSize;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return 2 * lineHeight + 2 * padding;
    }

    @Override
    public double depth() {
        return 0;
    }

    @Override
    public boolean isError() {
        return true;
    }

    @Override
    public void draw(Graphics2D graphics, double x, double y, Color colour) {
        GraphicsState saved = GraphicsState.save(graphics);
        try {
            GraphicsState.useQualityHints(graphics);
            graphics.translate(x, y);
            Rectangle2D.Double frame = new Rectangle2D.Double(0, 0, width, height());
            graphics.setColor(FILL);
            graphics.fill(frame);
            float border = (float) Math.max(1, pointSize / 12);
            graphics.setStroke(new BasicStroke(border));
            graphics.setColor(BORDER);
            graphics.draw(new Rectangle2D.Double(border / 2.0, border / 2.0, width - border, height() - border));
            graphics.setColor(TEXT);
            graphics.setFont(messageFont);
            graphics.drawString(messageLine, (float) padding, (float) (padding + ascent));
            graphics.setFont(sourceFont);
            graphics.drawString(sourceLine, (float) padding, (float) (padding + lineHeight + ascent));
        } finally {
            saved.restore(graphics);
        }
    }

    /** One line of printable text, at most the given number of characters, ending in … when cut. */
    static String shorten(String text, int characters) {
        boolean cut = text.length() > 4 * characters;
        String oneLine = (cut ? text.substring(0, 4 * characters) : text).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        int length = oneLine.codePointCount(0, oneLine.length());
        if (length < characters || length == characters && !cut) {
            return cut ? oneLine + "…" : oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, characters - 1)) + "…";
    }

    private static double textWidth(Font font, String text) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }

    @Override
    public String toString() {
        return "FormulaError[" + message + "]";
    }
}
