package dev.deltascope.view.model;

/** The version written into the jar's manifest when it was built. */
public final class AppVersion {

    private AppVersion() {
    }

    /** "Version 1.2.0", or "Development build" when run from compiled classes without a manifest. */
    public static String text() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "Development build" : "Version " + version;
    }
}
