package dev.deltascope.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.deltascope.view.model.WindowSettings;
import javafx.application.Application;
import javafx.scene.Parent;

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
