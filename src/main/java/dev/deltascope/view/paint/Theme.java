package dev.deltascope.view.paint;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.deltascope.view.session.WindowSettings;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.paint.Color;

/** The two looks of the window, from AtlantaFX's Primer themes. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The window's background (Primer's -color-bg-default), for what is shown before the stylesheet. */
    public Color background() {
        return this == DARK ? Color.web("#0d1117") : Color.web("#ffffff");
    }

    /** Primer's -color-fg-default. */
    public Color foreground() {
        return this == DARK ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    /** Primer's -color-fg-muted. */
    public Color mutedForeground() {
        return this == DARK ? Color.web("#7d8590") : Color.web("#656d76");
    }

    /** The window's own stylesheet (the theme comes from AtlantaFX as the user-agent stylesheet). */
    public static String stylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }

    /** The theme remembered in {@code settings}. */
    public static Theme of(WindowSettings settings) {
        return settings.darkTheme() ? DARK : LIGHT;
    }

    /**
     * Makes this the look of every window. Called before the first control is made, it also spares
     * JavaFX loading its own default stylesheet (Modena), which the first control would otherwise load.
     */
    public void useForApplication() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Makes this the look of every window; marks {@code root} so the app stylesheet can follow. */
    public void apply(Parent root) {
        useForApplication();
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }
}
