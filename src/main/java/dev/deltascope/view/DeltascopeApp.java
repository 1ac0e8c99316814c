package dev.deltascope.view;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class DeltascopeApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(DeltascopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Deltascope");
        stage.setScene(new Scene(new Label("Deltascope"), 800, 600));
        stage.show();
    }
}
