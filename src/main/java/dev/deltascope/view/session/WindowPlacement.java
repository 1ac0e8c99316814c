package dev.deltascope.view.session;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens: where it was last, moved and shrunk as needed to lie inside the
 * visual bounds (the screen less its panels) of the screen it overlaps most; the first time,
 * {@value #PREFERRED_WIDTH} × {@value #PREFERRED_HEIGHT} or the whole visual area if smaller, centred.
 */
public final class WindowPlacement {

    public static final double PREFERRED_WIDTH = 1440;
    public static final double PREFERRED_HEIGHT = 900;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private WindowPlacement() {
    }

    /** The bounds to open at, given the remembered bounds (if any) and the visual bounds of every screen, primary first. */
    static Rectangle2D initial(Optional<Rectangle2D> remembered, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return remembered.orElse(new Rectangle2D(0, 0, PREFERRED_WIDTH, PREFERRED_HEIGHT));
        }
        if (remembered.isPresent()) {
            Rectangle2D wanted = remembered.get();
            Rectangle2D screen = screens.stream().max(Comparator.comparingDouble(candidate -> overlap(candidate, wanted)))
                    .filter(candidate -> overlap(candidate, wanted) > 0).orElse(screens.get(0));
            return clamp(wanted, screen);
        }
        Rectangle2D screen = screens.get(0);
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /** {@code wanted} no larger than {@code screen} and moved the least distance to lie inside it. */
    static Rectangle2D clamp(Rectangle2D wanted, Rectangle2D screen) {
        double width = Math.min(wanted.getWidth(), screen.getWidth());
        double height = Math.min(wanted.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(wanted.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(wanted.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /**
     * Puts {@code stage} where {@link #initial} says for the screens there are now, with a smallest
     * size that fits the screen, and remembers its bounds in {@code settings} when it is closed
     * (not while full screen or maximised, which say nothing of where the window should open).
     */
    public static void place(Stage stage, WindowSettings settings) {
        List<Rectangle2D> screens = Screen.getScreens().stream()
                .sorted(Comparator.comparing(screen -> !screen.equals(Screen.getPrimary())))
                .map(Screen::getVisualBounds).toList();
        Rectangle2D bounds = initial(settings.windowBounds(), screens);
        Rectangle2D screen = screens.isEmpty() ? bounds : screens.get(0);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> remember(stage, settings));
    }

    private static void remember(Stage stage, WindowSettings settings) {
        if (stage.isFullScreen() || stage.isMaximized() || stage.isIconified()) {
            return;
        }
        try {
            settings.setWindowBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        } catch (UncheckedIOException notRemembered) {
            System.err.println("deltascope: the window's place could not be remembered: " + notRemembered.getMessage());
        }
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }
}
