package dev.deltascope.view;

import dev.deltascope.file.Presets;
import dev.deltascope.model.Network;
import dev.deltascope.render.RenderWarmUp;
import dev.deltascope.view.help.TourProgress;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.session.ConfigDirectory;
import dev.deltascope.view.session.RecentFiles;
import dev.deltascope.view.session.RecoveryStore;
import dev.deltascope.view.session.WindowPlacement;
import dev.deltascope.view.session.WindowSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window on the default network, on the network file named
 * as its one argument, or on recovered work.
 */
public final class DeltascopeApp extends Application {

    /** What {@link #launchWindow} was given to run once the whole window is built. */
    private static volatile Runnable afterWholeWindow = () -> {
    };

    private RecoveryStore recovery;

    /**
     * Opens the window. JLaTeXMath's warm-up (fonts and tables, most of a second) starts on its own
     * thread after the window's first frame, while the main window's skeleton is built: started before
     * the first frame, it competed with it for the cores; started after the skeleton's frame, the step
     * pane waited for it. {@code whenWhole} runs on the JavaFX thread once the whole window is built.
     */
    public static void launchWindow(String[] args, Runnable whenWhole) {
        afterWholeWindow = whenWhole;
        Application.launch(DeltascopeApp.class, args);
    }

    /**
     * Shows the opening view in the window's first frame, then starts JLaTeXMath's warm-up on its own
     * thread and builds the main window's skeleton for the frame after it; the rest follows in the
     * frames after that, the step pane (once the warm-up is done) and the diagram first (see
     * {@link WindowParts}). The recovery prompt and the tour wait for the whole window.
     */
    @Override
    public void start(Stage stage) {
        CrashReporter.install(ConfigDirectory.resolve().resolve("deltascope.log"), stage);
        WindowSettings settings = WindowSettings.inConfigDirectory();
        Path file = fileArgument(getParameters());
        showOpening(stage, settings, () -> {
            CompletableFuture<Duration> formulasWarm = RenderWarmUp.start();
            WindowParts parts = WindowParts.afterFirstFrame(() -> formulasWarm);
            open(stage, parts, RecoveryStore.inConfigDirectory(), RecentFiles.inConfigDirectory(), settings,
                    TourProgress.inConfigDirectory(), file);
            parts.whenBuilt(afterWholeWindow);
        });
    }

    /**
     * Shows {@link OpeningView} on {@code stage} in the colours of the theme remembered in
     * {@code settings}, where {@link WindowPlacement} puts the window, and runs {@code then} once its first frame has been
     * laid out. The theme's stylesheet is not loaded for it: {@link #open} does that.
     */
    static void showOpening(Stage stage, WindowSettings settings, Runnable then) {
        Theme theme = Theme.of(settings);
        Image icon = icon("icon.png");
        Scene scene = new Scene(OpeningView.create(theme, icon), theme.background());
        stage.setScene(scene);
        stage.setTitle("Deltascope");
        decorate(stage, icon);
        WindowPlacement.place(stage, settings);
        stage.show();
        WindowParts.afterNextFrame(scene, then);
    }

    /** The main window with no file to open (see the method below). */
    MainWindow open(Stage stage, WindowParts parts, RecoveryStore recoveryStore, RecentFiles recentFiles,
            WindowSettings settings, TourProgress tour) {
        return open(stage, parts, recoveryStore, recentFiles, settings, tour, null);
    }

    /**
     * Opens the main window on {@code stage} with its parts built by {@code parts}: in the stage's
     * scene if it has one (the opening view's), else in a new scene, shown. Once every part is built,
     * offers the work left in {@code recoveryStore}, then the tour unless {@code tour} says it was seen.
     * A {@code file} (may be null) is opened as File → Open opens it, in the next event unless work was
     * left, else after the recovery prompt, so that restored work is not saved over the file.
     */
    MainWindow open(Stage stage, WindowParts parts, RecoveryStore recoveryStore, RecentFiles recentFiles,
            WindowSettings settings, TourProgress tour, Path file) {
        recovery = recoveryStore;
        Theme.of(settings).useForApplication();
        MainWindow window = new MainWindow(stage, Presets.defaultNetwork(), recentFiles, parts);
        window.useSettings(settings);
        if (stage.getScene() == null) {
            stage.setScene(window.createScene(WindowPlacement.PREFERRED_WIDTH, WindowPlacement.PREFERRED_HEIGHT));
            decorate(stage, icon("icon.png"));
            WindowPlacement.place(stage, settings);
        } else {
            window.install(stage.getScene());
        }
        stage.titleProperty().bind(window.document().titleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            window.requestClose();
        });
        stage.show();
        window.root().requestFocus();
        Optional<Network> left = recovery.left();
        boolean fileFirst = file != null && left.isEmpty();
        if (fileFirst) {
            Platform.runLater(() -> window.files().open(file));
        }
        parts.whenBuilt(() -> {
            offerRecovery(window, left);
            if (file != null && !fileFirst) {
                window.files().open(file);
            }
            window.guidedTour().offer(tour);
        });
        window.editor().networkProperty().addListener((observable, old, network) -> keepForRecovery(window));
        window.document().dirtyProperty().addListener((observable, was, dirty) -> keepForRecovery(window));
        return window;
    }

    /**
     * Keeps a recovery copy of unsaved work only: an edited network is written, and the copy is
     * deleted once the network matches its file again (saved, opened, or edits undone).
     */
    private void keepForRecovery(MainWindow window) {
        if (window.document().isDirty()) {
            recovery.schedule(window.editor().network());
        } else {
            recovery.discard();
        }
    }

    /** The network file given as the one argument, or null (also when the application was not launched by JavaFX). */
    private static Path fileArgument(Parameters parameters) {
        if (parameters == null || parameters.getRaw().isEmpty()) {
            return null;
        }
        return Path.of(parameters.getRaw().get(0));
    }

    /** The window's icons. */
    private static void decorate(Stage stage, Image icon) {
        stage.getIcons().setAll(icon, icon("icon-48.png"));
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

    /** Offers {@code left}, read before the window changed the recovery store's file. */
    private void offerRecovery(MainWindow window, Optional<Network> left) {
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
