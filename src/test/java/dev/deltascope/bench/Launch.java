package dev.deltascope.bench;

import java.time.Instant;
import java.util.Optional;

/**
 * When the process was launched, as the shell or {@link StartupPairs} read the clock just before
 * starting it: the system property {@code harness.launched} or, for a launcher whose JVM options
 * are fixed (the app image's), the environment variable {@code HARNESS_LAUNCHED}; epoch
 * milliseconds. The kernel's own process start time is exact to a second only.
 */
final class Launch {

    static final String PROPERTY = "harness.launched";
    static final String VARIABLE = "HARNESS_LAUNCHED";

    private Launch() {
    }

    /** The launch instant, or empty when neither the property nor the variable is set. */
    static Optional<Instant> instant() {
        String launched = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return launched == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(launched)));
    }
}
