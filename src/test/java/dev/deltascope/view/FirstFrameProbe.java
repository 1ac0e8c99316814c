package dev.deltascope.view;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Starts the application as {@code Launcher} does, in a JVM of its own, and at the first frame's
 * post-layout pulse loads {@link Marker} and exits: run with {@code -Xlog:class+load}, the log's
 * lines before the marker's are every class the process loaded before its first frame, on any
 * thread. Used by {@link FirstFrameWorkTest}.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application (the launcher refuses a main class that is one). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            new DeltascopeApp().start(stage);
            Scene scene = stage.getScene();
            boolean[] seen = new boolean[1];
            scene.addPostLayoutPulseListener(() -> {
                if (!seen[0]) {
                    seen[0] = true;
                    new Marker();
                    Platform.runLater(() -> Runtime.getRuntime().halt(0));
                }
            });
        }
    }

    /** Loaded at the first frame, to mark the place in the class-load log. */
    static final class Marker {
    }
}
