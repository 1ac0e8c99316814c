package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With no arguments and no display, one line naming the headless commands and exit 2, not a JavaFX trace. */
class NoDisplayTest {

    private static final String LINE = "deltascope: no display to open the window on (DISPLAY is not set);"
            + " without one, use a command: derive, train, export (see deltascope --help)";

    @Test
    void linuxWithoutDisplayOrWaylandHasNoDisplay() {
        assertEquals(LINE, CommandLine.noDisplay(Map.of("HOME", "/home/me"), "Linux", null));
        assertEquals(LINE, CommandLine.noDisplay(Map.of("DISPLAY", " "), "Linux", null));
    }

    @Test
    void aDisplayWaylandHeadlessMonocleWindowsOrMacCanOpenTheWindow() {
        assertNull(CommandLine.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertNull(CommandLine.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertNull(CommandLine.noDisplay(Map.of(), "Linux", "Monocle"));
        assertNull(CommandLine.noDisplay(Map.of(), "Windows 11", null));
        assertNull(CommandLine.noDisplay(Map.of(), "Mac OS X", null));
    }

    @Test
    void theJarWithNoArgumentsAndNoDisplayPrintsOneLineAndExits2() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.deltascope.Launcher"));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(CommandLine.BAD_INPUT, process.exitValue(), err);
        assertEquals(LINE + System.lineSeparator(), err);
    }
}
