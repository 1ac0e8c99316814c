package dev.deltascope.view.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {

    /** A 1280×720 screen less a 30-pixel panel at the top. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 30, 1280, 690);
    private static final Rectangle2D FULL_HD = new Rectangle2D(1280, 0, 1920, 1080);

    @TempDir
    Path folder;

    @Test
    void theFirstWindowTakesThePreferredSizeCentredOnALargeScreen() {
        assertEquals(new Rectangle2D(1280 + 240, 90, 1440, 900),
                WindowPlacement.initial(Optional.empty(), List.of(FULL_HD)));
    }

    @Test
    void theFirstWindowOnASmallScreenTakesItsWholeVisualArea() {
        assertEquals(SMALL, WindowPlacement.initial(Optional.empty(), List.of(SMALL)));
    }

    @Test
    void aRememberedPlaceInsideTheScreenIsKept() {
        Rectangle2D remembered = new Rectangle2D(1300, 20, 1000, 700);
        assertEquals(remembered, WindowPlacement.initial(Optional.of(remembered), List.of(SMALL, FULL_HD)));
    }

    @Test
    void aRememberedPlacePartlyOffTheScreenIsMovedBackOntoIt() {
        Rectangle2D remembered = new Rectangle2D(600, -40, 1000, 600);
        assertEquals(new Rectangle2D(280, 30, 1000, 600), WindowPlacement.initial(Optional.of(remembered), List.of(SMALL)));
    }

    @Test
    void aRememberedSizeLargerThanTheScreenShrinksToIt() {
        Rectangle2D remembered = new Rectangle2D(-80, -60, 1440, 900);
        assertEquals(SMALL, WindowPlacement.initial(Optional.of(remembered), List.of(SMALL)));
    }

    @Test
    void aPlaceOnAScreenNoLongerThereMovesToTheFirstScreen() {
        Rectangle2D remembered = new Rectangle2D(1500, 100, 900, 600);
        assertEquals(new Rectangle2D(380, 100, 900, 600), WindowPlacement.initial(Optional.of(remembered), List.of(SMALL)));
    }

    @Test
    void theSettingsRememberTheBoundsAndIgnoreUnreadableOnes() throws Exception {
        Path file = folder.resolve("settings.properties");
        WindowSettings settings = new WindowSettings(file);
        assertEquals(Optional.empty(), settings.windowBounds());
        settings.setWindowBounds(new Rectangle2D(12.5, 40, 1024, 700));
        assertEquals(Optional.of(new Rectangle2D(12.5, 40, 1024, 700)), new WindowSettings(file).windowBounds());
        for (String bad : List.of("1,2,3", "a,b,c,d", "0,0,-5,100", "0,0,NaN,100")) {
            Files.writeString(file, "window.bounds=" + bad + "\n");
            assertEquals(Optional.empty(), new WindowSettings(file).windowBounds(), bad);
        }
    }
}
