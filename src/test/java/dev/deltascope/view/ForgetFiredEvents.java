package dev.deltascope.view;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;

/**
 * After every test, drops the events TestFX has recorded at its registered stage. TestFX keeps
 * every event fired there (with its target node) until the stage is registered again, and every
 * TestFX test here shows its window on that one primary stage, so without this the whole suite's
 * windows, with their scenes and images, stay in memory to the end. Registered for every test
 * through {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class ForgetFiredEvents implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        forget();
    }

    /** Starts a new, empty record of the fired events at the registered stage, if TestFX has one. */
    static void forget() {
        FxToolkitContext toolkit = FxToolkit.toolkitContext();
        if (toolkit.getRegisteredStage() != null) {
            toolkit.setRegisteredStage(toolkit.getRegisteredStage());
        }
    }
}
