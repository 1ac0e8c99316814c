package dev.deltascope.export;

import java.awt.Color;
import java.util.Objects;

/**
 * The colours of an exported picture. A null background leaves the picture transparent
 * (for PNG and SVG); heat maps keep their own colours on either background.
 *
 * @param foreground titles and formulas
 * @param muted explanations, shapes and captions
 * @param background the page, or null for transparent
 * @param neutral the heat-map colour of zero
 */
public record PictureTheme(Color foreground, Color muted, Color background, Color neutral) {

    public static final PictureTheme LIGHT = new PictureTheme(new Color(0x1E1E1E), new Color(0x5F6368),
            Color.WHITE, new Color(0xF7F7F7));
    public static final PictureTheme DARK = new PictureTheme(new Color(0xECECEC), new Color(0xA8A8A8),
            new Color(0x1F1F1F), new Color(0x3A3A3A));

    public PictureTheme {
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(neutral, "neutral");
    }

    /** The same colours on a transparent background. */
    public PictureTheme transparent() {
        return new PictureTheme(foreground, muted, null, neutral);
    }
}
