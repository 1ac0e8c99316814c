package dev.deltascope.view.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deltascope.derivation.Convention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convention is remembered between runs in the settings file, and an unreadable entry falls back to the default. */
class ConventionSettingTest {

    @TempDir
    Path folder;

    @Test
    void aChosenConventionIsReadBackByTheNextRun() {
        Path store = folder.resolve("settings.properties");
        assertEquals(Convention.DELTASCOPE, ConventionSetting.read(new WindowSettings(store)));
        ConventionSetting.write(new WindowSettings(store), Convention.D2L);
        assertEquals(Convention.D2L, ConventionSetting.read(new WindowSettings(store)));
    }

    @Test
    void anUnknownPartFallsBackToDeltascopesOwnAndKeepsTheOthers() throws IOException {
        Path store = Files.writeString(folder.resolve("settings.properties"),
                "convention.vectors=DIAGONAL\nconvention.derivatives=DENOMINATOR\nconvention.index=BRACKETS\n");
        assertEquals(Convention.NG, ConventionSetting.read(new WindowSettings(store)));
    }
}
