package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing that can wait runs before the window's first frame, on the JavaFX thread or any other:
 * the application is started in a JVM of its own ({@link FirstFrameProbe}) and every class loaded
 * before its first frame is read from the JVM's class-load log. Each piece of work loads its
 * classes, so the log shows work that slipped in front of the opening view: the theme's stylesheet
 * (AtlantaFX), a control's skin, the default network (Jackson, the model), the formula renderer's
 * warm-up (JLaTeXMath), the main window.
 */
class FirstFrameWorkTest {

    /** The application's own classes the opening view needs: settings, theme, placement, the frame listener. */
    private static final Set<String> OPENING_CLASSES = Set.of("dev.deltascope.view.DeltascopeApp",
            "dev.deltascope.view.CrashReporter", "dev.deltascope.view.session.ConfigDirectory",
            "dev.deltascope.view.session.WindowSettings", "dev.deltascope.view.paint.Theme",
            "dev.deltascope.view.OpeningView", "dev.deltascope.view.session.WindowPlacement",
            "dev.deltascope.view.WindowParts");
    /** Libraries and toolkit parts that only later work uses, by name prefix. */
    private static final List<String> LATER = List.of("atlantafx.", "org.scilab.", "com.fasterxml.", "org.ejml.",
            "org.apache.pdfbox.", "org.jfree.", "picocli.", "javafx.scene.control.skin.", "javafx.scene.chart.",
            "javafx.scene.canvas.", "javafx.scene.control.TextField", "javafx.scene.control.MenuBar");
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

    @TempDir
    static Path directory;

    private static List<String> beforeFirstFrame;

    @BeforeAll
    static void startTheApplicationInAJvmOfItsOwn() throws Exception {
        Path log = directory.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Ddeltascope.config.dir=" + directory.resolve("config")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "headless.geometry", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FirstFrameProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        beforeFirstFrame = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher loaded = LOADED.matcher(line);
            if (loaded.find()) {
                if (loaded.group(1).equals(FirstFrameProbe.Marker.class.getName())) {
                    return;
                }
                beforeFirstFrame.add(loaded.group(1));
            }
        }
        throw new AssertionError("the first frame's marker class was never loaded:\n" + output);
    }

    @Test
    void theApplicationLoadsOnlyWhatTheOpeningViewNeedsBeforeTheFirstFrame() {
        Set<String> own = new TreeSet<>();
        for (String name : beforeFirstFrame) {
            String outer = name.replaceAll("\\$.*", "");
            if (outer.startsWith("dev.deltascope.") && !outer.equals(FirstFrameProbe.class.getName())) {
                own.add(outer);
            }
        }
        assertTrue(OPENING_CLASSES.containsAll(own), "loaded before the first frame: " + own);
        assertTrue(own.contains(OpeningView.class.getName()), "the log is read up to the first frame, which shows the opening view");
    }

    @Test
    void noLibraryStylesheetSkinOrFormulaWorkComesBeforeTheFirstFrame() {
        List<String> early = beforeFirstFrame.stream()
                .filter(name -> LATER.stream().anyMatch(name::startsWith))
                .toList();
        assertEquals(List.of(), early, "loaded before the first frame");
    }
}
