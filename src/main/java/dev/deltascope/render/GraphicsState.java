package dev.deltascope.render;

import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/** The drawing state of a Graphics2D, saved so it can be put back after drawing a formula. */
record GraphicsState(AffineTransform transform, Paint paint, Font font, Stroke stroke, Composite composite,
        RenderingHints hints) {

    static GraphicsState save(Graphics2D graphics) {
        return new GraphicsState(graphics.getTransform(), graphics.getPaint(), graphics.getFont(),
                graphics.getStroke(), graphics.getComposite(), graphics.getRenderingHints());
    }

    void restore(Graphics2D graphics) {
        graphics.setRenderingHints(hints);
        graphics.setComposite(composite);
        graphics.setStroke(stroke);
        if (font != null) {
            graphics.setFont(font);
        }
        graphics.setPaint(paint);
        graphics.setTransform(transform);
    }

    /** Antialiased shapes and text, and exact (unadjusted) strokes. */
    static void useQualityHints(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
