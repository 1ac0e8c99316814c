package dev.deltascope.view.session;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder where the window keeps recent files, the recovery copy and its log. The system
 * property {@value #PROPERTY} overrides it (tests point it at a scratch folder).
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "deltascope.config.dir";

    private ConfigDirectory() {
    }

    /** The folder; not created here. */
    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Deltascope");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Deltascope");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("deltascope");
    }
}
