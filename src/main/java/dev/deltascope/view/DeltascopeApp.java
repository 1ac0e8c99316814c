package dev.deltascope.view;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.render.RenderWarmUp;
import dev.deltascope.view.model.ConfigDirectory;
import dev.deltascope.view.model.RecentFiles;
import dev.deltascope.view.model.RecoveryStore;
import dev.deltascope.view.model.TourProgress;
import dev.deltascope.view.model.WindowSettings;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window on the default network (or on recovered work). */
public final class DeltascopeApp extends Application {

    private RecoveryStore recovery;

    /**
     * Opens the window. JLaTeXMath's warm-up (fonts and tables, most of a second) starts on its own
     * thread after the window's first frame: started before it, it competed with the first frame for
     * the cores and delayed both the first frame and the whole window.
     */
    public static void launchWindow(String[] args) {
        Application.launch(DeltascopeApp.class, args);
    }

    /**
     * Shows the window's skeleton in the first frame and builds the rest in the frames after it
     * (the step pane once JLaTeXMath, warmed up from the first frame on, is ready); the recovery
     * prompt and the tour wait for the whole window.
     */
    @Override
    public void start(Stage stage) {
        CrashReporter.install(ConfigDirectory.resolve().resolve("deltascope.log"), stage);
        open(stage, WindowParts.afterFirstFrame(RenderWarmUp::start), RecoveryStore.inConfigDirectory(),
                RecentFiles.inConfigDirectory(), WindowSettings.inConfigDirectory(), TourProgress.inConfigDirectory());
    }

    /**
     * Opens the main window on {@code stage} with its parts built by {@code parts}; once every part
     * is built, offers the work left in {@code recoveryStore}, then the tour unless {@code tour} says it was seen.
     */
    MainWindow open(Stage stage, WindowParts parts, RecoveryStore recoveryStore, RecentFiles recentFiles,
            WindowSettings settings, TourProgress tour) {
        recovery = recoveryStore;
        Theme.of(settings).useForApplication();
        MainWindow window = new MainWindow(stage, Presets.defaultNetwork(), recentFiles, parts);
        window.useSettings(settings);
        stage.setScene(window.createScene(1440, 900));
        stage.titleProperty().bind(window.document().titleProperty());
        stage.getIcons().addAll(icon("icon.png"), icon("icon-48.png"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(event -> {
            event.consume();
            window.requestClose();
        });
        stage.show();
        window.root().requestFocus();
        parts.whenBuilt(() -> {
            offerRecovery(window);
            window.guidedTour().offer(tour);
        });
        window.editor().networkProperty().addListener((observable, old, network) -> recovery.schedule(network));
        return window;
    }

    @Override
    public void stop() {
        if (recovery != null) {
            recovery.discard();
        }
    }

    private static Image icon(String resource) {
        return new Image(DeltascopeApp.class.getResource(resource).toExternalForm());
    }

    private void offerRecovery(MainWindow window) {
        Optional<Network> left = recovery.left();
        if (left.isEmpty()) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Deltascope did not close normally last time. Restore the network you were working on, “"
                        + left.get().title() + "”?", ButtonType.YES, ButtonType.NO);
        ask.initOwner(window.stage());
        ask.setTitle("Restore your work?");
        ask.setHeaderText("Unsaved work was found");
        if (ask.showAndWait().filter(ButtonType.YES::equals).isPresent()) {
            window.editor().replace(left.get(), "Restore unsaved work");
        } else {
            recovery.discard();
        }
    }
}
