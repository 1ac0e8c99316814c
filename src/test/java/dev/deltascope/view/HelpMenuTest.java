package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.BundledLibrary;
import dev.deltascope.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Help menu: the shortcut sheet and the About box with the version and the bundled licences. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        MainWindow window = WindowFixture.open(stage, folder);
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(shown -> shown != stage)
                .forEach(Window::hide));
    }

    @Test
    void aboutShowsTheVersionAndEveryBundledLibraryWithItsLicence(FxRobot robot) throws IOException {
        robot.clickOn("Help").clickOn("About Deltascope");
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher projectVersion = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(projectVersion.find(), "pom.xml has no project version");
        assertEquals("Version " + projectVersion.group(1),
                robot.lookup("#about-version").queryAs(Label.class).getText());
        GridPane libraries = robot.lookup("#about-libraries").queryAs(GridPane.class);
        List<String> texts = libraries.getChildren().stream().map(node -> ((Label) node).getText()).toList();
        assertEquals(2 * Version.bundledLibraries().size(), texts.size());
        for (BundledLibrary library : Version.bundledLibraries()) {
            int name = texts.indexOf(library.name() + " " + library.version());
            assertTrue(name >= 0, library.name());
            assertEquals(library.licence(), texts.get(name + 1));
        }
    }

    @Test
    void keyboardShortcutsInTheHelpMenuOpensTheSheet(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isPresent());
    }
}
