package dev.deltascope.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.deltascope.view.model.WindowSettings;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.paint.Color;

/** The two looks of the window, from AtlantaFX's Primer themes. */
enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** The window's background (Primer's -color-bg-default), for what is shown before the stylesheet. */
    Color background() {
        return this == DARK ? Color.web("#0d1117") : Color.web("#ffffff");
    }

    /** Primer's -color-fg-default. */
    Color foreground() {
        return this == DARK ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    /** Primer's -color-fg-muted. */
    Color mutedForeground() {
        return this == DARK ? Color.web("#7d8590") : Color.web("#656d76");
    }

    /** The theme remembered in {@code settings}. */
    static Theme of(WindowSettings settings) {
        return settings.darkTheme() ? DARK : LIGHT;
    }

    /**
     * Makes this the look of every window. Called before the first control is made, it also spares
     * JavaFX loading its own default stylesheet (Modena), which the first control would otherwise load.
     */
    void useForApplication() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Makes this the look of every window; marks {@code root} so the app stylesheet can follow. */
    void apply(Parent root) {
        useForApplication();
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }
}
