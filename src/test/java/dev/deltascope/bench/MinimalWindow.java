package dev.deltascope.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a JavaFX application whose scene is one {@link Label} in a 400 × 300
 * window, timed as {@link WindowHarness} times the real window (launch to the first post-layout
 * pulse, from {@link Launch#instant()}), then closed. Headless Monocle unless {@code --native}
 * is given.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        if (!List.of(args).contains("--native")) {
            WindowHarness.useHeadlessGlass();
        }
        Application.launch(Window.class, args);
    }

    /** The JavaFX application (the launcher refuses a main class that is one). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    private static void show(Stage stage) {
        Scene scene = new Scene(new Label("A minimal JavaFX window"), 400, 300);
        boolean[] done = new boolean[1];
        scene.addPostLayoutPulseListener(() -> {
            if (!done[0]) {
                done[0] = true;
                Instant frame = Instant.now();
                Launch.instant().ifPresent(launch -> System.out.println(
                        "harness: launch -> first frame: " + Duration.between(launch, frame).toMillis() + " ms"));
                Platform.runLater(Platform::exit);
            }
        });
        stage.setScene(scene);
        stage.setTitle("Minimal");
        stage.show();
    }
}
