package dev.deltascope.view.session;

import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.DerivativeLayout;
import dev.deltascope.derivation.IndexStyle;
import dev.deltascope.derivation.VectorLayout;
import java.util.Map;

/**
 * The convention the window shows, remembered in the {@link WindowSettings} file (never in a network
 * file). Kept apart from WindowSettings so that the opening view loads no derivation class.
 */
public final class ConventionSetting {

    static final String VECTORS = "convention.vectors";
    static final String DERIVATIVES = "convention.derivatives";
    static final String INDEX = "convention.index";

    private ConventionSetting() {
    }

    /** The notation last chosen; Deltascope's own when never saved, and for any part it cannot read. */
    public static Convention read(WindowSettings settings) {
        Convention fallback = Convention.DELTASCOPE;
        return new Convention(constant(settings, VectorLayout.class, VECTORS, fallback.vectors()),
                constant(settings, DerivativeLayout.class, DERIVATIVES, fallback.derivatives()),
                constant(settings, IndexStyle.class, INDEX, fallback.index()));
    }

    /** Remembers the notation. Throws UncheckedIOException if the settings cannot be written. */
    public static void write(WindowSettings settings, Convention convention) {
        settings.setValues(Map.of(VECTORS, convention.vectors().name(), DERIVATIVES, convention.derivatives().name(),
                INDEX, convention.index().name()));
    }

    private static <E extends Enum<E>> E constant(WindowSettings settings, Class<E> type, String key, E fallback) {
        try {
            return Enum.valueOf(type, settings.value(key, fallback.name()));
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
