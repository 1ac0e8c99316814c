package dev.deltascope.view.paint;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Presentation mode: full screen and large type ({@code WindowLayout} hides the editor, menus and
 * side tabs); the step keys still work and Esc (or leaving full screen) ends it.
 */
public final class PresentationMode {

    public static final String STYLE_CLASS = "presentation";
    /**
     * How much larger formulas and grids are drawn in presentation mode: as much as the type grows
     * (app.css: 22px for {@code .root.presentation} against 14px for {@code .root}).
     */
    public static final double TYPE_SCALE = 22.0 / 14.0;

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private boolean fullScreen = true;
    /**
     * Ends presentation mode when the stage leaves full screen. The stage holds it weakly: a stage
     * outlives the windows shown in it (a test's windows share one stage), and a strong listener
     * would keep every one of them, with its whole scene, alive.
     */
    private final ChangeListener<Boolean> leftFullScreen = (observable, was, fullScreen) -> {
        if (!fullScreen) {
            active.set(false);
        }
    };

    public PresentationMode(Stage stage, Parent root) {
        active.addListener((observable, was, on) -> {
            if (on) {
                root.getStyleClass().add(STYLE_CLASS);
            } else {
                root.getStyleClass().remove(STYLE_CLASS);
            }
            if (stage != null && fullScreen && stage.isFullScreen() != on) {
                stage.setFullScreen(on);
            }
        });
        if (stage != null) {
            stage.setFullScreenExitHint("Esc leaves presentation mode");
            stage.fullScreenProperty().addListener(new WeakChangeListener<>(leftFullScreen));
        }
    }

    /**
     * False to present in the window as it is rather than full screen (a test showing a projector's
     * size on a larger screen); true by default.
     */
    public void setFullScreen(boolean whole) {
        fullScreen = whole;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** {@link #TYPE_SCALE} while active, else 1. */
    public DoubleBinding scale() {
        return Bindings.when(active).then(TYPE_SCALE).otherwise(1.0);
    }

    public boolean isActive() {
        return active.get();
    }

    public void toggle() {
        active.set(!active.get());
    }

    public void leave() {
        active.set(false);
    }
}
