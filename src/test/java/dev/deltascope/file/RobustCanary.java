package dev.deltascope.file;

/**
 * A class a hostile document names. Loading and initialising it, or making one, sets the system
 * property {@value #PROPERTY}, so a test can tell whether the reader ever touched it.
 */
public final class RobustCanary {

    static final String PROPERTY = "deltascope.canary";

    static {
        System.setProperty(PROPERTY, "initialised");
    }

    public RobustCanary() {
        System.setProperty(PROPERTY, "instantiated");
    }
}
