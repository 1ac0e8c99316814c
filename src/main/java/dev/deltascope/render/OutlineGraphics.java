package dev.deltascope.render;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that forwards everything to a target, except that text is filled as glyph
 * outlines. Vector back ends (SVG, PDF) then receive paths and need none of the fonts.
 * Owns the target: {@link #dispose()} disposes it.
 */
final class OutlineGraphics extends Graphics2D {

    /** Unhinted, fractional metrics: outlines that scale exactly with the transform. */
    private static final FontRenderContext OUTLINE_CONTEXT = new FontRenderContext(null, true, true);

    private final Graphics2D target;

    OutlineGraphics(Graphics2D target) {
        this.target = target;
    }

    // Text, as outlines

    @Override
    public void drawString(String text, float x, float y) {
        if (!text.isEmpty()) {
            GlyphVector glyphs = getFont().createGlyphVector(OUTLINE_CONTEXT, text.toCharArray());
            target.fill(glyphs.getOutline(x, y));
        }
    }

    @Override
    public void drawString(String text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        if (iterator.getEndIndex() > iterator.getBeginIndex()) {
            TextLayout layout = new TextLayout(iterator, OUTLINE_CONTEXT);
            target.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        target.fill(glyphs.getOutline(x, y));
    }

    @Override
    public Graphics create() {
        return new OutlineGraphics((Graphics2D) target.create());
    }

    @Override
    public void dispose() {
        target.dispose();
    }

    // Everything else, forwarded

    @Override
    public void draw(Shape shape) {
        target.draw(shape);
    }

    @Override
    public void fill(Shape shape) {
        target.fill(shape);
    }

    @Override
    public boolean drawImage(Image image, AffineTransform transform, ImageObserver observer) {
        return target.drawImage(image, transform, observer);
    }

    @Override
    public void drawImage(BufferedImage image, BufferedImageOp operation, int x, int y) {
        target.drawImage(image, operation, x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage image, AffineTransform transform) {
        target.drawRenderedImage(image, transform);
    }

    @Override
    public void drawRenderableImage(RenderableImage image, AffineTransform transform) {
        target.drawRenderableImage(image, transform);
    }

    @Override
    public boolean hit(Rectangle rectangle, Shape shape, boolean onStroke) {
        return target.hit(rectangle, shape, onStroke);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return target.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite composite) {
        target.setComposite(composite);
    }

    @Override
    public void setPaint(Paint paint) {
        target.setPaint(paint);
    }

    @Override
    public void setStroke(Stroke stroke) {
        target.setStroke(stroke);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        target.setRenderingHint(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return target.getRenderingHint(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        target.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        target.addRenderingHints(hints);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return target.getRenderingHints();
    }

    @Override
    public void translate(int x, int y) {
        target.translate(x, y);
    }

    @Override
    public void translate(double x, double y) {
        target.translate(x, y);
    }

    @Override
    public void rotate(double theta) {
        target.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        target.rotate(theta, x, y);
    }

    @Override
    public void scale(double x, double y) {
        target.scale(x, y);
    }

    @Override
    public void shear(double x, double y) {
        target.shear(x, y);
    }

    @Override
    public void transform(AffineTransform transform) {
        target.transform(transform);
    }

    @Override
    public void setTransform(AffineTransform transform) {
        target.setTransform(transform);
    }

    @Override
    public AffineTransform getTransform() {
        return target.getTransform();
    }

    @Override
    public Paint getPaint() {
        return target.getPaint();
    }

    @Override
    public Composite getComposite() {
        return target.getComposite();
    }

    @Override
    public void setBackground(Color color) {
        target.setBackground(color);
    }

    @Override
    public Color getBackground() {
        return target.getBackground();
    }

    @Override
    public Stroke getStroke() {
        return target.getStroke();
    }

    @Override
    public void clip(Shape shape) {
        target.clip(shape);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return OUTLINE_CONTEXT;
    }

    @Override
    public Color getColor() {
        return target.getColor();
    }

    @Override
    public void setColor(Color color) {
        target.setColor(color);
    }

    @Override
    public void setPaintMode() {
        target.setPaintMode();
    }

    @Override
    public void setXORMode(Color color) {
        target.setXORMode(color);
    }

    @Override
    public Font getFont() {
        return target.getFont();
    }

    @Override
    public void setFont(Font font) {
        target.setFont(font);
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return target.getFontMetrics(font);
    }

    @Override
    public Rectangle getClipBounds() {
        return target.getClipBounds();
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        target.clipRect(x, y, width, height);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        target.setClip(x, y, width, height);
    }

    @Override
    public Shape getClip() {
        return target.getClip();
    }

    @Override
    public void setClip(Shape clip) {
        target.setClip(clip);
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        target.copyArea(x, y, width, height, dx, dy);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        target.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        target.fillRect(x, y, width, height);
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        target.clearRect(x, y, width, height);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        target.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        target.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        target.drawOval(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        target.fillOval(x, y, width, height);
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        target.drawArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        target.fillArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int count) {
        target.drawPolyline(xs, ys, count);
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int count) {
        target.drawPolygon(xs, ys, count);
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int count) {
        target.fillPolygon(xs, ys, count);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, ImageObserver observer) {
        return target.drawImage(image, x, y, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, ImageObserver observer) {
        return target.drawImage(image, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, Color background, ImageObserver observer) {
        return target.drawImage(image, x, y, background, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, Color background,
            ImageObserver observer) {
        return target.drawImage(image, x, y, width, height, background, observer);
    }

    @Override
    public boolean drawImage(Image image, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        return target.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    @Override
    public boolean drawImage(Image image, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color background, ImageObserver observer) {
        return target.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, background, observer);
    }
}
