package dev.deltascope.view.paint;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The theme's colours, read from CSS, for nodes that paint on a Canvas. An empty, unmanaged child
 * of the painting node; the stylesheet maps its {@code -ds-…} properties to the theme's looked-up
 * colours, so switching between the light and dark theme repaints the owner.
 */
public final class ThemeSwatch extends Region {

    public static final String STYLESHEET = ThemeSwatch.class.getResource("stepview.css").toExternalForm();

    private static final StyleablePropertyFactory<ThemeSwatch> FACTORY =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<ThemeSwatch, Color> FOREGROUND =
            FACTORY.createColorCssMetaData("-ds-foreground", s -> s.foreground, Color.web("#1f2328"));
    private static final CssMetaData<ThemeSwatch, Color> MUTED =
            FACTORY.createColorCssMetaData("-ds-muted", s -> s.muted, Color.web("#59636e"));
    private static final CssMetaData<ThemeSwatch, Color> BACKGROUND =
            FACTORY.createColorCssMetaData("-ds-background", s -> s.background, Color.WHITE);
    private static final CssMetaData<ThemeSwatch, Color> ACCENT =
            FACTORY.createColorCssMetaData("-ds-accent", s -> s.accent, Color.web("#0969da"));

    private final SimpleStyleableObjectProperty<Color> foreground =
            new SimpleStyleableObjectProperty<>(FOREGROUND, this, "foreground", FOREGROUND.getInitialValue(this));
    private final SimpleStyleableObjectProperty<Color> muted =
            new SimpleStyleableObjectProperty<>(MUTED, this, "muted", MUTED.getInitialValue(this));
    private final SimpleStyleableObjectProperty<Color> background =
            new SimpleStyleableObjectProperty<>(BACKGROUND, this, "background", BACKGROUND.getInitialValue(this));
    private final SimpleStyleableObjectProperty<Color> accent =
            new SimpleStyleableObjectProperty<>(ACCENT, this, "accent", ACCENT.getInitialValue(this));

    /** A swatch that calls {@code onChange} whenever a theme colour changes. */
    public ThemeSwatch(Runnable onChange) {
        getStyleClass().add("theme-swatch");
        setManaged(false);
        setMouseTransparent(true);
        InvalidationListener listener = observable -> onChange.run();
        foreground.addListener(listener);
        muted.addListener(listener);
        background.addListener(listener);
        accent.addListener(listener);
    }

    /** Default text and line colour. */
    public Color foreground() {
        return foreground.get();
    }

    /** Secondary text: labels, ellipses. */
    public Color muted() {
        return muted.get();
    }

    /** The page background. */
    public Color background() {
        return background.get();
    }

    /** The highlight colour. */
    public Color accent() {
        return accent.get();
    }

    /** The value palette that suits the current background. */
    public ValuePalette palette() {
        return ValuePalette.forBackground(background());
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return FACTORY.getCssMetaData();
    }
}
